import type { listingCreateSchema } from "@karvon/data";
import { createListingDraft, isCompanySearchable, submitListing, type CompanyRow, type Db, type ListingRow } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";

type ListingCreate = z.output<typeof listingCreateSchema>;

/** Only a published, unsuspended company writes listings. */
export function assertPublishing(company: CompanyRow): CompanyRow {
  if (!isCompanySearchable(company)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "errors.listing.companyNotPublished" });
  }
  return company;
}

/**
 * A new listing of a publishing company, saved as a draft or handed to the moderators at once (`submit`). Its
 * members and its confirmed advisers create listings through this one path; `createdBy` names who wrote it.
 */
export async function createCompanyListing(
  db: Db,
  params: { company: CompanyRow; input: ListingCreate; createdBy: string; at: Date },
): Promise<ListingRow> {
  const { company, input, createdBy, at } = params;
  assertPublishing(company);
  return db.transaction(async (tx) => {
    const created = await createListingDraft(tx, {
      companyId: company.id,
      kind: input.listing.kind,
      content: { ...input.listing, kind: input.listing.kind },
      createdBy,
      at,
    });
    return input.submit ? ((await submitListing(tx, { listingId: created.id, at })) ?? created) : created;
  });
}
