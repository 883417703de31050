import { localizedTextOf, type Locale } from "@karvon/data";
import { api } from "@/trpc/server";
import { ExpressInterest, type OwnListingOption } from "./express-interest";

type Props = { companyId: string; companyName: string; listingId?: string; locale: Locale };

/** The viewer's companies, or null when nobody is signed in. */
async function myCompanies() {
  try {
    return await (await api()).company.mine();
  } catch (error) {
    if ((error as { code?: string }).code === "UNAUTHORIZED") return null;
    throw error;
  }
}

/**
 * "Express interest" where it makes sense: visitors get the sign-in link; signed-in members of another published
 * company get the form with their own published listings; members of the shown company and people without a
 * published company get nothing (the server would refuse them anyway).
 */
export async function ExpressInterestSlot({ companyId, companyName, listingId, locale }: Props) {
  const companies = await myCompanies();
  if (companies === null) return <ExpressInterest companyId={companyId} companyName={companyName} listingId={listingId} />;
  if (companies.some((company) => company.id === companyId)) return null;
  const sender = companies.find((company) => company.isPublic);
  if (sender === undefined) return null;
  const listings = await (await api()).listing.mine({ companyId: sender.id });
  const myListings: OwnListingOption[] = listings
    .filter((listing) => listing.isPublished && !listing.hidden)
    .map((listing) => ({ id: listing.id, title: localizedTextOf(listing.title, locale) }));
  return <ExpressInterest companyId={companyId} companyName={companyName} listingId={listingId} myListings={myListings} />;
}
