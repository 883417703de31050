import { and, asc, count, eq, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { companies, contactRequests, listings, messages, reports } from "../schema";

export type ModerationQueueKind = "company" | "listing" | "edit" | "report";

export type ModerationQueueItem = {
  kind: ModerationQueueKind;
  /** What the review page opens: the company or listing, or the report. */
  itemType: "company" | "listing" | "report";
  itemId: string;
  companyId: string | null;
  companyName: string | null;
  country: string | null;
  /** A listing's localized title, a report's reason code; null for a company. */
  title: Record<string, string> | string | null;
  version: number | null;
  /** When the item started waiting: submission, or the report's creation. */
  waitingSince: Date;
};

export type ModerationQueueFilter = {
  kind?: ModerationQueueKind;
  country?: string;
  /** Only items waiting since at least this instant (older than the age filter). */
  waitingBefore?: Date;
  limit: number;
};

/** The company a report is about, whatever its target: the company itself, or the author of the listing, message or request. */
export const reportTargetCompanyId: SQL<string | null> = sql`(case ${reports.targetType}
  when 'company' then ${reports.targetId}
  when 'listing' then (select ${listings.companyId} from ${listings} where ${listings.id} = ${reports.targetId})
  when 'message' then (select ${messages.senderCompanyId} from ${messages} where ${messages.id} = ${reports.targetId})
  when 'contact-request' then (select ${contactRequests.senderCompanyId} from ${contactRequests} where ${contactRequests.id} = ${reports.targetId})
end)`;

function companyConditions(kind: "company" | "edit", filter: ModerationQueueFilter): SQL[] {
  const conditions: SQL[] = [eq(companies.status, "submitted")];
  conditions.push(kind === "company" ? isNull(companies.published) : isNotNull(companies.published));
  if (filter.country) conditions.push(eq(companies.country, filter.country));
  if (filter.waitingBefore) conditions.push(lte(companies.submittedAt, filter.waitingBefore));
  return conditions;
}

function listingConditions(kind: "listing" | "edit", filter: ModerationQueueFilter): SQL[] {
  const conditions: SQL[] = [eq(listings.status, "submitted")];
  conditions.push(kind === "listing" ? isNull(listings.published) : isNotNull(listings.published));
  if (filter.country) conditions.push(eq(companies.country, filter.country));
  if (filter.waitingBefore) conditions.push(lte(listings.submittedAt, filter.waitingBefore));
  return conditions;
}

function reportConditions(filter: ModerationQueueFilter): SQL[] {
  const conditions: SQL[] = [eq(reports.status, "open")];
  if (filter.country) conditions.push(eq(companies.country, filter.country));
  if (filter.waitingBefore) conditions.push(lte(reports.createdAt, filter.waitingBefore));
  return conditions;
}

async function queuedCompanies(db: Db, kind: "company" | "edit", filter: ModerationQueueFilter): Promise<ModerationQueueItem[]> {
  const rows = await db
    .select({
      id: companies.id,
      name: companies.legalName,
      country: companies.country,
      version: companies.version,
      submittedAt: companies.submittedAt,
      updatedAt: companies.updatedAt,
    })
    .from(companies)
    .where(and(...companyConditions(kind, filter)))
    .orderBy(asc(companies.submittedAt))
    .limit(filter.limit);
  return rows.map((row) => ({
    kind,
    itemType: "company",
    itemId: row.id,
    companyId: row.id,
    companyName: row.name,
    country: row.country,
    title: null,
    version: row.version,
    waitingSince: row.submittedAt ?? row.updatedAt,
  }));
}

async function queuedListings(db: Db, kind: "listing" | "edit", filter: ModerationQueueFilter): Promise<ModerationQueueItem[]> {
  const rows = await db
    .select({
      id: listings.id,
      companyId: listings.companyId,
      name: companies.legalName,
      country: companies.country,
      version: listings.version,
      title: sql<Record<string, string> | null>`${listings.content} -> 'title'`,
      submittedAt: listings.submittedAt,
      updatedAt: listings.updatedAt,
    })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(and(...listingConditions(kind, filter)))
    .orderBy(asc(listings.submittedAt))
    .limit(filter.limit);
  return rows.map((row) => ({
    kind,
    itemType: "listing",
    itemId: row.id,
    companyId: row.companyId,
    companyName: row.name,
    country: row.country,
    title: row.title,
    version: row.version,
    waitingSince: row.submittedAt ?? row.updatedAt,
  }));
}

async function queuedReports(db: Db, filter: ModerationQueueFilter): Promise<ModerationQueueItem[]> {
  const rows = await db
    .select({
      id: reports.id,
      reason: reports.reason,
      createdAt: reports.createdAt,
      companyId: companies.id,
      name: companies.legalName,
      country: companies.country,
    })
    .from(reports)
    .leftJoin(companies, eq(companies.id, reportTargetCompanyId))
    .where(and(...reportConditions(filter)))
    .orderBy(asc(reports.createdAt))
    .limit(filter.limit);
  return rows.map((row) => ({
    kind: "report",
    itemType: "report",
    itemId: row.id,
    companyId: row.companyId,
    companyName: row.name,
    country: row.country,
    title: row.reason,
    version: null,
    waitingSince: row.createdAt,
  }));
}

/**
 * The moderation queue: submitted companies and listings (first submissions and edits of published items) and
 * open reports, oldest first, with the moderator's own countries before the others.
 */
export async function listModerationQueue(
  db: Db,
  filter: ModerationQueueFilter & { preferredCountries?: readonly string[] },
): Promise<ModerationQueueItem[]> {
  const wanted = (kind: ModerationQueueKind) => filter.kind === undefined || filter.kind === kind;
  const parts = await Promise.all([
    wanted("company") ? queuedCompanies(db, "company", filter) : [],
    wanted("edit") ? queuedCompanies(db, "edit", filter) : [],
    wanted("listing") ? queuedListings(db, "listing", filter) : [],
    wanted("edit") ? queuedListings(db, "edit", filter) : [],
    wanted("report") ? queuedReports(db, filter) : [],
  ]);
  const preferred = new Set(filter.preferredCountries ?? []);
  const rank = (item: ModerationQueueItem) => (item.country !== null && preferred.has(item.country) ? 0 : 1);
  return parts
    .flat()
    .sort((a, b) => rank(a) - rank(b) || a.waitingSince.getTime() - b.waitingSince.getTime())
    .slice(0, filter.limit);
}

/** How many items wait in each queue (for the navigation and the queue tabs). */
export async function countModerationQueues(db: Db, filter: { country?: string } = {}): Promise<Record<ModerationQueueKind, number>> {
  const base: ModerationQueueFilter = { country: filter.country, limit: 1 };
  const total = async (query: Promise<{ total: number }[]>) => (await query)[0]?.total ?? 0;
  const [company, companyEdits, listing, listingEdits, report] = await Promise.all([
    total(db.select({ total: count() }).from(companies).where(and(...companyConditions("company", base)))),
    total(db.select({ total: count() }).from(companies).where(and(...companyConditions("edit", base)))),
    total(
      db
        .select({ total: count() })
        .from(listings)
        .innerJoin(companies, eq(companies.id, listings.companyId))
        .where(and(...listingConditions("listing", base))),
    ),
    total(
      db
        .select({ total: count() })
        .from(listings)
        .innerJoin(companies, eq(companies.id, listings.companyId))
        .where(and(...listingConditions("edit", base))),
    ),
    total(
      db
        .select({ total: count() })
        .from(reports)
        .leftJoin(companies, eq(companies.id, reportTargetCompanyId))
        .where(and(...reportConditions(base))),
    ),
  ]);
  return { company, listing, edit: companyEdits + listingEdits, report };
}
