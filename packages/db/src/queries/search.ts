import { searchCountLimit, type LocalizedText } from "@karvon/data";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { executeRows } from "./execute-rows";
import { generationText } from "./generation-cache";
import { countsKey, filterConditions, filtersKey, filterValues, textMatching, type SearchFilters } from "./search-conditions";
import { expandTokens, queryTokens, textPlan } from "./search-expansions";
import { countSearchFacets, type FacetCount, type FacetFilter, type SearchFacet, searchFacets } from "./search-facet-counts";
import { hitColumns, toSearchHit, type RawHit } from "./search-hits";
import { pageOrder, pageStatement } from "./search-page";
import { lookUpSearch, storeSearch, type SearchLookup } from "./search-result-cache";
import type { QueryToken } from "./search-text";
export { wordsNeeded, type SearchFilters } from "./search-conditions";
export { searchFacets, type FacetCount, type SearchFacet } from "./search-facet-counts";

export type SearchPartnersParams = SearchFilters & {
  text?: string;
  sort?: "relevance" | "newest";
  /** 1-based. */
  page?: number;
  pageSize?: number;
  now?: Date;
  /** Only documents published after this instant (the daily mail of a saved search). */
  publishedAfter?: Date;
  /** How many matches to count at most (`searchCountLimit`); the daily mail, which states its number, counts all. */
  countLimit?: number;
};

export type SearchDisplay = {
  title?: LocalizedText;
  summary?: LocalizedText;
  companyName?: string;
  companySlug?: string;
  direction?: string | null;
  targetCountry?: string | null;
};

export type SearchHit = {
  entityType: "company" | "listing";
  entityId: string;
  companyId: string;
  kind: string;
  country: string;
  region: string | null;
  sectors: string[];
  hsChapters: string[];
  cooperationKinds: string[];
  sizeBand: string | null;
  economicZone: string | null;
  verified: boolean;
  publishedAt: Date;
  validUntil: Date | null;
  display: SearchDisplay;
  rank: number;
};

export type SearchResult = {
  /** Every match, or, when not `totalExact`, a lower bound above the count limit (`searchCountLimit`). */
  total: number;
  totalExact: boolean;
  /** False when the facet counts are lower bounds (counted among the first matches found). */
  countsExact: boolean;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  /** Per facet, the count of each value given the text and every OTHER active filter. */
  facets: Record<SearchFacet, FacetCount[]>;
  /** Folded words that matched (query words, their close spellings and stems): the UI highlights them. */
  terms: string[];
};

type HitsRow = { hits: RawHit[] | null; generation: number | string | null };

/**
 * Recency counts from the start of the current day (UTC): a page of results is then the same for a whole day
 * (until a write or an expiry), so it can be cached, while a rank's recency part (a half-life of months) moves by
 * 0.55 % within the day. Documents published since share the full recency bonus; the newest goes first.
 * The clock is part of a cached result's key, so when it moves every cached result is computed again: once a day,
 * at 04:00 in Baku and 05:00 in Tashkent, when the portal is quietest. With an hourly clock that happened every hour,
 * and the result cache took minutes to recover under load (docs/performance.md).
 */
const rankClockMs = 24 * 3600 * 1000;

/**
 * Partner search over `search_documents`: the query is folded with the same `foldText` as the documents, each
 * word matches as a prefix, as a close spelling (pg_trgm) or by its Russian/English stem; every word of a one- or
 * two-word query must match, most words of a longer one (those matching more words first).
 * Two statements: the page of hits, and the total with facet counts for every filter (each reflecting the other
 * active filters), counted up to `countLimit` (beyond it lower bounds: `totalExact`, `countsExact`) and cached per
 * generation of the search documents (search-facet-counts.ts). A small
 * dictionary look-up for close spellings precedes them when there is text. A search repeated within the day is
 * answered from a cache of whole results after one read of the generation, or after one more statement when the
 * documents were written since but no change could touch its answer (search-result-cache.ts); such a result is
 * frozen (shared by every reader), so callers copy what they want to change.
 */
export async function searchPartners(db: Db, params: SearchPartnersParams): Promise<SearchResult> {
  const page = Math.max(1, Math.floor(params.page ?? 1));
  const pageSize = Math.min(50, Math.max(1, Math.floor(params.pageSize ?? 20)));
  const now = params.now ?? new Date();
  const rankClock = new Date(Math.floor(now.getTime() / rankClockMs) * rankClockMs);
  const countLimit = params.publishedAfter === undefined ? (params.countLimit ?? searchCountLimit) : undefined;

  // The daily mail's `publishedAfter` moves every day: its results are not worth keeping.
  const resultKey = JSON.stringify([params.text ?? "", filtersKey(params), params.sort ?? "relevance", page, pageSize, rankClock.getTime(), countLimit]);
  const parsed = queryTokens(params.text);
  const cached = params.publishedAfter === undefined ? await lookUpSearch(db, { key: resultKey, now, tokens: parsed, filters: params, countLimit }) : undefined;
  if (cached?.result !== undefined) return cached.result;
  try {
    return await computeSearch(db, params, { page, pageSize, now, rankClock, countLimit, parsed, resultKey, cached });
  } finally {
    cached?.computed?.();
  }
}

