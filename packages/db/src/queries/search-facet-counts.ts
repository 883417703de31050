import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { executeRows } from "./execute-rows";
import { generationCachePerClient, generationText, type GenerationCacheEntry } from "./generation-cache";

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

/**
 * Where a facet's values are in search_documents: a column of one value (null: none), an array column (each
 * element a value), or the `verified` flag (value 'true' when set). Both ways of counting read them from here.
 */
const facetColumns: Record<SearchFacet, { column: string; array?: true }> = {
  kind: { column: "kind" },
  country: { column: "country" },
  region: { column: "region" },
  sector: { column: "sectors", array: true },
  hsChapter: { column: "hs_chapters", array: true },
  cooperationKind: { column: "cooperation_kinds", array: true },
  sizeBand: { column: "size_band" },
  economicZone: { column: "economic_zone" },
  verified: { column: "verified" },
};

export type FacetCount = { value: string; count: number };

/** A filter of one value on one facet, as the counters are kept for. */
export type FacetFilter = { facet: SearchFacet; value: string };

/** A document's facet columns as a statement returns them (search_documents' column names). */
export type FacetColumnsRow = {
  kind: string;
  country: string;
  region: string | null;
  sectors: string[];
  hs_chapters: string[];
  cooperation_kinds: string[];
  size_band: string | null;
  economic_zone: string | null;
  verified: boolean;
};

/** The values a document counts under for one facet, as the counting statements read them (an array's every element). */
export function facetValuesOf(row: FacetColumnsRow, facet: SearchFacet): string[] {
  const { column, array } = facetColumns[facet];
  const value = row[column as keyof FacetColumnsRow];
  if (facet === "verified") return value === true ? ["true"] : [];
  if (array === true) return value as string[];
  return value === null ? [] : [value as string];
}

/** The order facet values are shown in: most documents first, then by value. */
export function byCount(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || a.value.localeCompare(b.value);
}

export type FacetCounts = {
  /** Documents matching the text and every filter: all of them, or a lower bound above the count limit. */
  total: number;
  /** False when `total` is a lower bound: more documents passed than the count limit, and counting stopped. */
  totalExact: boolean;
  /** Per facet, the count of each value given the text and every OTHER active filter. */
  facets: Record<SearchFacet, FacetCount[]>;
  /** False when the facet counts are lower bounds: the documents they count were more than the count limit. */
  countsExact: boolean;
};

type CountsRow = {
  total: number | string;
  /** The documents the facet counts read, up to one more than the count limit; null: none, all from the counters. */
  counted: number | string | null;
  facets: { facet: SearchFacet; value: string; count: number | string }[] | null;
  generation: number | string | null;
  next_expiry: string | Date | null;
};

const countCacheOf = generationCachePerClient<FacetCounts>("search facet counts");

/** Counts with what they hold under: the generation of the search documents and the earliest expiry (ms) among them. */
export type CountedFacets = { counts: FacetCounts; generation: string | null; expiresAt: number };

/** What a search's counts are counted over: its matches and filters, or the counters for browsing. */
type CountsSource = {
  now: Date;
  /** What the matches are read from: `search_documents d`, or the documents the words find joined to it. */
  from: SQL;
  /** The text and time conditions on `d`. */
  matches: SQL;
  /** One filter condition per facet (`true` when it is not filtered). */
  flags: Record<SearchFacet, SQL>;
  /** The facets filtered on. */
  active: readonly SearchFacet[];
  /** Only documents meeting this need counting: those failing at most one of the active filters. */
  narrow?: SQL;
  /**
   * How many documents to count at most: beyond it the counts are lower bounds (`countsExact` false, a total of one
   * more than the limit). Undefined: count every match.
   */
  limit: number | undefined;
  /**
   * Browsing with no words and at most two filters of one value each: the counts come from
   * `search_facet_counts` (with two filters, those of the filtered facets), less the documents past their
   * validity that the expiry job has not removed yet.
   */
  counters?: readonly FacetFilter[];
};

