import { sql, type SQL } from "drizzle-orm";
import { type SearchFacet, searchFacets } from "./search-facet-counts";

/**
 * The conditions of partner search on a row `d` with search_documents' columns: search_documents itself, and
 * search_document_changes when a cached result is checked against what was written since (search-result-cache.ts).
 * One definition of what matches, for both.
 */

export type SearchFilters = {
  /** `company`, `offer`, `request`, `joint-project`. */
  kinds?: readonly string[];
  countries?: readonly string[];
  regions?: readonly string[];
  sectors?: readonly string[];
  hsChapters?: readonly string[];
  cooperationKinds?: readonly string[];
  sizeBands?: readonly string[];
  economicZones?: readonly string[];
  verifiedOnly?: boolean;
};

/** Per query word: any match, a match in the document's own text (weight A), and the word for the stemmers. */
export type TokenQuery = { simple: string; own: string; raw: string };

export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`array[]::text[]`;
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

// Each tsquery is a scalar subquery, so PostgreSQL builds it once per statement (an InitPlan) rather than
// parsing and stemming the words again for every document it ranks (to_tsquery is only STABLE).
export const simpleQuery = (source: string): SQL => sql`(select to_tsquery('simple', ${source}))`;
const stemmedQuery = (raw: string): SQL => sql`(select to_tsquery('russian', ${raw}) || to_tsquery('english', ${raw}))`;

/** How many words of a query a document must match: all of one or two, most of three or more. */
export function wordsNeeded(words: number): number {
  return words <= 2 ? words : Math.floor(words / 2) + 1;
}

export type TextMatching = {
  /** The documents the words find (`true` without words). */
  condition: SQL;
  /** How many of the words a document matches. */
  matchedWords: SQL;
  needed: number;
};

/**
 * Every word must match in a query of one or two words; in a longer one, most of them do (one word too many, a
 * place the documents do not name, must not leave the answer empty).
 */
export function textMatching(queries: readonly TokenQuery[]): TextMatching {
  const wordMatches = queries.map(
    (query) => sql`(d.tsv @@ ${simpleQuery(query.simple)} or d.stemmed @@ ${stemmedQuery(query.raw)})`,
  );
  const needed = wordsNeeded(queries.length);
  const matchedWords = sql.join(
    wordMatches.map((match) => sql`case when ${match} then 1 else 0 end`),
    sql` + `,
  );
  const condition =
    queries.length === 0
      ? sql`true`
      : needed === queries.length
        ? sql.join(wordMatches, sql` and `)
        : queries.length <= maxWordsAsCombinations
          ? sql`(${sql.join(
              combinations(wordMatches, needed).map((words) => sql`(${sql.join(words, sql` and `)})`),
              sql` or `,
            )})`
          : sql`(${sql.join(wordMatches, sql` or `)}) and (${matchedWords}) >= ${needed}`;
  return { condition, matchedWords, needed };
}

/**
 * Up to this many words, "most of the words" is written as the OR of every choice of enough of them (4 choices of
 * 3 of 4 words): the GIN indexes then intersect the words' postings and find exactly the documents with enough of
 * them. Written as a sum, the index can only find those with any of the words (every "LLC" of a company name), and
 * each of those is read from TOAST to count its words: seconds at size M. Beyond it the choices grow too many.
 */
const maxWordsAsCombinations = 4;

/** Every choice of `size` items of `items`, in order. */
function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, index) => combinations(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]));
}

export type FilterConditions = {
  /** One condition per facet: the filter on it, or `true` when it is not filtered. */
  flags: Record<SearchFacet, SQL>;
  active: SearchFacet[];
  /**
   * With two or more active filters, the documents the facet counts read: those failing at most one of them (each
   * facet counts given every OTHER filter, so a document failing two counts nowhere). Undefined with fewer: the
   * counts then read every document the words find.
   */
  narrow: SQL | undefined;
};

export function filterConditions(filters: SearchFilters): FilterConditions {
  const flags = facetFlags(filters);
  const active = activeFilters(filters);
  const narrow =
    active.length < 2
      ? undefined
      : sql`(${sql.join(
          active.map((skipped) => sql`(${sql.join(active.filter((facet) => facet !== skipped).map((facet) => flags[facet]), sql` and `)})`),
          sql` or `,
        )})`;
  return { flags, active, narrow };
}

/** What a search's counts depend on — the words as matched and the filters — in a canonical form. */
export function countsKey(queries: readonly TokenQuery[], filters: SearchFilters): string {
  return JSON.stringify([queries.map((query) => [query.simple, query.raw]), filtersKey(filters)]);
}

/** The filters in a canonical form (the order of a filter's values does not matter). */
export function filtersKey(filters: SearchFilters): unknown[] {
  const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();
  return [
    sorted(filters.kinds),
    sorted(filters.countries),
    sorted(filters.regions),
    sorted(filters.sectors),
    sorted(filters.hsChapters),
    sorted(filters.cooperationKinds),
    sorted(filters.sizeBands),
    sorted(filters.economicZones),
    filters.verifiedOnly === true,
  ];
}

/** The values each facet is filtered by (empty when it is not). */
export function filterValues(filters: SearchFilters): Record<SearchFacet, readonly string[]> {
  return {
    kind: filters.kinds ?? [],
    country: filters.countries ?? [],
    region: filters.regions ?? [],
    sector: filters.sectors ?? [],
    hsChapter: filters.hsChapters ?? [],
    cooperationKind: filters.cooperationKinds ?? [],
    sizeBand: filters.sizeBands ?? [],
    economicZone: filters.economicZones ?? [],
    verified: filters.verifiedOnly === true ? ["true"] : [],
  };
}

function activeFilters(filters: SearchFilters): SearchFacet[] {
  const values = filterValues(filters);
  return searchFacets.filter((facet) => values[facet].length > 0);
}

function facetFlags(filters: SearchFilters): Record<SearchFacet, SQL> {
  return {
    kind: inList(sql`d.kind`, filters.kinds),
    country: inList(sql`d.country`, filters.countries),
    region: inList(sql`d.region`, filters.regions),
    sector: overlaps(sql`d.sectors`, filters.sectors),
    hsChapter: overlaps(sql`d.hs_chapters`, filters.hsChapters),
    cooperationKind: overlaps(sql`d.cooperation_kinds`, filters.cooperationKinds),
    sizeBand: inList(sql`d.size_band`, filters.sizeBands),
    economicZone: inList(sql`d.economic_zone`, filters.economicZones),
    verified: filters.verifiedOnly === true ? sql`d.verified` : sql`true`,
  };
}

function inList(column: SQL, values: readonly string[] | undefined): SQL {
  if (values === undefined || values.length === 0) return sql`true`;
  return sql`coalesce(${column} = any(${textArray(values)}), false)`;
}

function overlaps(column: SQL, values: readonly string[] | undefined): SQL {
  if (values === undefined || values.length === 0) return sql`true`;
  return sql`${column} && ${textArray(values)}`;
}
