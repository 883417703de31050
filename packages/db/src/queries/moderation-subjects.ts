import type { CompanyProfile, ListingContent } from "@karvon/data";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { companies, listings } from "../schema";

/** What a moderator decides on, the same shape for a company profile and a listing. */
export type ModerationSubject = CompanySubject | ListingSubject;

type CompanySubject = SubjectCommon & {
  itemType: "company";
  /** The working copy under review. */
  working: CompanyProfile;
  /** The last approved version, or null before the first approval. */
  published: CompanyProfile | null;
};

type ListingSubject = SubjectCommon & {
  itemType: "listing";
  working: ListingContent;
  published: ListingContent | null;
};

type SubjectCommon = {
  itemId: string;
  companyId: string;
  companyName: string;
  companySlug: string;
  country: string;
  taxId: string;
  verificationLevel: string;
  verifiedAt: Date | null;
  suspendedAt: Date | null;
  status: string;
  version: number;
  submittedAt: Date | null;
  /** A listing's kind; null for a company. */
  listingKind: string | null;
  hiddenAt: Date | null;
};

/** What a moderator sees of the company behind an item, the same for a profile and a listing. */
function companyFieldsOf(company: typeof companies.$inferSelect) {
  return {
    companyId: company.id,
    companyName: company.legalName,
    companySlug: company.slug,
    country: company.country,
    taxId: company.taxId,
    verificationLevel: company.verificationLevel,
    verifiedAt: company.verifiedAt,
    suspendedAt: company.suspendedAt,
  };
}

/** Where the item stands in review, read the same way from a company row and a listing row. */
function reviewFieldsOf(item: { status: string; version: number; submittedAt: Date | null }) {
  return { status: item.status, version: item.version, submittedAt: item.submittedAt };
}

export async function getModerationSubject(db: Db, params: { itemType: "company" | "listing"; itemId: string }): Promise<ModerationSubject | null> {
  if (params.itemType === "company") {
    const [company] = await db.select().from(companies).where(eq(companies.id, params.itemId)).limit(1);
    if (company === undefined) return null;
    return {
      itemType: "company",
      itemId: company.id,
      ...companyFieldsOf(company),
      ...reviewFieldsOf(company),
      working: company.profile,
      published: company.published,
      listingKind: null,
      hiddenAt: null,
    };
  }
  const [row] = await db
    .select({ listing: listings, company: companies })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(eq(listings.id, params.itemId))
    .limit(1);
  if (row === undefined) return null;
  const { listing, company } = row;
  return {
    itemType: "listing",
    itemId: listing.id,
    ...companyFieldsOf(company),
    ...reviewFieldsOf(listing),
    working: listing.content,
    published: listing.published,
    listingKind: listing.kind,
    hiddenAt: listing.hiddenAt,
  };
}