/**
 * The total and the facet counts of a search. With a `key` (what the counts depend on) they are served from the
 * cache while exact (generation-cache.ts); `generation` is the one the caller's page of hits was read under.
 */
export async function countSearchFacets(
  db: Db,
  input: CountsSource & { key?: string; generation: number | string | null },
): Promise<CountedFacets> {
  const cache = input.key === undefined ? undefined : countCacheOf(db);
  const at = input.now.getTime();
  if (cache !== undefined && input.key !== undefined && input.generation !== null) {
    const cached = cache.entry(input.key, String(input.generation), at);
    if (cached !== undefined) return { counts: structuredClone(cached.value), generation: cached.generation, expiresAt: cached.expiresAt };
  }

  const [row] = await executeRows<CountsRow>(db, countsStatement(input));
  const facets = Object.fromEntries(searchFacets.map((facet) => [facet, [] as FacetCount[]])) as Record<SearchFacet, FacetCount[]>;
  for (const entry of row?.facets ?? []) {
    const count = Number(entry.count);
    if (count > 0) facets[entry.facet].push({ value: entry.value, count });
  }
  for (const facet of searchFacets) facets[facet].sort(byCount);
  const total = Number(row?.total ?? 0);
  // The counters hold every document's counts; a statement that counts documents stops one past the limit.
  const limit = row?.counted === null ? undefined : input.limit;
  const counts: FacetCounts = {
    total,
    totalExact: limit === undefined || total <= limit,
    facets,
    countsExact: limit === undefined || Number(row?.counted ?? 0) <= limit,
  };
  const generation = generationText(row?.generation);
  const expiresAt = row?.next_expiry === null || row?.next_expiry === undefined ? Number.POSITIVE_INFINITY : new Date(row.next_expiry).getTime();

  if (cache !== undefined && input.key !== undefined && generation !== null) {
    cache.set(input.key, { generation, computedAt: at, expiresAt, value: structuredClone(counts) });
  }
  return { counts, generation, expiresAt };
}

/**
 * Keeps counts known without counting them (a cached result's counts brought up to date with the writes since,
 * search-result-cache.ts) under the generation they hold at, so the search computing that result's page again
 * finds them instead of counting every match.
 */
export function keepSearchCounts(db: Db, key: string, entry: GenerationCacheEntry<FacetCounts>): void {
  countCacheOf(db)?.set(key, { ...entry, value: structuredClone(entry.value) });
}

const flagColumn = (facet: SearchFacet) => sql.raw(`f_${facet}`);

/** The statement that counts: by counting the matches, or from the counters for browsing with up to two filters. */
function countsStatement(input: CountsSource): SQL {
  const [first, second] = input.counters ?? [];
  if (input.counters === undefined) return countingStatement(input);
  if (first !== undefined && second !== undefined) return pairCountersStatement(input, [first, second]);
  return countersStatement(input.now, first ?? null);
}

/**
 * Per facet, its values' counts over the rows of `matched` for which `given(facet)` holds, as (facet, value, count)
 * rows; an array facet counts every element.
 */
function groupedCounts(facets: readonly SearchFacet[], given: (facet: SearchFacet) => SQL): SQL {
  const facetCount = (facet: SearchFacet) => {
    const { column, array } = facetColumns[facet];
    const values = sql.raw(column);
    if (facet === "verified") return sql`select ${facet}::text as facet, 'true' as value, count(*) as count from matched where ${given(facet)} and ${values}`;
    // unnest in the select list (a ProjectSet) streams each row's elements; as a function in FROM it builds a
    // tuplestore per row, twice as slow over the matches of a common word.
    if (array === true) {
      return sql`select ${facet}::text as facet, v as value, count(*) as count
        from (select unnest(${values}) as v from matched where ${given(facet)}) elements group by v`;
    }
    return sql`select ${facet}::text as facet, ${values} as value, count(*) as count from matched
        where ${given(facet)} and ${values} is not null group by ${values}`;
  };
  return sql.join(facets.map(facetCount), sql` union all `);
}

