import { sql, type SQL } from "drizzle-orm";
import type { SearchResult } from "./search";
import { filterConditions, textMatching, type SearchFilters } from "./search-conditions";
import { byCount, type FacetColumnsRow, type FacetCount, facetValuesOf, type SearchFacet, searchFacets } from "./search-facet-counts";
import { searchRank, type RankPlan } from "./search-rank";

/**
 * Bringing a result cached under an older generation of the search documents up to date with the versions written
 * since (search_document_changes), instead of computing it again. For each document written since, its version at
 * the cached generation (the old row of its first change; none when that change inserted it) counted in the cached
 * answer, and its current version counts now. When neither ranks on or before the last hit of the cached page,
 * the page is the same and the counts move by what the two versions count: the result is exact, like a computed
 * one. Otherwise the search is computed again.
 */

/** How the cached page is ordered (search.ts): by rank, or by publication. */
export type ResultOrder = "relevance" | "newest";

/** A version of a document written since the cached generation, as it counts in the search. */
export type ChangedVersion = FacetColumnsRow & {
  /** -1: the version at the cached generation (it counted then); 1: the current version (it counts now). */
  sign: -1 | 1;
  /** Per facet in `searchFacets` order, whether the version passes that facet's filter. */
  passes: boolean[];
  rank: number;
  /** Publication instant in milliseconds since the epoch, with its microseconds as a fraction. */
  published_ms: number;
  valid_until: string | null;
};

/**
 * The versions that count in a search, written after `generation`: those its words find and that pass all but at
 * most one of its filters (`narrow`: the documents its counts read), each with its rank and filter flags. The
 * version at the cached generation counts if it was live when the result was computed (`computedAt`); the
 * current version if it is live `now`. `d` is a row with search_documents' columns in both parts.
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
      select -1 as sign, ${columns} from search_document_changes d join since s on s.id = d.id
      where not s.is_new and ${live(input.computedAt)}
      union all
      select 1 as sign, ${columns} from search_documents d join since s on s.entity_id = d.entity_id
      where ${live(input.now)}
    ),
    counting as (
      select d.sign, d.kind, d.country, d.region, d.sectors, d.hs_chapters, d.cooperation_kinds, d.size_band,
             d.economic_zone, d.verified, d.valid_until,
             array[${sql.join(
               searchFacets.map((facet) => flags[facet]),
               sql`, `,
             )}] as passes,
             ${searchRank(input.plan)} as rank,
             extract(epoch from d.published_at) * 1000 as published_ms
      from versions d
      where ${condition} and ${narrow ?? sql`true`}
    )
    select json_agg(counting) from counting`;
}

/**
 * The cached result brought up to date with the versions written since, or undefined when one of them ranks on
 * or before the cached page's last hit (or the page is not full: any version passing every filter lands on it),
 * so the page itself may have changed and must be computed. Returns the cached result itself when nothing counts.
 */
export function resultWithChanges(cached: SearchResult, versions: readonly ChangedVersion[], order: ResultOrder): SearchResult | undefined {
  if (versions.length === 0) return cached;
  const last = cached.hits.length === cached.pageSize ? cached.hits[cached.hits.length - 1] : undefined;
  let total = cached.total;
  const counts = new Map(searchFacets.map((facet) => [facet, new Map(cached.facets[facet].map(({ value, count }) => [value, count]))]));
  for (const version of versions) {
    const failing = searchFacets.filter((_, index) => version.passes[index] !== true);
    if (failing.length === 0) {
      if (last === undefined || !ranksAfter(version, last, order)) return undefined;
      total += version.sign;
    }
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
  return { ...cached, total, facets };
}

/**
 * Whether a version ranks strictly after the page's last hit. A tie in rank (or, by publication, an instant
 * within the millisecond the hit's time keeps) counts as not after: the page is computed again rather than
 * ordered by the next key here.
 */
function ranksAfter(version: ChangedVersion, last: SearchResult["hits"][number], order: ResultOrder): boolean {
  // The hit's time is cut to the millisecond, so its true instant is at or after it.
  if (order === "newest") return version.published_ms < last.publishedAt.getTime();
  return version.rank < last.rank;
}
