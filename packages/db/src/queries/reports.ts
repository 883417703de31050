import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { companies, contactRequests, listings, messages, reports, user } from "../schema";
import { reportTargetCompanyId } from "./moderation-queue";

export type ReportRow = typeof reports.$inferSelect;
export type ReportView = ReportRow & {
  reporterName: string;
  /** The reported words of a message or contact request (its start), for the moderator to judge; null otherwise. */
  targetExcerpt: string | null;
  targetCompanyId: string | null;
  targetCompanyName: string | null;
  targetCompanySlug: string | null;
  targetCountry: string | null;
  /** A reported listing's title (published version, else the working copy) in every language it has; null otherwise. */
  targetListingTitle: Record<string, string> | null;
};

/** Files a report; null when the reporter already has an open report on the same target (partial unique index). */
export async function createReport(
  db: Db,
  params: { reporterId: string; targetType: string; targetId: string; reason: string; note?: string | null; at: Date },
): Promise<ReportRow | null> {
  const [row] = await db
    .insert(reports)
    .values({ ...params, note: params.note ?? null, createdAt: params.at, updatedAt: params.at })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** How much of a reported message or contact request the moderators' list shows. */
export const reportExcerptLength = 500;

const reportTargetExcerpt: SQL<string | null> = sql<string | null>`(case ${reports.targetType}
  when 'message' then (select left(${messages.body}, ${reportExcerptLength}) from ${messages} where ${messages.id} = ${reports.targetId})
  when 'contact-request' then (select left(${contactRequests.message}, ${reportExcerptLength}) from ${contactRequests} where ${contactRequests.id} = ${reports.targetId})
end)`;

const reportTargetListingTitle = sql<Record<string, string> | null>`(case ${reports.targetType}
  when 'listing' then (select coalesce(${listings.published} -> 'title', ${listings.content} -> 'title') from ${listings} where ${listings.id} = ${reports.targetId})
end)`;

const reportView = {
  report: reports,
  reporterName: user.name,
  targetExcerpt: reportTargetExcerpt,
  targetCompanyId: companies.id,
  targetCompanyName: companies.legalName,
  targetCompanySlug: companies.slug,
  targetCountry: companies.country,
  targetListingTitle: reportTargetListingTitle,
};

function toView(row: { report: ReportRow } & Omit<ReportView, keyof ReportRow>): ReportView {
  const { report, ...rest } = row;
  return { ...report, ...rest };
}

export async function getReport(db: Db, reportId: string): Promise<ReportView | null> {
  const [row] = await db
    .select(reportView)
    .from(reports)
    .innerJoin(user, eq(user.id, reports.reporterId))
    .leftJoin(companies, eq(companies.id, reportTargetCompanyId))
    .where(eq(reports.id, reportId))
    .limit(1);
  return row === undefined ? null : toView(row);
}

export async function listReports(db: Db, params: { status: string; limit: number }): Promise<ReportView[]> {
  const rows = await db
    .select(reportView)
    .from(reports)
    .innerJoin(user, eq(user.id, reports.reporterId))
    .leftJoin(companies, eq(companies.id, reportTargetCompanyId))
    .where(eq(reports.status, params.status))
    .orderBy(params.status === "open" ? asc(reports.createdAt) : desc(reports.resolvedAt))
    .limit(params.limit);
  return rows.map(toView);
}

/** Earlier reports on the same target (other reporters), for context. */
export async function listReportsOnTarget(db: Db, params: { targetType: string; targetId: string }): Promise<ReportRow[]> {
  return db
    .select()
    .from(reports)
    .where(and(eq(reports.targetType, params.targetType), eq(reports.targetId, params.targetId)))
    .orderBy(desc(reports.createdAt));
}

/**
 * Resolves an open report (compare-and-set on status "open"); null when someone resolved it first. Other open
 * reports on the same target are resolved with it when the content was acted on.
 */
export async function resolveReport(
  db: Db,
  params: {
    reportId: string;
    status: "dismissed" | "actioned";
    action: string;
    reasons: string[];
    note?: string | null;
    resolvedBy: string;
    at: Date;
  },
): Promise<ReportRow | null> {
  const [row] = await db
    .update(reports)
    .set({
      status: params.status,
      action: params.action,
      resolutionReasons: params.reasons,
      resolution: params.note ?? null,
      resolvedBy: params.resolvedBy,
      resolvedAt: params.at,
      updatedAt: params.at,
    })
    .where(and(eq(reports.id, params.reportId), eq(reports.status, "open")))
    .returning();
  return row ?? null;
}

/** Closes the other open reports on a target once it was acted on; returns them (their reporters are told too). */
export async function resolveOtherOpenReports(
  db: Db,
  params: { targetType: string; targetId: string; exceptId: string; action: string; resolvedBy: string; at: Date },
): Promise<ReportRow[]> {
  return db
    .update(reports)
    .set({ status: "actioned", action: params.action, resolvedBy: params.resolvedBy, resolvedAt: params.at, updatedAt: params.at })
    .where(
      and(
        eq(reports.targetType, params.targetType),
        eq(reports.targetId, params.targetId),
        eq(reports.status, "open"),
        sql`${reports.id} <> ${params.exceptId}`,
      ),
    )
    .returning();
}
