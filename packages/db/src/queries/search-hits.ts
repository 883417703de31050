import { sql, type SQL } from "drizzle-orm";
import type { SearchHit } from "./search";

/**
 * A hit of partner search as a statement gives it, from a row `d` with search_documents' columns and its rank:
 * one definition for the page (search.ts) and for a document brought onto a cached page (search-result-changes.ts).
 */
export function hitColumns(rank: SQL): SQL {
  return sql`d.entity_type as "entityType", d.entity_id as "entityId", d.company_id as "companyId", d.kind, d.country,
    d.region, d.sectors, d.hs_chapters as "hsChapters", d.cooperation_kinds as "cooperationKinds",
    d.size_band as "sizeBand", d.economic_zone as "economicZone", d.verified, d.published_at as "publishedAt",
    d.valid_until as "validUntil", d.display, ${rank} as rank,
    extract(epoch from d.published_at) * 1000 as "publishedMs"`;
}

/**
 * A hit as JSON gives it: times as text, the rank as a number or its decimal text, and its publication instant
 * to the microsecond (`publishedMs`: milliseconds since the epoch with a fraction), which the page is ordered by
 * after the rank and `publishedAt` (a Date) cuts to the millisecond.
 */
export type RawHit = Omit<SearchHit, "publishedAt" | "validUntil" | "rank"> & {
  publishedAt: string;
  validUntil: string | null;
  rank: number | string;
  publishedMs: number | string;
};

export function toSearchHit(hit: RawHit): SearchHit {
  const { publishedMs: _exact, ...rest } = hit;
  return {
    ...rest,
    publishedAt: new Date(hit.publishedAt),
    validUntil: hit.validUntil === null ? null : new Date(hit.validUntil),
    rank: Number(hit.rank),
  };
}
