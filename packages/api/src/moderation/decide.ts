import type { ModeratedItemType, ModerationDecision, ReviewStatus } from "@karvon/data";
import {
  findDecisionOnVersion,
  getActiveClaim,
  getModerationSubject,
  insertModerationDecision,
  lockTaxIdHolder,
  releaseModerationClaim,
} from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { offerHandoverAfterPublication } from "../advisers/handover";
import { moderationDecisionMail } from "./mail-templates";
import { ErrorParams } from "../trpc";
import { dashboardLink, itemNameFor, noticeCompany } from "./notices";
import type { SignedInDeps } from "../trpc";
import { canDecide } from "./states";
import { deciderFor, refreshSearchFor } from "./deciders";
import { auditStaffAction } from "./staff-audit";

export type DecideParams = {
  itemType: ModeratedItemType;
  itemId: string;
  version: number;
  decision: ModerationDecision;
  reasons: string[];
  note?: string;
};

function conflict(message: string, params?: Record<string, string>): TRPCError {
  return new TRPCError({ code: "CONFLICT", message, cause: params ? new ErrorParams(params) : undefined });
}

/**
 * Decides one version of a company profile or listing. Everything happens in one transaction: the
 * compare-and-set on the version (the loser of a race gets CONFLICT naming who decided), the decision row with
 * its snapshot, search, the claim, one audit row, the in-portal notice and the mail to the owners.
 */
export async function decideModerationItem(deps: SignedInDeps, input: DecideParams) {
  const at = deps.now;
  const moderator = deps.user;
  const ref = { itemType: input.itemType, itemId: input.itemId };
  return deps.db.transaction(async (tx) => {
    const subject = await getModerationSubject(tx, ref);
    if (subject === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });

    const claim = await getActiveClaim(tx, { ...ref, at });
    if (claim !== null && claim.moderatorId !== moderator.id) {
      throw conflict("errors.moderation.claimedByOther", { name: claim.moderatorName });
    }

    // Only one published company holds a tax ID: approving a second claim would publish a duplicate.
    if (input.itemType === "company" && input.decision === "approve") {
      const holder = await lockTaxIdHolder(tx, { companyId: subject.companyId, country: subject.country, taxId: subject.taxId });
      if (holder !== null) throw conflict("errors.moderation.taxIdHeld", { name: holder.legalName });
    }

    const note = input.note ?? null;
    const reasons = input.decision === "approve" ? [] : input.reasons;
    const result = canDecide(subject.status as ReviewStatus)
      ? await deciderFor(input.itemType, input.decision)(tx, { itemId: input.itemId, version: input.version, moderatorId: moderator.id, reasons, note, at })
      : null;
    if (result === null) {
      const earlier = await findDecisionOnVersion(tx, { ...ref, version: input.version });
      if (earlier !== null) throw conflict("errors.moderation.alreadyDecided", { name: earlier.moderatorName ?? "—" });
      // Not decided by anyone: the owner edited (or withdrew) the version the moderator looked at.
      throw conflict("errors.moderation.staleVersion");
    }

    await insertModerationDecision(tx, {
      ...ref,
      companyId: subject.companyId,
      version: input.version,
      decision: input.decision,
      reasons,
      note,
      moderatorId: moderator.id,
      submittedAt: subject.submittedAt,
      decidedAt: at,
      snapshot: subject.working,
    });
    await refreshSearchFor(tx, input.itemType, input.itemId, subject.companyId, at);
    await releaseModerationClaim(tx, ref);
    await auditStaffAction({ ...deps, db: tx }, {
      at,
      action: `moderation.${input.itemType}.${input.decision}`,
      targetType: input.itemType,
      targetId: input.itemId,
      before: { status: subject.status, version: subject.version },
      after: { status: result.status, version: result.version, reasons, note },
    });

    const title = subject.itemType === "company" ? subject.companyName : (subject.working.title ?? subject.companyName);
    await noticeCompany(tx, {
      companyId: subject.companyId,
      kind: `moderation.${input.decision}`,
      notice: { itemType: input.itemType, itemId: input.itemId, title, reasons, note },
      template: moderationDecisionMail,
      mailParams: (locale) => ({
        itemType: input.itemType,
        itemName: itemNameFor(title, locale),
        decision: input.decision,
        reasons,
        note,
        link: dashboardLink(deps.config.publicUrl, locale),
      }),
    });
    // A company an adviser brought has nobody of its own to read the notice: its contact address is told instead.
    if (input.itemType === "company" && input.decision === "approve") {
      await offerHandoverAfterPublication(tx, { companyId: subject.companyId, publicUrl: deps.config.publicUrl, now: at });
    }
    return { status: result.status, version: result.version, decidedAt: at };
  });
}
