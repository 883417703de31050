import {
  appealDecideSchema,
  appealListSchema,
  auditFilterSchema,
  auditListSchema,
  confirmRegistrySchema,
  moderationDecisionSchema,
  noInputSchema,
  queueCountsInputSchema,
  queueFilterSchema,
  reportListSchema,
  reportResolveSchema,
  reviewItemRefSchema,
  staffListSchema,
  staffSetCountriesSchema,
  staffSetRoleSchema,
} from "@karvon/data";
import {
  claimModerationItem,
  confirmCompanyRegistry,
  countModerationQueues,
  getStaffCountries,
  getUserBrief,
  listActiveClaims,
  listAppeals,
  listAuditLog,
  listReports,
  listModerationQueue,
  listStaff,
  refreshSearchDocumentsForCompany,
  releaseModerationClaim,
  setStaffCountries,
  setUserRole,
  iterateAuditLog,
} from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { decideAppealAction } from "./appeals";
import { mailOutboxRouter } from "../mail/outbox-router";
import { moderationAnalyticsRouter } from "./analytics-router";
import { decideModerationItem } from "./decide";
import { resolveReportAction } from "./report-resolution";
import { getModerationItemDetails } from "./item-details";
import { auditStaffAction } from "./staff-audit";
import { adminProcedure, depsOf, ErrorParams, staffProcedure } from "../trpc";

/** Claims expire after 30 minutes: a moderator who walks away does not block the item for long. */
export const claimDurationMs = 30 * 60 * 1000;

/** At most this many rows in one CSV export of the audit log. */
const auditExportLimit = 100_000;

const HOUR = 60 * 60 * 1000;

const reports = {
  list: staffProcedure.input(reportListSchema).query(({ ctx, input }) => listReports(ctx.db, input)),
  /** Dismiss, hide the listing, suspend the company or ban the author; the reporter is told. */
  resolve: staffProcedure.input(reportResolveSchema).mutation(({ ctx, input }) => resolveReportAction(depsOf(ctx), input)),
} satisfies TRPCRouterRecord;

const appeals = {
  list: adminProcedure.input(appealListSchema).query(({ ctx, input }) => listAppeals(ctx.db, input)),
  /** Only an admin, and never the moderator who took the decision appealed. */
  decide: adminProcedure.input(appealDecideSchema).mutation(({ ctx, input }) => decideAppealAction(depsOf(ctx), input)),
} satisfies TRPCRouterRecord;

const staff = {
  list: adminProcedure.input(staffListSchema).query(({ ctx, input }) => listStaff(ctx.db, input)),
  setRole: adminProcedure.input(staffSetRoleSchema).mutation(async ({ ctx, input }) => {
    if (input.userId === ctx.session.user.id) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.moderation.ownRole" });
    return ctx.db.transaction(async (tx) => {
      const person = await getUserBrief(tx, input.userId);
      if (person === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
      const at = ctx.clock.now();
      await setUserRole(tx, { userId: input.userId, role: input.role, at });
      // A demoted moderator keeps no countries: the queues would still rank by them.
      if (input.role === "user") await setStaffCountries(tx, { userId: input.userId, countries: [] });
      await auditStaffAction({ ...depsOf(ctx), db: tx }, { at, action: "admin.role.change", targetType: "user", targetId: input.userId, before: { role: person.role }, after: { role: input.role } });
      return { userId: input.userId, role: input.role };
    });
  }),
  setCountries: adminProcedure.input(staffSetCountriesSchema).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const person = await getUserBrief(tx, input.userId);
      if (person === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
      if (person.role === "user") throw new TRPCError({ code: "BAD_REQUEST", message: "errors.moderation.notStaff" });
      const before = await getStaffCountries(tx, input.userId);
      const countries = [...new Set(input.countries)].sort();
      await setStaffCountries(tx, { userId: input.userId, countries });
      await auditStaffAction({ ...depsOf(ctx), db: tx }, { action: "admin.staff.countries", targetType: "user", targetId: input.userId, before: { countries: before }, after: { countries } });
      return { userId: input.userId, countries };
    }),
  ),
} satisfies TRPCRouterRecord;

