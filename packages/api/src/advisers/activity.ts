import { adviserActivityLimit, type AdviserActivity, type AdviserActivityEntry, type CompanyAdviser } from "@karvon/data";
import {
  isCompanySearchable,
  isListingSearchable,
  listAdviserActivity,
  listCompanyListings,
  recordAudit,
  setCompanyAdviserStatus,
  type CompanyAdviserByToken,
  type Db,
} from "@karvon/db";

/** The organisation acting for a company, in which state and since when. */
export function companyAdviserOf({ link, organization }: CompanyAdviserByToken): CompanyAdviser {
  return {
    organizationName: organization.name,
    kind: organization.kind,
    status: link.status,
    since: link.confirmedAt ?? link.createdAt,
    withdrawnAt: link.withdrawnAt,
  };
}

/**
 * What the organisation's advisers did in the company's name, newest first, for the company's contact person
 * (by the consent link) and its members: the same answer for both. Only names, never an address or an IP; a link
 * to the listing's or the company's page only while it is public.
 */
export async function adviserActivityOf(db: Db, found: CompanyAdviserByToken, now: Date): Promise<AdviserActivity> {
  const { company } = found;
  const [{ rows, total }, listings] = await Promise.all([
    listAdviserActivity(db, { companyId: company.id, limit: adviserActivityLimit }),
    listCompanyListings(db, company.id),
  ]);
  const listingsById = new Map(listings.map((listing) => [listing.id, listing]));
  const companyLink = isCompanySearchable(company) ? { kind: "company" as const, slug: company.slug } : null;
  const entries = rows.map((row): AdviserActivityEntry => {
    const listing = row.targetType === "listing" && row.targetId !== null ? listingsById.get(row.targetId) : undefined;
    const onCompany = row.targetType === "company";
    return {
      id: row.id,
      at: row.at,
      action: row.action,
      adviserName: row.actorName,
      listingTitle: listing === undefined ? null : (listing.published?.title ?? listing.content.title ?? null),
      link:
        listing !== undefined && isListingSearchable(listing, company, now)
          ? { kind: "listing", id: listing.id }
          : onCompany
            ? companyLink
            : null,
    };
  });
  return { ...companyAdviserOf(found), entries, total };
}

/**
 * Ends an organisation's work for a company, whoever asks (the consent link's holder, or the company's owner): the
 * link becomes "withdrawn" and the advisers lose access at their next request (every adviser procedure reads the
 * link again). One audit row; nothing when it was withdrawn already. `by` says who withdrew, for staff.
 */
export async function withdrawCompanyAdviser(
  db: Db,
  params: { found: CompanyAdviserByToken; actorId: string | null; by: string; ip: string | null; at: Date },
): Promise<void> {
  const { found, at } = params;
  await db.transaction(async (tx) => {
    const withdrawn = await setCompanyAdviserStatus(tx, { companyId: found.company.id, from: ["awaiting", "confirmed"], to: "withdrawn", at });
    if (withdrawn === null) return;
    await recordAudit(tx, {
      actorId: params.actorId,
      action: "adviser.consent.withdraw",
      targetType: "company",
      targetId: found.company.id,
      after: { adviserOrganizationId: found.organization.id, by: params.by },
      ip: params.ip,
      at,
    });
  });
}
