import { byCode, labelOf, listingKinds, localizedTextOf, uuidSchema } from "@karvon/data";
import { anonymousApi, countryLabel, ogImageSize, ogLocale, ogNotFound, renderOgCard, sectorLabels } from "@/server/og-card";

export const size = ogImageSize;
export const contentType = "image/png";
export const alt = "Karvon";
// Listings are hidden, expire and get renewed: draw the current state.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

/** The shared-link preview of a public listing: kind, title, the company's name and country, sectors. */
export default async function ListingOgImage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = ogLocale(raw);
  if (!uuidSchema.safeParse(id).success) return ogNotFound();
  const listing = await (await anonymousApi()).listing.byId({ listingId: id }).catch(() => null);
  if (listing === null) return ogNotFound();
  const kind = byCode(listingKinds, listing.kind);
  return renderOgCard({
    eyebrow: kind === undefined ? listing.kind : labelOf(kind, locale),
    title: localizedTextOf(listing.title, locale),
    facts: [listing.company.legalName, countryLabel(listing.company.country, locale), ...sectorLabels(listing.sectors, locale, 1)],
  });
}
