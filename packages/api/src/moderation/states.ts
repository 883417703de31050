import type { AppealStatus, ModerationDecision, ReportAction, ReportStatus, ReviewStatus } from "@karvon/data";

/**
 * The moderation state machine of everything a moderator reviews (company profiles, listings), of reports and of
 * appeals. Pure: the routers ask it what is allowed, the database's compare-and-set makes it so.
 */

/** Who moves an item: the owner edits and submits, a moderator decides, an admin reopens after an appeal. */
export type ReviewEvent = "edit" | "submit" | ModerationDecision | "reopen";

const transitions: Record<ReviewStatus, Partial<Record<ReviewEvent, ReviewStatus>>> = {
  draft: { edit: "draft", submit: "submitted" },
  // An edit while under review withdraws the submission: the version moves on and a pending decision is refused.
  submitted: { edit: "draft", approve: "published", "request-changes": "changes-requested", reject: "rejected" },
  "changes-requested": { edit: "draft", submit: "submitted" },
  // A rejection is final unless an admin grants the owner's appeal.
  rejected: { reopen: "submitted" },
  // Editing a published item starts a new draft; the approved version stays public meanwhile.
  published: { edit: "draft" },
};

/** The status after `event`, or null when the event is not allowed in `status`. */
export function nextReviewStatus(status: ReviewStatus, event: ReviewEvent): ReviewStatus | null {
  return transitions[status][event] ?? null;
}

export function canDecide(status: ReviewStatus): boolean {
  return nextReviewStatus(status, "approve") !== null;
}

/** The events allowed in a status (the review page offers only these). */
export function allowedReviewEvents(status: ReviewStatus): ReviewEvent[] {
  return Object.keys(transitions[status]) as ReviewEvent[];
}

/** A report is closed once: dismissing leaves the content alone, every other action acts on it. */
export function reportStatusAfter(action: ReportAction): Exclude<ReportStatus, "open"> {
  return action === "dismiss" ? "dismissed" : "actioned";
}

export function canResolveReport(status: ReportStatus): boolean {
  return status === "open";
}

/** Which actions make sense for which target: only listings can be hidden on their own; a company is suspended. */
export function isReportActionApplicable(targetType: string, action: ReportAction): boolean {
  if (action === "hide") return targetType === "listing";
  return true;
}

export function canDecideAppeal(status: AppealStatus): boolean {
  return status === "open";
}

/** An appeal is decided by an admin who did not take the decision appealed. */
export function mayDecideAppeal(params: { deciderRole: string; deciderId: string; originalModeratorId: string | null }): boolean {
  return params.deciderRole === "admin" && params.deciderId !== params.originalModeratorId;
}