/** The page of hits and the counts of a search the cache did not answer; kept in the cache when they hold together. */
async function computeSearch(
  db: Db,
  params: SearchPartnersParams,
  input: {
    page: number;
    pageSize: number;
    now: Date;
    rankClock: Date;
    countLimit: number | undefined;
    parsed: QueryToken[];
    resultKey: string;
    cached: SearchLookup | undefined;
  },
): Promise<SearchResult> {
  const { page, pageSize, now, rankClock, countLimit, parsed, resultKey, cached } = input;
  const generation = cached?.generation ?? null;

  const expansions = await expandTokens(db, parsed);
  const { queries, terms, concepts } = textPlan(parsed, expansions);
  const matching = textMatching(queries);
  const plan = { queries, concepts, rankClock };
  const sort = params.sort ?? "relevance";

  const { flags, active, narrow } = filterConditions(params);
  const allFlags = sql.join(
    searchFacets.map((facet) => flags[facet]),
    sql` and `,
  );
  const current = sql`(d.valid_until is null or d.valid_until > ${now.toISOString()}::timestamptz)
    and ${params.publishedAfter === undefined ? sql`true` : sql`d.published_at > ${params.publishedAfter.toISOString()}::timestamptz`}`;
  const pageQuery = pageStatement({ plan, matching, current, filters: allFlags, sort, limit: pageSize, offset: (page - 1) * pageSize });

  const countInput = {
    key: params.publishedAfter === undefined ? countsKey(queries, params, countLimit) : undefined,
    now,
    from: matching.from,
    matches: sql`${current} and ${matching.fromCondition}`,
    flags,
    active,
    narrow,
    limit: countLimit,
    // Browsing with at most two filters of one value each reads maintained counters instead of counting them all.
    counters: queries.length === 0 && params.publishedAfter === undefined ? countersGiven(params, active) : undefined,
  };
  const hitsStatement = sql`
    with page as (${pageQuery}),
    hits as (
      select ${hitColumns(sql`p.rank`)}
      from page p join search_documents d on d.entity_id = p.entity_id
      order by ${pageOrder(sort, "p.")}
    )
    select (select json_agg(hits) from hits) as hits,
           (select generation from search_generation) as generation`;
  // The page and the counts are independent statements: on PostgreSQL they run side by side on two connections.
  const [[row], countedFirst] = await Promise.all([
    executeRows<HitsRow>(db, hitsStatement),
    countSearchFacets(db, { ...countInput, generation }),
  ]);
  // A write committed between the first read of the generation and the page: counts kept from before it would
  // miss what the page shows, so they are counted again under the page's generation.
  const pageGeneration = generationText(row?.generation);
  const counted =
    pageGeneration !== null && generation !== null && pageGeneration !== generation && countedFirst.generation === generation
      ? await countSearchFacets(db, { ...countInput, generation: pageGeneration })
      : countedFirst;

  const rawHits = row?.hits ?? [];
  const result: SearchResult = {
    ...counted.counts,
    page,
    pageSize,
    hits: rawHits.map(toSearchHit),
    terms,
  };
  // The page and the counts hold together only when both were read under the generation read first. Their
  // matches are the same documents, so the counts' earliest expiry bounds the page too.
  if (cached !== undefined && generation !== null && pageGeneration === generation && counted.generation === generation) {
    storeSearch(db, resultKey, {
      generation,
      computedAt: now.getTime(),
      expiresAt: counted.expiresAt,
      result,
      published: rawHits.map((hit) => Number(hit.publishedMs)),
      plan,
      order: sort,
      expansions,
    });
  }
  return result;
}

/**
 * The filters of one value each (none, one or two) that browsing's counts can read from the counters, kept per
 * pair of facet values; undefined when they must be counted (three filters, or a filter of several values).
 */
function countersGiven(filters: SearchFilters, active: readonly SearchFacet[]): FacetFilter[] | undefined {
  if (active.length > 2) return undefined;
  const values = filterValues(filters);
  const given = active.flatMap((facet) => (values[facet].length === 1 ? [{ facet, value: values[facet][0] as string }] : []));
  return given.length === active.length ? given : undefined;
}
