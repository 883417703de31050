import { sql, type SQL } from "drizzle-orm";
import type { SearchHit, SearchResult } from "./search";
import { filterConditions, textMatching, type SearchFilters } from "./search-conditions";
import { byCount, type FacetColumnsRow, type FacetCount, type FacetCounts, facetValuesOf, type SearchFacet, searchFacets } from "./search-facet-counts";
import { hitColumns, toSearchHit, type RawHit } from "./search-hits";
import { searchRank, type RankPlan } from "./search-rank";

/**
 * Bringing a result cached under an older generation of the search documents up to date with the versions written
 * since (search_document_changes), instead of computing it again. For each document written since, its version at
 * the cached generation (the old row of its first change; none when that change inserted it) counted in the cached
 * answer, and its current version counts now. The counts move by what the two versions count. The page moves
 * too when the result tells where every hit of the new page is: a document leaves the page, a new version ranking
 * among its hits joins it, and the page is still full of hits known to rank before every document not on it (or
 * holds every match). Otherwise — a change before the first hit of a later page, a hit gone with nothing known to
 * fill its place — the page is computed again, and the counts moved are kept for it, so only the page is. Either
 * way the answer is exact, like a computed one.
 */

/** How the cached page is ordered (search.ts): by rank, or by publication. */
export type ResultOrder = "relevance" | "newest";

/** A version of a document written since the cached generation, as it counts in the search. */
export type ChangedVersion = FacetColumnsRow & {
  /** -1: the version at the cached generation (it counted then); 1: the current version (it counts now). */
  sign: -1 | 1;
  entity_id: string;
  /** Per facet in `searchFacets` order, whether the version passes that facet's filter (null: it does not). */
  passes: (boolean | null)[];
  rank: number | string;
  /** Publication instant in milliseconds since the epoch, with its microseconds as a fraction. */
  published_ms: number | string;
  valid_until: string | null;
  /** The current version as a hit of the page (null for a version at the cached generation). */
  hit: RawHit | null;
};

/**
 * The versions that count in a search, written after `generation`: those its words find and that pass all but at
 * most one of its filters (`narrow`: the documents its counts read), each with the filters it passes, its rank,
 * and (the current ones) the hit it would be. The version at the cached generation counts if it was live when the
 * result was computed (`computedAt`); the current version if it is live `now`.
 */
export function changedVersionsStatement(input: {
  generation: string;
  computedAt: Date;
  now: Date;
  plan: RankPlan;
  filters: SearchFilters;
}): SQL {
  const { condition } = textMatching(input.plan.queries);
  const { flags, narrow } = filterConditions(input.filters);
  const columns = sql.raw(`d.entity_id, d.kind, d.country, d.region, d.sectors, d.hs_chapters, d.cooperation_kinds, d.size_band,
      d.economic_zone, d.verified, d.published_at, d.valid_until, d.tsv, d.own_tsv, d.stemmed`);
  const live = (at: Date) => sql`(d.valid_until is null or d.valid_until > ${at.toISOString()}::timestamptz)`;
  return sql`
    with since as (
      select distinct on (d.entity_id) d.entity_id, d.id, d.is_new from search_document_changes d
      where d.generation > ${input.generation}::bigint
      order by d.entity_id, d.id
    ),
    versions as (
      select -1 as sign, ${columns}, null::text as entity_type, null::uuid as company_id, null::jsonb as display
      from search_document_changes d join since s on s.id = d.id
      where not s.is_new and ${live(input.computedAt)}
      union all
      select 1 as sign, ${columns}, d.entity_type, d.company_id, d.display
      from search_documents d join since s on s.entity_id = d.entity_id
      where ${live(input.now)}
    ),
    counting as (
      select d.*,
             array[${sql.join(
               searchFacets.map((facet) => flags[facet]),
               sql`, `,
             )}] as passes,
             ${searchRank(input.plan)} as rank
      from versions d
      where ${condition} and ${narrow ?? sql`true`}
    ),
    counted as (
      select d.sign, d.entity_id, d.kind, d.country, d.region, d.sectors, d.hs_chapters, d.cooperation_kinds,
             d.size_band, d.economic_zone, d.verified, d.valid_until, d.passes, d.rank,
             extract(epoch from d.published_at) * 1000 as published_ms,
             case when d.sign = 1 then (select row_to_json(h) from (select ${hitColumns(sql`d.rank`)}) h) end as hit
      from counting d
    )
    select json_agg(counted) from counted`;
}

/**
 * A page of hits with the exact instant each was published (milliseconds since the epoch, with the microseconds
 * as a fraction): the page is ordered by rank, then publication, then entity id, and a hit's `publishedAt` keeps
 * only the millisecond.
 */
export type RankedPage = { hits: readonly SearchHit[]; published: readonly number[] };

/** A cached result brought up to date: its counts always, its page only when the versions tell it. */
export type ResultChanges = { counts: FacetCounts; page: RankedPage | undefined };

/**
 * The cached result's counts moved by the versions written since, and its page when they tell it (undefined when
 * it must be computed). With no version counting in it, its own counts and page unchanged (the same objects).
 */
export function resultWithChanges(cached: SearchResult, page: RankedPage, versions: readonly ChangedVersion[], order: ResultOrder): ResultChanges {
  if (versions.length === 0) return { counts: countsOf(cached), page };
  return { counts: countsWithChanges(cached, versions), page: pageWithChanges(cached, page, versions.filter(passesEvery), order) };
}

