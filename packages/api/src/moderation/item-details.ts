import { taxRegistryOf, type ModeratedItemType } from "@karvon/data";
import {
  companyLogoState,
  findLastApproval,
  getActiveClaim,
  getModerationSubject,
  listDecisionsForCompany,
  listDecisionsForItem,
  listReportsOnTarget,
  listTaxIdClaims,
  type Db,
} from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { diffSnapshots } from "./snapshot-diff";

/**
 * Everything a decision needs on one page: the submission, for an edit the diff against the last approved
 * version, the company's tax ID with its national registry and the other companies claiming it, the changed
 * logo, the claim, earlier decisions on the item, the company's whole moderation history and the reports on
 * the item.
 */
export async function getModerationItemDetails(db: Db, params: { itemType: ModeratedItemType; itemId: string; at: Date }) {
  const ref = { itemType: params.itemType, itemId: params.itemId };
  const subject = await getModerationSubject(db, ref);
  if (subject === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
  const isCompany = params.itemType === "company";
  const [claim, decisions, history, reports, lastApproval, taxIdClaims, logo] = await Promise.all([
    getActiveClaim(db, { ...ref, at: params.at }),
    listDecisionsForItem(db, ref),
    listDecisionsForCompany(db, subject.companyId),
    listReportsOnTarget(db, { targetType: params.itemType, targetId: params.itemId }),
    findLastApproval(db, ref),
    isCompany ? listTaxIdClaims(db, { companyId: subject.companyId, country: subject.country, taxId: subject.taxId }) : [],
    isCompany ? companyLogoState(db, subject.companyId) : null,
  ]);
  // The published column is the last approved version; the decision snapshot covers rows approved before it existed.
  const approved = subject.published ?? lastApproval?.snapshot ?? null;
  const registry = taxRegistryOf(subject.country);
  return {
    subject,
    isEdit: approved !== null,
    approved,
    diff: approved === null ? null : diffSnapshots(approved, subject.working),
    registry: registry === undefined ? null : { url: registry.url, labels: registry.labels, source: registry.source },
    claim,
    decisions,
    history,
    reports,
    /** Other companies claiming the same tax ID: published ones hold it (approval is refused), others are under review. */
    taxIdClaims,
    /** For a company: its logos, and whether the working logo is a change to review. */
    logo,
  };
}
