import type { ReportAction } from "@karvon/data";
import {
  banUser,
  findResponsibleUsers,
  getReport,
  getUserBrief,
  hideListing,
  refreshSearchDocumentForListing,
  refreshSearchDocumentsForCompany,
  resolveOtherOpenReports,
  resolveReport,
  suspendCompany,
} from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { enforcementMail, reportOutcomeMail } from "./mail-templates";
import { formatEnforcementReason } from "./enforcement-reason";
import type { SignedInDeps } from "../trpc";
import { dashboardLink, noticeCompany, noticeUser } from "./notices";
import { isReportActionApplicable, reportStatusAfter } from "./states";
import { auditStaffAction } from "./staff-audit";

export type ResolveReportParams = { reportId: string; action: ReportAction; reasons: string[]; note?: string };

/**
 * Resolves a report in one transaction: the enforcement (hide the listing, suspend the company, ban the
 * responsible people and revoke their sessions), search brought in line, the report and the other open reports on
 * the same target closed, audit rows, and every reporter told the outcome.
 */
export async function resolveReportAction(deps: SignedInDeps, input: ResolveReportParams) {
  const at = deps.now;
  const moderatorId = deps.user.id;
  const note = input.note ?? null;
  return deps.db.transaction(async (tx) => {
    const report = await getReport(tx, input.reportId);
    if (report === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    if (report.status !== "open") throw new TRPCError({ code: "CONFLICT", message: "errors.moderation.reportResolved" });
    if (!isReportActionApplicable(report.targetType, input.action)) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "errors.moderation.actionNotApplicable" });
    }
    if (input.action !== "dismiss" && input.reasons.length === 0) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "errors.moderation.reasonsRequired" });
    }
    const reason = formatEnforcementReason(input.reasons, note);
    const companyId = report.targetCompanyId;

    if (input.action === "hide") {
      const hidden = await hideListing(tx, { listingId: report.targetId, reason, at });
      if (hidden !== null) {
        await refreshSearchDocumentForListing(tx, report.targetId, at);
        await auditStaffAction({ ...deps, db: tx }, { at, action: "moderation.listing.hide", targetType: "listing", targetId: report.targetId, before: { hidden: false }, after: { hidden: true, reason } });
      }
    }
    if (input.action === "suspend") {
      if (companyId === null) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.moderation.actionNotApplicable" });
      const suspended = await suspendCompany(tx, { companyId, reason, at });
      if (suspended !== null) {
        await refreshSearchDocumentsForCompany(tx, companyId, at);
        await auditStaffAction({ ...deps, db: tx }, { at, action: "moderation.company.suspend", targetType: "company", targetId: companyId, before: { suspended: false }, after: { suspended: true, reason } });
      }
    }
    if (input.action === "ban") {
      const userIds = await findResponsibleUsers(tx, report);
      for (const userId of userIds) {
        const person = await getUserBrief(tx, userId);
        if (person === null) continue;
        if (person.role !== "user") throw new TRPCError({ code: "FORBIDDEN", message: "errors.moderation.cannotBanStaff" });
        const banned = await banUser(tx, { userId, reason, at });
        if (banned !== null) {
          await auditStaffAction({ ...deps, db: tx }, { at, action: "moderation.user.ban", targetType: "user", targetId: userId, before: { banned: false }, after: { banned: true, reason, sessionsRevoked: banned.sessionsRevoked } });
        }
      }
    }

    const status = reportStatusAfter(input.action);
    const resolved = await resolveReport(tx, { reportId: report.id, status, action: input.action, reasons: input.reasons, note, resolvedBy: moderatorId, at });
    if (resolved === null) throw new TRPCError({ code: "CONFLICT", message: "errors.moderation.reportResolved" });
    const others =
      status === "actioned"
        ? await resolveOtherOpenReports(tx, { targetType: report.targetType, targetId: report.targetId, exceptId: report.id, action: input.action, resolvedBy: moderatorId, at })
        : [];
    await auditStaffAction({ ...deps, db: tx }, {
      at,
      action: `moderation.report.${input.action}`,
      targetType: "report",
      targetId: report.id,
      before: { status: "open" },
      after: { status, action: input.action, reasons: input.reasons, note, alsoClosed: others.map((other) => other.id) },
    });

    for (const reporterId of new Set([report.reporterId, ...others.map((other) => other.reporterId)])) {
      await noticeUser(tx, {
        userId: reporterId,
        kind: "report.outcome",
        notice: { reportId: report.id, targetType: report.targetType, outcome: status },
        template: reportOutcomeMail,
        mailParams: (locale) => ({ outcome: status, link: dashboardLink(deps.config.publicUrl, locale) }),
      });
    }
    if (companyId !== null && (input.action === "hide" || input.action === "suspend")) {
      const action = input.action;
      await noticeCompany(tx, {
        companyId,
        kind: `moderation.${action}`,
        notice: { targetType: report.targetType, targetId: report.targetId, reasons: input.reasons, note },
        template: enforcementMail,
        mailParams: (locale) => ({ companyName: report.targetCompanyName ?? "", action, reasons: input.reasons, note, link: dashboardLink(deps.config.publicUrl, locale) }),
      });
    }
    return { status, action: input.action };
  });
}