// `matched` is narrow on purpose — facet codes (and, when counting, one flag per filter), no text or display
// record — because it is materialized once and scanned by every count: wide rows spilled it to disk (the profile
// in docs/performance.md).
const facetCodeColumns = sql.raw(
  "d.kind, d.country, d.region, d.sectors, d.hs_chapters, d.cooperation_kinds, d.size_band, d.economic_zone, d.verified, d.valid_until",
);

/** `limit n` for one more than the count limit (the row that shows there are more), nothing without one. */
const pastLimit = (limit: number | undefined): SQL => (limit === undefined ? sql`` : sql`limit ${limit + 1}`);

/**
 * Counts the matching documents, up to the count limit: `found` reads them as they are asked for (a materialized
 * CTE is read lazily, and planned without the limit, so through the GIN indexes: planned with it, PostgreSQL
 * scanned the table and read every row's TOASTed `tsv`); `matched` keeps the first of them, one GROUP BY per
 * facet reads those; the total reads `found` until it has the limit's worth passing every filter, which is further
 * than `matched` when the filters are narrow.
 * Only the filtered facets get a flag column: a column that is always true would be filtered on all the same, and
 * the planner, taking each such filter to halve the rows, would expect almost none and group the thousands a common
 * word matches by sorting them, about twice as slow as hashing.
 * The counts hold until the earliest expiry among the documents they counted: one that was not counted leaves a
 * lower bound true when it expires.
 */
function countingStatement(input: CountsSource): SQL {
  const { active } = input;
  const passing = (facets: readonly SearchFacet[]) => (facets.length === 0 ? sql`true` : sql.join(facets.map(flagColumn), sql` and `));
  const flagColumns = active.map((facet) => sql`, (${input.flags[facet]}) as ${flagColumn(facet)}`);
  return sql`
      with found as materialized (
        select ${facetCodeColumns}${sql.join(flagColumns, sql``)}
        from ${input.from}
        where ${input.matches} and ${input.narrow ?? sql`true`}
      ),
      matched as materialized (select * from found ${pastLimit(input.limit)}),
      totalled as materialized (select valid_until from found where ${passing(active)} ${pastLimit(input.limit)}),
      facets as (${groupedCounts(searchFacets, (facet) => passing(active.filter((other) => other !== facet)))})
      select (select count(*) from totalled) as total,
             (select count(*) from matched) as counted,
             (select json_agg(facets) from facets) as facets,
             least((select min(valid_until) from matched), (select min(valid_until) from totalled)) as next_expiry,
             (select generation from search_generation) as generation`;
}

/**
 * The facet values of documents (`source`: rows of search_documents' columns) as (facet, value) rows, `*` for the
 * document itself: the same definition as search_facet_pairs_sql() of migration 0018, which keeps the counters.
 */
function facetValues(source: string): SQL {
  const valuesOf = (facet: SearchFacet) => {
    const { column, array } = facetColumns[facet];
    if (facet === "verified") return `select '${facet}', 'true' where c.${column}`;
    if (array === true) return `select '${facet}', s from unnest(c.${column}) s`;
    return `select '${facet}', c.${column} where c.${column} is not null`;
  };
  const values = ["select '*'::text as facet, '*'::text as value", ...searchFacets.map(valuesOf)].join("\n      union all ");
  return sql.raw(`select c.entity_id, v.facet, v.value from ${source} c cross join lateral (
      ${values}) v`);
}

/**
 * The counters' rows `which` selects (on `c`, a row of search_facet_counts), as `picked` (facet, value, count),
 * less the documents past their validity still in the table (few: the expiry job removes them), counted the same
 * way: exact at `now`. Opens a WITH list that a statement continues.
 */
