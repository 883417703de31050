import type { ModeratedItemType } from "@karvon/data";
import {
  createAppeal,
  decideAppeal,
  findLastAuditEntry,
  findLatestAppealForItem,
  getAppeal,
  getModerationSubject,
  liftCompanySuspension,
  listDecisionsForItem,
  memberRole,
  refreshSearchDocumentsForCompany,
  reopenRejectedCompany,
  reopenRejectedListing,
  setListingHidden,
  type Db,
} from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { appealOutcomeMail } from "./mail-templates";
import type { SignedInDeps } from "../trpc";
import { dashboardLink, noticeCompany } from "./notices";
import { canDecideAppeal, mayDecideAppeal } from "./states";
import { auditStaffAction } from "./staff-audit";

/**
 * An enforcement in force since `since` (a suspension or a hiding): one appeal per enforcement, decided by anyone
 * but the staff member whose audited action imposed it.
 */
async function enforcementSubject(db: Db, params: { kind: "suspension" | "hiding"; action: string; itemType: ModeratedItemType; itemId: string; since: Date }) {
  const imposed = await findLastAuditEntry(db, { action: params.action, targetType: params.itemType, targetId: params.itemId });
  return { kind: params.kind, subjectKey: `${params.kind}:${params.itemId}:${params.since.toISOString()}`, originalModeratorId: imposed?.actorId ?? null };
}

/** What an appeal of this item would contest, or null when nothing is appealable. */
async function appealSubject(db: Db, itemType: ModeratedItemType, itemId: string) {
  const subject = await getModerationSubject(db, { itemType, itemId });
  if (subject === null) return null;
  if (subject.status === "rejected") {
    const rejection = (await listDecisionsForItem(db, { itemType, itemId })).find((decision) => decision.decision === "reject");
    if (rejection === undefined) return null;
    return { kind: "rejection" as const, subjectKey: `decision:${rejection.id}`, originalModeratorId: rejection.moderatorId };
  }
  if (itemType === "company" && subject.suspendedAt !== null) {
    return enforcementSubject(db, { kind: "suspension", action: "moderation.company.suspend", itemType, itemId, since: subject.suspendedAt });
  }
  if (itemType === "listing" && subject.hiddenAt !== null) {
    return enforcementSubject(db, { kind: "hiding", action: "moderation.listing.hide", itemType, itemId, since: subject.hiddenAt });
  }
  return null;
}

/**
 * For the members of the company concerned: the appeal of the decision now in force (or, once that was lifted,
 * the last one, so its outcome stays readable) and whether the caller may still file one — only an owner, only
 * while something is appealable, once per decision. Everyone else is told the item does not exist.
 */
export async function appealForItem(deps: SignedInDeps, input: { itemType: ModeratedItemType; itemId: string }) {
  const subject = await getModerationSubject(deps.db, input);
  if (subject === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
  const role = await memberRole(deps.db, { companyId: subject.companyId, userId: deps.user.id });
  if (role === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
  const contested = await appealSubject(deps.db, input.itemType, input.itemId);
  const latest = await findLatestAppealForItem(deps.db, input);
  const current = latest !== null && (contested === null || latest.subjectKey === contested.subjectKey) ? latest : null;
  const appeal =
    current === null
      ? null
      : { id: current.id, kind: current.kind, status: current.status, message: current.message, decisionNote: current.decisionNote, createdAt: current.createdAt, decidedAt: current.decidedAt };
  const canAppeal = role === "owner" && contested !== null && latest?.subjectKey !== contested.subjectKey;
  return { canAppeal, appeal };
}

/** An owner appeals a rejection, a suspension or a hidden listing, once per decision. */
export async function fileAppeal(deps: SignedInDeps, input: { itemType: ModeratedItemType; itemId: string; message: string }) {
  const subject = await getModerationSubject(deps.db, input);
  if (subject === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
  if ((await memberRole(deps.db, { companyId: subject.companyId, userId: deps.user.id })) !== "owner") {
    throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
  }
  const contested = await appealSubject(deps.db, input.itemType, input.itemId);
  if (contested === null) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.moderation.nothingToAppeal" });
  const appeal = await createAppeal(deps.db, {
    companyId: subject.companyId,
    kind: contested.kind,
    itemType: input.itemType,
    itemId: input.itemId,
    subjectKey: contested.subjectKey,
    originalModeratorId: contested.originalModeratorId,
    authorId: deps.user.id,
    message: input.message,
    at: deps.now,
  });
  if (appeal === null) throw new TRPCError({ code: "CONFLICT", message: "errors.moderation.alreadyAppealed" });
  return { id: appeal.id, kind: appeal.kind, status: appeal.status };
}

/** An admin other than the moderator who decided grants (reverses) or denies an appeal. */
export async function decideAppealAction(deps: SignedInDeps, input: { appealId: string; outcome: "granted" | "denied"; note?: string }) {
  const at = deps.now;
  const note = input.note ?? null;
  return deps.db.transaction(async (tx) => {
    const appeal = await getAppeal(tx, input.appealId);
    if (appeal === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    if (!canDecideAppeal(appeal.status as "open")) throw new TRPCError({ code: "CONFLICT", message: "errors.moderation.appealDecided" });
    const user = deps.user;
    if (!mayDecideAppeal({ deciderRole: user.role, deciderId: user.id, originalModeratorId: appeal.originalModeratorId })) {
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.moderation.sameModerator" });
    }
    const decided = await decideAppeal(tx, { appealId: appeal.id, status: input.outcome, decidedBy: user.id, note, at });
    if (decided === null) throw new TRPCError({ code: "CONFLICT", message: "errors.moderation.appealDecided" });

    if (input.outcome === "granted" && appeal.kind === "rejection") {
      if (appeal.itemType === "company") await reopenRejectedCompany(tx, { companyId: appeal.itemId, at });
      else await reopenRejectedListing(tx, { listingId: appeal.itemId, at });
    }
    if (input.outcome === "granted" && appeal.kind === "suspension") {
      await liftCompanySuspension(tx, { companyId: appeal.companyId, at });
      await refreshSearchDocumentsForCompany(tx, appeal.companyId, at);
    }
    if (input.outcome === "granted" && appeal.kind === "hiding") {
      await setListingHidden(tx, { listingId: appeal.itemId, hidden: false, at });
    }
    await auditStaffAction({ ...deps, db: tx }, {
      at,
      action: `moderation.appeal.${input.outcome}`,
      targetType: "appeal",
      targetId: appeal.id,
      before: { status: "open", kind: appeal.kind, itemType: appeal.itemType, itemId: appeal.itemId },
      after: { status: input.outcome, note },
    });
    await noticeCompany(tx, {
      companyId: appeal.companyId,
      kind: `appeal.${input.outcome}`,
      notice: { appealId: appeal.id, kind: appeal.kind, note },
      template: appealOutcomeMail,
      mailParams: (locale) => ({ companyName: appeal.companyName, outcome: input.outcome, note, link: dashboardLink(deps.config.publicUrl, locale) }),
    });
    return { status: input.outcome };
  });
}
