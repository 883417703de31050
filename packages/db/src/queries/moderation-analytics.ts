import { foldText } from "@karvon/data";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { searchLog } from "../schema";
import { executeRows } from "./execute-rows";

/** Appends a search to the log (called by search; the query is folded so spelling variants count together). */
export async function recordSearch(db: Db, entry: { query: string; kind?: string | null; country?: string | null; resultCount: number; at: Date }): Promise<void> {
  const query = foldText(entry.query).trim();
  if (query === "") return;
  await db.insert(searchLog).values({ query, kind: entry.kind ?? null, country: entry.country ?? null, resultCount: entry.resultCount, at: entry.at });
}

/**
 * Appends a search that found nothing, unless the same folded text (with the same kind and country) was already
 * logged in the last `windowMinutes`: one person refreshing or paging does not inflate a term, and the count reads
 * as "in how many windows did somebody miss this". Returns whether a row was written.
 */
export async function recordSearchMiss(
  db: Db,
  entry: { query: string; kind?: string | null; country?: string | null; at: Date; windowMinutes: number },
): Promise<boolean> {
  const query = foldText(entry.query).trim();
  if (query === "") return false;
  const kind = entry.kind ?? null;
  const country = entry.country ?? null;
  const since = new Date(entry.at.getTime() - entry.windowMinutes * 60_000);
  const rows = await executeRows<{ id: number }>(
    db,
    sql`insert into search_log (query, kind, country, result_count, at)
        select ${query}::text, ${kind}::text, ${country}::text, 0, ${entry.at.toISOString()}::timestamptz
        where not exists (
          select 1 from search_log
          where query = ${query} and kind is not distinct from ${kind}::text and country is not distinct from ${country}::text
            and result_count = 0 and at > ${since.toISOString()}::timestamptz
        )
        returning id`,
  );
  return rows.length > 0;
}

export type CountRow = { key: string; total: number };
export type CountByTwo = { key: string; group: string; total: number };

const asCounts = <T extends { total: number | string }>(rows: T[]) => rows.map((row) => ({ ...row, total: Number(row.total) }));

/** Companies by review status (working copy), plus suspended ones as their own line. */
export async function companiesByStatus(db: Db): Promise<CountRow[]> {
  return asCounts(
    await executeRows<CountRow>(
      db,
      sql`select case when suspended_at is not null then 'suspended' else status::text end as key, count(*) as total
          from companies group by 1 order by 2 desc`,
    ),
  );
}

export async function listingsByStatus(db: Db): Promise<CountByTwo[]> {
  return asCounts(
    await executeRows<CountByTwo>(
      db,
      sql`select case when hidden_at is not null then 'hidden' else status::text end as key, kind as "group", count(*) as total
          from listings group by 1, 2 order by 3 desc`,
    ),
  );
}

const publicCompany = sql`published_at is not null and suspended_at is null`;

/** Published companies per country and region. */
export async function publishedCompaniesByRegion(db: Db): Promise<CountByTwo[]> {
  return asCounts(
    await executeRows<CountByTwo>(
      db,
      sql`select coalesce(region, '') as key, country as "group", count(*) as total
          from companies where ${publicCompany} group by 1, 2 order by 3 desc`,
    ),
  );
}

/** Published companies per sector (a company in two sectors counts in both) and country. */
export async function publishedCompaniesBySector(db: Db): Promise<CountByTwo[]> {
  return asCounts(
    await executeRows<CountByTwo>(
      db,
      sql`select sector as key, country as "group", count(*) as total
          from companies, unnest(sectors) as sector where ${publicCompany} group by 1, 2 order by 3 desc`,
    ),
  );
}

/**
 * Open requests (published, visible, unexpired listings of kind "request") per sector: the demand the platform
 * has not met yet.
 */
export async function openRequestsBySector(db: Db, at: Date): Promise<CountRow[]> {
  return asCounts(
    await executeRows<CountRow>(
      db,
      sql`select sector as key, count(*) as total
          from listings l join companies c on c.id = l.company_id, unnest(l.sectors) as sector
          where l.kind = 'request' and l.published is not null and l.hidden_at is null and c.suspended_at is null
            and (l.valid_until is null or l.valid_until > ${at.toISOString()}::timestamptz)
          group by 1 order by 2 desc`,
    ),
  );
}

export type DecisionTiming = { itemType: string; decisions: number; medianHours: number | null; p90Hours: number | null };

/** Time from submission to decision, median and 90th percentile, in hours (percentile_cont in SQL). */
export async function decisionTimings(db: Db, since: Date): Promise<DecisionTiming[]> {
  const rows = await executeRows<{ item_type: string; decisions: number | string; median: number | string | null; p90: number | string | null }>(
    db,
    sql`select item_type, count(*) as decisions,
          percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at) / 3600) as median,
          percentile_cont(0.9) within group (order by extract(epoch from decided_at - submitted_at) / 3600) as p90
        from moderation_decisions
        where submitted_at is not null and decided_at >= ${since.toISOString()}::timestamptz
        group by item_type order by item_type`,
  );
  const hours = (value: number | string | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);
  return rows.map((row) => ({ itemType: row.item_type, decisions: Number(row.decisions), medianHours: hours(row.median), p90Hours: hours(row.p90) }));
}

/** Decisions per reason code and decision (approvals have no reasons and are counted under "none"). */
export async function decisionsByReason(db: Db, since: Date): Promise<CountByTwo[]> {
  return asCounts(
    await executeRows<CountByTwo>(
      db,
      sql`select coalesce(reason, 'none') as key, decision as "group", count(*) as total
          from moderation_decisions left join lateral unnest(reasons) as reason on true
          where decided_at >= ${since.toISOString()}::timestamptz
          group by 1, 2 order by 3 desc`,
    ),
  );
}

/** Contact requests sent and accepted since a date. */
export async function contactRequestTotals(db: Db, since: Date): Promise<{ sent: number; accepted: number }> {
  const [row] = await executeRows<{ sent: number | string; accepted: number | string }>(
    db,
    sql`select count(*) as sent, count(*) filter (where status = 'accepted') as accepted
        from contact_requests where created_at >= ${since.toISOString()}::timestamptz`,
  );
  return { sent: Number(row?.sent ?? 0), accepted: Number(row?.accepted ?? 0) };
}

/** What people searched for and did not find, most frequent first. */
export async function searchesWithoutResults(db: Db, since: Date, limit = 50): Promise<CountRow[]> {
  return asCounts(
    await executeRows<CountRow>(
      db,
      sql`select query as key, count(*) as total from search_log
          where result_count = 0 and at >= ${since.toISOString()}::timestamptz
          group by 1 order by 2 desc, 1 limit ${limit}`,
    ),
  );
}