const audit = {
  list: adminProcedure.input(auditListSchema).query(({ ctx, input }) => {
    const { page, pageSize, ...filter } = input;
    return listAuditLog(ctx.db, { ...filter, offset: (page - 1) * pageSize, limit: pageSize });
  }),
  /**
   * Every matching row, oldest first, for the CSV download (capped), as batches: the caller streams them out
   * without holding the whole log in memory. The admin check runs when the procedure is called.
   */
  export: adminProcedure.input(auditFilterSchema).query(async function* ({ ctx, input }) {
    let sent = 0;
    for await (const batch of iterateAuditLog(ctx.db, input)) {
      const rows = batch.slice(0, auditExportLimit - sent);
      sent += rows.length;
      yield rows;
      if (sent >= auditExportLimit) return;
    }
  }),
} satisfies TRPCRouterRecord;

export const moderationRouter = {
  /** The queues, oldest first with the moderator's own countries first, who is on what, and the counts. */
  queues: staffProcedure.input(queueFilterSchema).query(async ({ ctx, input }) => {
    const at = ctx.clock.now();
    const myCountries = await getStaffCountries(ctx.db, ctx.session.user.id);
    const [items, claims, counts] = await Promise.all([
      listModerationQueue(ctx.db, {
        kind: input.kind,
        country: input.country,
        waitingBefore: input.minAgeHours === undefined ? undefined : new Date(at.getTime() - input.minAgeHours * HOUR),
        limit: input.limit,
        preferredCountries: myCountries,
      }),
      listActiveClaims(ctx.db, at),
      countModerationQueues(ctx.db, { country: input.country }),
    ]);
    return {
      items: items.map((item) => ({ ...item, claim: claims.get(`${item.itemType}:${item.itemId}`) ?? null })),
      counts,
      myCountries,
    };
  }),
  /** The numbers for the navigation badge. */
  counts: staffProcedure.input(queueCountsInputSchema).query(({ ctx, input }) => countModerationQueues(ctx.db, input)),
  claim: staffProcedure.input(reviewItemRefSchema).mutation(async ({ ctx, input }) => {
    const at = ctx.clock.now();
    const result = await claimModerationItem(ctx.db, { ...input, moderatorId: ctx.session.user.id, at, expiresAt: new Date(at.getTime() + claimDurationMs) });
    if (!result.ok) {
      throw new TRPCError({ code: "CONFLICT", message: "errors.moderation.claimedByOther", cause: new ErrorParams({ name: result.holder.moderatorName }) });
    }
    await auditStaffAction(depsOf(ctx), { at, action: "moderation.claim", targetType: input.itemType, targetId: input.itemId, after: { expiresAt: result.claim.expiresAt.toISOString() } });
    return { expiresAt: result.claim.expiresAt };
  }),
  release: staffProcedure.input(reviewItemRefSchema).mutation(async ({ ctx, input }) => {
    const released = await releaseModerationClaim(ctx.db, { ...input, moderatorId: ctx.session.user.id });
    if (released) await auditStaffAction(depsOf(ctx), { action: "moderation.release", targetType: input.itemType, targetId: input.itemId });
    return { released };
  }),
  reviewItem: staffProcedure.input(reviewItemRefSchema).query(({ ctx, input }) => getModerationItemDetails(ctx.db, { ...input, at: ctx.clock.now() })),
  /** Approve, request changes or reject one version: a compare-and-set, exactly one of two racing moderators wins. */
  decide: staffProcedure.input(moderationDecisionSchema).mutation(({ ctx, input }) => decideModerationItem(depsOf(ctx), input)),
  /** The moderator checked the national taxpayer register: the company becomes registry-confirmed. */
  confirmRegistry: staffProcedure.input(confirmRegistrySchema).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const at = ctx.clock.now();
      const row = await confirmCompanyRegistry(tx, { companyId: input.companyId, moderatorId: ctx.session.user.id, at });
      if (row === null) throw new TRPCError({ code: "CONFLICT", message: "errors.moderation.alreadyConfirmed" });
      await refreshSearchDocumentsForCompany(tx, input.companyId, at);
      await auditStaffAction({ ...depsOf(ctx), db: tx }, { at, action: "moderation.company.registry-confirm", targetType: "company", targetId: input.companyId, after: { verificationLevel: "registry-confirmed" } });
      return { verificationLevel: row.verificationLevel, verifiedAt: row.verifiedAt };
    }),
  ),
  reports,
  appeals,
  staff,
  audit,
  analytics: moderationAnalyticsRouter,
  outbox: mailOutboxRouter,
  /** Who the caller is on the desk (pages use it to show admin-only parts). */
  me: staffProcedure.input(noInputSchema).query(async ({ ctx }) => ({
    id: ctx.session.user.id,
    role: ctx.session.user.role,
    countries: await getStaffCountries(ctx.db, ctx.session.user.id),
  })),
} satisfies TRPCRouterRecord;
