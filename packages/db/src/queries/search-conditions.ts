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

/** A document's folded words and their stems together: what a query word matches, GIN-indexed as one (migration 0029). */
const documentWords = sql`(d.tsv || d.stemmed)`;

/** A query word as one tsquery: a prefix of a folded word, a close spelling, or its Russian or English stem. */
const wordTsquery = (query: TokenQuery): SQL =>
  sql`(to_tsquery('simple', ${query.simple}) || to_tsquery('russian', ${query.raw}) || to_tsquery('english', ${query.raw}))`;

/** How many words of a query a document must match: all of one or two, most of three or more. */
export function wordsNeeded(words: number): number {
  return words <= 2 ? words : Math.floor(words / 2) + 1;
}

export type TextMatching = {
  /** The documents the words find, as a condition on a row `d` tested one by one (`true` without words). */
  condition: SQL;
  /** How many of the words a row `d` matches. */
  matchedWords: SQL;
  needed: number;
  /** Whether any word of the query is in the document's own text (title, description, company name): `own_tsv`. */
  inOwnText: SQL;
  /**
   * Whether every word of the query is in the document's title or description (weight A of `own_tsv`): the
   * documents that rank first (search-rank.ts). Such a document matches every word.
   */
  everyWordInTitleOrDescription: SQL;
  /**
   * The same documents of `search_documents`, for the statements that read the table (the page and the counts):
   * `from` replaces `search_documents d` in their FROM clause, `fromCondition` what remains to test on `d`, and
   * `fromMatchedWords` how many words each matches.
   */
  from: SQL;
  fromCondition: SQL;
  fromMatchedWords: SQL;
};

/**
 * Every word must match in a query of one or two words; in a longer one, most of them do (one word too many, a
 * place the documents do not name, must not leave the answer empty).
 * A word matches a document's folded words or their stems (`tsv || stemmed`, one GIN index): one tsquery per word.
 * A row tested on its own (the versions of a cached result, the candidates of a page) tries the document's own
 * words first: `own_tsv` is in the row and is part of `tsv`, whose concepts keep it in TOAST, so a word found
 * there costs no TOAST read. The table is read otherwise: when every word must match (one or two), through the
 * index with one tsquery of all the words, which the index intersects itself, so the table reads only documents
 * with every word; with three or more, each word's documents come from the index alone and are counted per
 * document (`m.words`). Tested row by row there, the planner would find one word's documents through an index and
 * test the other words on each, reading its TOASTed `tsv` and `stemmed` (the page of a three-word company name at
 * size S: 215 ms that way, 38 ms this way; docs/performance.md). It does so as soon as it may: the second word's
 * ids as `d.id in (…)` made it look each of the first word's documents up by id and test the second word on it
 * (two common words at size M: 563–680 ms against 149–232).
 */
export function textMatching(queries: readonly TokenQuery[]): TextMatching {
  const indexMatches = queries.map((query) => sql`${documentWords} @@ (select ${wordTsquery(query)})`);
  const rowMatches = queries.map(
    (query) => sql`(d.own_tsv @@ ${simpleQuery(query.simple)} or ${documentWords} @@ (select ${wordTsquery(query)}))`,
  );
  const needed = wordsNeeded(queries.length);
  const counted = (matches: SQL[]) =>
    sql.join(
      matches.map((match) => sql`case when ${match} then 1 else 0 end`),
      sql` + `,
    );
  const matchedWords = counted(rowMatches);
  const condition =
    queries.length === 0 ? sql`true` : needed === queries.length ? sql.join(rowMatches, sql` and `) : sql`(${matchedWords}) >= ${needed}`;
  const inOwnText =
    queries.length === 0 ? sql`false` : sql`d.own_tsv @@ ${simpleQuery(queries.map((query) => `(${query.simple})`).join(" | "))}`;
  const everyWordInTitleOrDescription =
    queries.length === 0 ? sql`false` : sql`d.own_tsv @@ ${simpleQuery(queries.map((query) => `(${query.own})`).join(" & "))}`;
  if (needed === queries.length) {
    // Every word (none, one or two): one tsquery of all of them, which the index intersects.
    const every = sql.join(queries.map(wordTsquery), sql` && `);
    const fromCondition = queries.length === 0 ? sql`true` : sql`${documentWords} @@ (select ${every})`;
    return { condition, matchedWords, needed, inOwnText, everyWordInTitleOrDescription, from: sql`search_documents d`, fromCondition, fromMatchedWords: sql`${needed}` };
  }
  const eachWord = indexMatches.map((match) => sql`select d.id from search_documents d where ${match}`);
  const from = sql`(select w.id, count(*)::int as words from (${sql.join(eachWord, sql` union all `)}) w
      group by w.id having count(*) >= ${needed}) m
    join search_documents d on d.id = m.id`;
  return { condition, matchedWords, needed, inOwnText, everyWordInTitleOrDescription, from, fromCondition: sql`true`, fromMatchedWords: sql`m.words` };
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

/** What a search's counts depend on — the words as matched, the filters and the count limit — in a canonical form. */
export function countsKey(queries: readonly TokenQuery[], filters: SearchFilters, countLimit: number | undefined): string {
  return JSON.stringify([queries.map((query) => [query.simple, query.raw]), filtersKey(filters), countLimit ?? null]);
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

/**
 * Null (not false) on a null column: every use of the filters treats null as failing (WHERE, AND and OR without
 * NOT, a flag read as `=== true`). Wrapped in `coalesce(…, false)`, the condition hid the column from the planner:
 * browsing by the newest with four filters that no document passes walked the publication index through all
 * 355,000 documents at size M (520 ms) instead of intersecting the filters' indexes (12 ms).
 */
function inList(column: SQL, values: readonly string[] | undefined): SQL {
  if (values === undefined || values.length === 0) return sql`true`;
  return sql`${column} = any(${textArray(values)})`;
}

function overlaps(column: SQL, values: readonly string[] | undefined): SQL {
  if (values === undefined || values.length === 0) return sql`true`;
  return sql`${column} && ${textArray(values)}`;
}
