import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { executeRows } from "./execute-rows";
import { generationCachePerClient, generationText } from "./generation-cache";

/** The facets of partner search, in the order the filters show them. */
export const searchFacets = [
  "kind",
  "country",
  "region",
  "sector",
  "hsChapter",
  "cooperationKind",
  "sizeBand",
  "economicZone",
  "verified",
] as const;
export type SearchFacet = (typeof searchFacets)[number];

export type FacetCount = { value: string; count: number };

export type FacetCounts = {
  /** Documents matching the text and every filter. */
  total: number;
  /** Per facet, the count of each value given the text and every OTHER active filter. */
  facets: Record<SearchFacet, FacetCount[]>;
};

type CountsRow = {
  total: number | string;
  facets: { facet: SearchFacet; value: string; count: number | string }[] | null;
  generation: number | string | null;
  next_expiry: string | Date | null;
};

const countCacheOf = generationCachePerClient<FacetCounts>("search facet counts");

/** Counts with what they hold under: the generation of the search documents and the earliest expiry (ms) among them. */
export type CountedFacets = { counts: FacetCounts; generation: string | null; expiresAt: number };

/**
 * The total and the facet counts of a search (`matches`: its text and time conditions on `search_documents d`;
 * `flags`: one filter condition per facet). With a `key` (what the counts depend on) they are served from the
 * cache while exact (generation-cache.ts); `generation` is the one the caller's page of hits was read under.
 */
export async function countSearchFacets(
  db: Db,
  input: { key?: string; generation: number | string | null; now: Date; matches: SQL; flags: Record<SearchFacet, SQL> },
): Promise<CountedFacets> {
  const cache = input.key === undefined ? undefined : countCacheOf(db);
  const at = input.now.getTime();
  if (cache !== undefined && input.key !== undefined && input.generation !== null) {
    const cached = cache.entry(input.key, String(input.generation), at);
    if (cached !== undefined) return { counts: structuredClone(cached.value), generation: cached.generation, expiresAt: cached.expiresAt };
  }

  const flagColumn = (facet: SearchFacet) => sql.raw(`f_${facet}`);
  const allFlags = sql.join(
    searchFacets.map((facet) => flagColumn(facet)),
    sql` and `,
  );
  const othersThan = (except: SearchFacet) =>
    sql.join(
      searchFacets.filter((facet) => facet !== except).map((facet) => flagColumn(facet)),
      sql` and `,
    );
  const scalarFacet = (facet: SearchFacet, column: string) =>
    sql`select ${facet}::text as facet, ${sql.raw(column)} as value, count(*) as count from matched
        where ${othersThan(facet)} and ${sql.raw(column)} is not null group by ${sql.raw(column)}`;
  const arrayFacet = (facet: SearchFacet, column: string) =>
    sql`select ${facet}::text as facet, v as value, count(*) as count from matched, unnest(${sql.raw(column)}) as v
        where ${othersThan(facet)} group by v`;

  // `matched` is narrow on purpose — facet codes and one flag per filter, no text or display record — because it
  // is materialized once and scanned by every count: wide rows spilled it to disk (the profile in docs/performance.md).
  const [row] = await executeRows<CountsRow>(
    db,
    sql`
      with matched as materialized (
        select d.kind, d.country, d.region, d.sectors, d.hs_chapters, d.cooperation_kinds, d.size_band,
               d.economic_zone, d.verified, d.valid_until,
               ${sql.join(
                 searchFacets.map((facet) => sql`(${input.flags[facet]}) as ${flagColumn(facet)}`),
                 sql`, `,
               )}
        from search_documents d
        where ${input.matches}
      ),
      facets as (
        ${scalarFacet("kind", "kind")}
        union all ${scalarFacet("country", "country")}
        union all ${scalarFacet("region", "region")}
        union all ${arrayFacet("sector", "sectors")}
        union all ${arrayFacet("hsChapter", "hs_chapters")}
        union all ${arrayFacet("cooperationKind", "cooperation_kinds")}
        union all ${scalarFacet("sizeBand", "size_band")}
        union all ${scalarFacet("economicZone", "economic_zone")}
        union all select 'verified', 'true', count(*) from matched where ${othersThan("verified")} and verified
      )
      select (select count(*) from matched where ${allFlags}) as total,
             (select json_agg(facets) from facets) as facets,
             (select min(valid_until) from matched) as next_expiry,
             (select generation from search_generation) as generation`,
  );

  const facets = Object.fromEntries(searchFacets.map((facet) => [facet, [] as FacetCount[]])) as Record<SearchFacet, FacetCount[]>;
  for (const entry of row?.facets ?? []) {
    const count = Number(entry.count);
    if (count > 0) facets[entry.facet].push({ value: entry.value, count });
  }
  for (const facet of searchFacets) facets[facet].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const counts: FacetCounts = { total: Number(row?.total ?? 0), facets };
  const generation = generationText(row?.generation);
  const expiresAt = row?.next_expiry === null || row?.next_expiry === undefined ? Number.POSITIVE_INFINITY : new Date(row.next_expiry).getTime();

  if (cache !== undefined && input.key !== undefined && generation !== null) {
    cache.set(input.key, { generation, computedAt: at, expiresAt, value: structuredClone(counts) });
  }
  return { counts, generation, expiresAt };
}