function pickedCounters(nowIso: string, which: SQL): SQL {
  return sql`
    with expired as materialized (
      select d.entity_id, d.kind, d.country, d.region, d.sectors, d.hs_chapters, d.cooperation_kinds, d.size_band,
             d.economic_zone, d.verified
      from search_documents d where d.valid_until is not null and d.valid_until <= ${nowIso}::timestamptz
    ),
    vals as (${facetValues("expired")}),
    gone as (
      select g.facet as given_facet, g.value as given_value, t.facet, t.value, count(*) as n
      from vals g join vals t on t.entity_id = g.entity_id group by 1, 2, 3, 4
    ),
    picked as (
      select c.facet, c.value, c.count - coalesce(e.n, 0) as count
      from search_facet_counts c
      left join gone e on e.given_facet = c.given_facet and e.given_value = c.given_value and e.facet = c.facet and e.value = c.value
      where ${which}
    )`;
}

/** The earliest expiry still ahead among all documents: what counts read from the counters hold until. */
const nextExpiry = (nowIso: string) => sql`(select min(valid_until) from search_documents where valid_until > ${nowIso}::timestamptz)`;

/**
 * Browsing's counts from the maintained counters: with filter F = v, facet F counts over every document and the
 * other facets over those with F = v (each facet given every OTHER filter); the total is the documents with
 * F = v.
 */
function countersStatement(now: Date, given: FacetFilter | null): SQL {
  const nowIso = now.toISOString();
  const givenFacet = given?.facet ?? "*";
  const givenValue = given?.value ?? "*";
  const ownFacet = given?.facet ?? "";
  return sql`
    ${pickedCounters(
      nowIso,
      sql`(c.given_facet = ${givenFacet} and c.given_value = ${givenValue} and c.facet <> ${ownFacet})
         or (c.given_facet = '*' and c.given_value = '*' and c.facet = ${ownFacet})`,
    )}
    select coalesce((select count from picked where facet = '*'), 0) as total,
           null::bigint as counted,
           (select json_agg(picked) from picked where facet <> '*' and count > 0) as facets,
           ${nextExpiry(nowIso)} as next_expiry,
           (select generation from search_generation) as generation`;
}

/**
 * Browsing with two filters of one value each, F = v and G = w: F's counts given G = w and G's given F = v are
 * counters; the other facets and the total count the documents passing both (`matches`: browsing's time
 * condition; `flags`: the filters') up to the count limit, as `countingStatement` does — far fewer than the
 * documents failing at most one filter, which counting every facet would read.
 */
function pairCountersStatement(input: { now: Date; matches: SQL; flags: Record<SearchFacet, SQL>; limit: number | undefined }, given: readonly [FacetFilter, FacetFilter]): SQL {
  const nowIso = input.now.toISOString();
  const [f, g] = given;
  const others = searchFacets.filter((facet) => facet !== f.facet && facet !== g.facet);
  return sql`
    ${pickedCounters(
      nowIso,
      sql`(c.given_facet = ${g.facet} and c.given_value = ${g.value} and c.facet = ${f.facet})
         or (c.given_facet = ${f.facet} and c.given_value = ${f.value} and c.facet = ${g.facet})`,
    )},
    found as materialized (
      select ${facetCodeColumns} from search_documents d where ${input.matches} and ${input.flags[f.facet]} and ${input.flags[g.facet]}
    ),
    matched as materialized (select * from found ${pastLimit(input.limit)}),
    facets as (
      select facet, value, count from picked
      union all ${groupedCounts(others, () => sql`true`)}
    )
    select (select count(*) from matched) as total,
           (select count(*) from matched) as counted,
           (select json_agg(facets) from facets where count > 0) as facets,
           ${nextExpiry(nowIso)} as next_expiry,
           (select generation from search_generation) as generation`;
}
