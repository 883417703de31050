import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { executeRows } from "./execute-rows";

export type MonthlyActivity = { month: string; companies: number; listings: number; contactRequests: number; acceptedContacts: number };

/**
 * The platform's activity per calendar month (UTC) from `since` to `at`: companies and listings first published,
 * contact requests sent and accepted. Every month of the span has a row, zero where nothing happened, so a chart
 * shows quiet months as such.
 */
export async function monthlyActivity(db: Db, params: { since: Date; at: Date }): Promise<MonthlyActivity[]> {
  const since = params.since.toISOString();
  const at = params.at.toISOString();
  const rows = await executeRows<{ month: string; companies: number | string; listings: number | string; contact_requests: number | string; accepted_contacts: number | string }>(
    db,
    sql`with months as (
          select to_char(m, 'YYYY-MM') as month
          from generate_series(date_trunc('month', ${since}::timestamptz at time zone 'UTC'), date_trunc('month', ${at}::timestamptz at time zone 'UTC'), interval '1 month') as m
        ),
        events as (
          select to_char(published_at at time zone 'UTC', 'YYYY-MM') as month, 'company' as kind from companies
            where published_at is not null and suspended_at is null and deleted_at is null and published_at between ${since}::timestamptz and ${at}::timestamptz
          union all
          select to_char(l.published_at at time zone 'UTC', 'YYYY-MM'), 'listing' from listings l join companies c on c.id = l.company_id
            where l.published_at is not null and l.hidden_at is null and c.published_at is not null and c.suspended_at is null and c.deleted_at is null and l.published_at between ${since}::timestamptz and ${at}::timestamptz
          union all
          select to_char(created_at at time zone 'UTC', 'YYYY-MM'), 'request' from contact_requests
            where created_at between ${since}::timestamptz and ${at}::timestamptz
          union all
          select to_char(responded_at at time zone 'UTC', 'YYYY-MM'), 'accepted' from contact_requests
            where status = 'accepted' and responded_at between ${since}::timestamptz and ${at}::timestamptz
        )
        select months.month,
          count(*) filter (where events.kind = 'company') as companies,
          count(*) filter (where events.kind = 'listing') as listings,
          count(*) filter (where events.kind = 'request') as contact_requests,
          count(*) filter (where events.kind = 'accepted') as accepted_contacts
        from months left join events on events.month = months.month
        group by months.month order by months.month`,
  );
  return rows.map((row) => ({
    month: row.month,
    companies: Number(row.companies),
    listings: Number(row.listings),
    contactRequests: Number(row.contact_requests),
    acceptedContacts: Number(row.accepted_contacts),
  }));
}

export type ChapterListingCount = { chapter: string; country: string; kind: "offer" | "request"; total: number };

/** Public offers and requests per HS chapter and publishing company's country (what search shows at `at`). */
export async function publicListingsByChapter(db: Db, at: Date): Promise<ChapterListingCount[]> {
  const rows = await executeRows<{ chapter: string; country: string; kind: "offer" | "request"; total: number | string }>(
    db,
    sql`select chapter, c.country, l.kind, count(*) as total
        from listings l join companies c on c.id = l.company_id, unnest(l.hs_chapters) as chapter
        where l.kind in ('offer', 'request') and l.published is not null and l.hidden_at is null
          and c.published_at is not null and c.suspended_at is null and c.deleted_at is null
          and (l.valid_until is null or l.valid_until > ${at.toISOString()}::timestamptz)
        group by 1, 2, 3 order by 1, 2, 3`,
  );
  return rows.map((row) => ({ ...row, total: Number(row.total) }));
}
