import {
  localizedTextOutputSchema,
  maxNotificationsListed,
  noInputSchema,
  notificationListInputSchema,
  notificationListOutputSchema,
  notificationMarkReadOutputSchema,
  notificationMarkReadSchema,
  notificationUnreadCountOutputSchema,
  type NotificationView,
} from "@karvon/data";
import { countUnreadNotifications, listMyCompanies, listNotifications, markNotificationsRead, type Db, type NotificationRow } from "@karvon/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { protectedProcedure, publicProcedure } from "../trpc";

/** The companies whose notices a person reads: every company they belong to, by id and name. */
async function myCompanyNames(db: Db, userId: string): Promise<Map<string, string>> {
  const mine = await listMyCompanies(db, userId);
  return new Map(mine.map(({ company }) => [company.id, company.legalName]));
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** A path inside the portal ("/events/…"), never an address elsewhere ("//evil.example"). */
function portalPath(value: unknown): string | null {
  const path = text(value);
  return path !== null && path.startsWith("/") && !path.startsWith("//") ? path : null;
}

/** A stored notice as the page renders it: the known facts of its parameters, nothing else. */
function toView(row: NotificationRow, companies: Map<string, string>): NotificationView {
  const params = row.params;
  const title = typeof params.title === "string" ? params.title : localizedTextOutputSchema.safeParse(params.title).data ?? null;
  return {
    id: row.id,
    kind: row.kind,
    companyName: row.companyId === null ? null : (companies.get(row.companyId) ?? null),
    itemType: text(params.itemType) ?? text(params.targetType),
    itemId: text(params.itemId) ?? text(params.targetId),
    title,
    reasons: Array.isArray(params.reasons) ? params.reasons.filter((reason): reason is string => typeof reason === "string") : [],
    note: text(params.note),
    outcome: text(params.outcome) ?? text(params.kind),
    partnerName: text(params.partnerName),
    path: portalPath(params.path),
    read: row.readAt !== null,
    createdAt: row.createdAt,
  };
}

/** In-portal notices: moderation outcomes and meetings for a member's companies, report outcomes for the reporter. */
export const notificationRouter = {
  list: protectedProcedure
    .input(notificationListInputSchema)
    .output(notificationListOutputSchema)
    .query(async ({ ctx, input }) => {
      const companies = await myCompanyNames(ctx.db, ctx.session.user.id);
      const rows = await listNotifications(ctx.db, {
        userId: ctx.session.user.id,
        companyIds: [...companies.keys()],
        unreadOnly: input.unreadOnly,
        limit: maxNotificationsListed,
      });
      return rows.map((row) => toView(row, companies));
    }),

  /** For the header's bell; null when nobody (or a banned person) is signed in, so the header can ask anyway. */
  unreadCount: publicProcedure
    .input(noInputSchema)
    .output(notificationUnreadCountOutputSchema)
    .query(async ({ ctx }) => {
      if (ctx.session === null || ctx.session.user.banned) return null;
      const companies = await myCompanyNames(ctx.db, ctx.session.user.id);
      return countUnreadNotifications(ctx.db, { userId: ctx.session.user.id, companyIds: [...companies.keys()] });
    }),

  /** Marks the given notices (or all) as read; ids of notices not addressed to the caller change nothing. */
  markRead: protectedProcedure
    .input(notificationMarkReadSchema)
    .output(notificationMarkReadOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const companies = await myCompanyNames(ctx.db, ctx.session.user.id);
      const updated = await markNotificationsRead(ctx.db, {
        userId: ctx.session.user.id,
        companyIds: [...companies.keys()],
        ids: input.ids,
        at: ctx.clock.now(),
      });
      return { updated };
    }),
} satisfies TRPCRouterRecord;