function countsWithChanges(cached: SearchResult, versions: readonly ChangedVersion[]): FacetCounts {
  let total = cached.total;
  const counts = new Map(searchFacets.map((facet) => [facet, new Map(cached.facets[facet].map(({ value, count }) => [value, count]))]));
  for (const version of versions) {
    if (passesEvery(version)) total += version.sign;
    const failing = searchFacets.filter((_, index) => version.passes[index] !== true);
    for (const facet of searchFacets) {
      // Each facet counts given every OTHER filter.
      if (failing.some((other) => other !== facet)) continue;
      const values = counts.get(facet) as Map<string, number>;
      for (const value of facetValuesOf(version, facet)) values.set(value, (values.get(value) ?? 0) + version.sign);
    }
  }
  const facets = Object.fromEntries(
    searchFacets.map((facet) => [
      facet,
      [...(counts.get(facet) as Map<string, number>)].filter(([, count]) => count > 0).map(([value, count]): FacetCount => ({ value, count })).sort(byCount),
    ]),
  ) as Record<SearchFacet, FacetCount[]>;
  // Lower bounds moved by what was written stay lower bounds: one more found, one fewer (counted or not).
  return { ...countsOf(cached), total, facets };
}

/** A result's counts, with whether each kind is exact (a lower bound moved by writes stays a lower bound). */
function countsOf(result: SearchResult): FacetCounts {
  return { total: result.total, totalExact: result.totalExact, facets: result.facets, countsExact: result.countsExact };
}

function passesEvery(version: ChangedVersion): boolean {
  return version.passes.every((passes) => passes === true);
}

/**
 * The page after the changes of the documents in the result (`versions`, each passing every filter), or undefined
 * when it cannot be told. The cached page holds the hits ranked `offset + 1` to `offset + n`; every document
 * not on it ranks before its first hit (on a later page) or after its last. So:
 * - a version ranking before the first hit of a later page shifts the page: undefined;
 * - a version at the cached generation on the page leaves it; one ranking after the page changes nothing here;
 * - a current version ranking among the hits joins the page; one ranking after the last hit of a full page
 *   changes nothing here (documents not known here may rank before it);
 * - the page is then every hit left and joined, in order, cut to the page size; if fewer remain than the page
 *   size while the cached page was full, the documents that would fill it are not known: undefined.
 * Versions are placed by the page's whole order (rank, publication to the microsecond, entity id), as the
 * statement orders it, so two documents of the same rank are never a reason to compute it again.
 */
function pageWithChanges(cached: SearchResult, cachedPage: RankedPage, versions: readonly ChangedVersion[], order: ResultOrder): RankedPage | undefined {
  if (versions.length === 0) return cachedPage;
  const entries = cachedPage.hits.map((hit, index): PageEntry => ({ hit, published: cachedPage.published[index] as number }));
  const full = entries.length === cached.pageSize;
  const first = entries[0];
  const last = entries[entries.length - 1];
  if (cached.page > 1 && first === undefined) return undefined;
  const gone = new Set<string>();
  for (const version of versions) {
    if (cached.page > 1 && first !== undefined && compareToHit(version, first, order) !== "after") return undefined;
    if (version.sign === -1) {
      const onPage = entries.some((entry) => entry.hit.entityId === version.entity_id);
      if (onPage) gone.add(version.entity_id);
      // Not on the page: it must rank after it (a full page 1 holds every document before its last hit).
      else if (last !== undefined && compareToHit(version, last, order) !== "after") return undefined;
    }
  }
  const page = entries.filter((entry) => !gone.has(entry.hit.entityId));
  for (const version of versions) {
    if (version.sign !== 1) continue;
    const position = last === undefined ? "before" : compareToHit(version, last, order);
    if (position === "same") return undefined;
    if (full && position === "after") continue;
    if (version.hit === null) return undefined;
    let index = 0;
    for (; index < page.length; index += 1) {
      const against = compareToHit(version, page[index] as PageEntry, order);
      if (against === "same") return undefined;
      if (against === "before") break;
    }
    page.splice(index, 0, { hit: toSearchHit(version.hit), published: Number(version.published_ms) });
  }
  if (page.length < cached.pageSize && full) return undefined;
  const kept = page.slice(0, cached.pageSize);
  return { hits: kept.map((entry) => entry.hit), published: kept.map((entry) => entry.published) };
}

type PageEntry = { hit: SearchHit; published: number };

/**
 * Where a version ranks against a hit in the page's order — by relevance: rank (descending), publication
 * (newest first), entity id; newest first: publication, entity id — or "same" for the hit's own document, which
 * a version only meets here if its earlier version was not seen leaving the page.
 * Both ranks come from the same `searchRank` SQL on the same columns, in double precision (which JSON carries
 * exactly), so this comparison orders them as the statement does, and equal ranks are equal here too.
 */
function compareToHit(version: ChangedVersion, entry: PageEntry, order: ResultOrder): "before" | "after" | "same" {
  if (order === "relevance") {
    const rank = Number(version.rank);
    if (rank !== entry.hit.rank) return rank > entry.hit.rank ? "before" : "after";
  }
  const published = Number(version.published_ms);
  if (published !== entry.published) return published > entry.published ? "before" : "after";
  if (version.entity_id === entry.hit.entityId) return "same";
  return version.entity_id < entry.hit.entityId ? "before" : "after";
}
