import type { ModerationDecision, ModeratedItemType, ReviewStatus } from "@karvon/data";
import {
  approveCompanyVersion,
  approveListingVersion,
  refreshSearchDocumentForListing,
  refreshSearchDocumentsForCompany,
  rejectCompany,
  rejectListing,
  requestCompanyChanges,
  requestListingChanges,
  type Db,
} from "@karvon/db";

export type DecisionParams = {
  itemId: string;
  version: number;
  moderatorId: string;
  reasons: string[];
  note: string | null;
  at: Date;
};

/** The compare-and-set of each decision on each kind of item: the new status and version, or null on a lost race. */
type Decider = (db: Db, params: DecisionParams) => Promise<{ status: ReviewStatus; version: number } | null>;

const companyDeciders: Record<ModerationDecision, Decider> = {
  approve: (db, p) => approveCompanyVersion(db, { companyId: p.itemId, version: p.version, moderatorId: p.moderatorId, at: p.at }),
  "request-changes": (db, p) => requestCompanyChanges(db, { companyId: p.itemId, ...p }),
  reject: (db, p) => rejectCompany(db, { companyId: p.itemId, ...p }),
};

const listingDeciders: Record<ModerationDecision, Decider> = {
  approve: (db, p) => approveListingVersion(db, { listingId: p.itemId, version: p.version, moderatorId: p.moderatorId, at: p.at }),
  "request-changes": (db, p) => requestListingChanges(db, { listingId: p.itemId, ...p }),
  reject: (db, p) => rejectListing(db, { listingId: p.itemId, ...p }),
};

export function deciderFor(itemType: ModeratedItemType, decision: ModerationDecision): Decider {
  return (itemType === "company" ? companyDeciders : listingDeciders)[decision];
}

/** Brings search in line with the item after a decision or an enforcement, in the same transaction. */
export async function refreshSearchFor(db: Db, itemType: ModeratedItemType, itemId: string, companyId: string, at: Date): Promise<void> {
  if (itemType === "company") await refreshSearchDocumentsForCompany(db, companyId, at);
  else await refreshSearchDocumentForListing(db, itemId, at);
}
