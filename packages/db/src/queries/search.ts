import type { LocalizedText } from "@karvon/data";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { executeRows } from "./execute-rows";
import { generationCachePerClient, generationText } from "./generation-cache";
import { countSearchFacets, type FacetCount, type SearchFacet, searchFacets } from "./search-facet-counts";
export { searchFacets, type FacetCount, type SearchFacet } from "./search-facet-counts";
import { conceptsOf, foldedStopWords, parseQueryTokens, type QueryToken } from "./search-text";

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

export type SearchPartnersParams = SearchFilters & {
  text?: string;
  sort?: "relevance" | "newest";
  /** 1-based. */
  page?: number;
  pageSize?: number;
  now?: Date;
  /** Only documents published after this instant (the daily mail of a saved search). */
  publishedAfter?: Date;
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
  total: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  /** Per facet, the count of each value given the text and every OTHER active filter. */
  facets: Record<SearchFacet, FacetCount[]>;
  /** Folded words that matched (query words, their close spellings and stems): the UI highlights them. */
  terms: string[];
};

const safeLexeme = /^[\p{L}\p{N}]+$/u;

function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`array[]::text[]`;
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

/** A tsquery source string from letter-and-digit lexemes only, so no input can produce a syntax error. */
function orQuery(lexemes: readonly { word: string; prefix: boolean }[], weight = ""): string {
  return lexemes
    .filter((lexeme) => safeLexeme.test(lexeme.word))
    .map((lexeme) => `'${lexeme.word}'${lexeme.prefix || weight !== "" ? `:${lexeme.prefix ? "*" : ""}${weight}` : ""}`)
    .join(" | ");
}

type Expansion = { pos: number; word: string; source: "variant" | "stem" | "stop" };

/**
 * Close spellings that really occur in the documents (typos, other word forms) for each token of 4+ letters,
 * the tokens' Russian and English stems (for highlighting), and which tokens are stop words.
 */
async function expandTokens(db: Db, tokens: readonly QueryToken[]): Promise<Expansion[]> {
  const folded = textArray(tokens.map((token) => token.folded));
  const raw = textArray(tokens.map((token) => token.raw));
  return executeRows<Expansion>(
    db,
    sql`
      with t as (select f.token, r.raw, f.pos::int as pos
                 from unnest(${folded}) with ordinality as f(token, pos)
                 join unnest(${raw}) with ordinality as r(raw, pos) using (pos))
      select t.pos, v.word, 'variant' as source
      from t cross join lateral (
        select w.word from search_words w
        where length(t.token) >= 4 and w.word % t.token and w.word <> t.token
        order by similarity(w.word, t.token) desc, w.word
        limit 5
      ) v
      union all
      select t.pos, s.stem, 'stem' from t,
        unnest(coalesce(ts_lexize('russian_stem', t.raw), '{}') || coalesce(ts_lexize('english_stem', t.raw), '{}')) as s(stem)
      union all
      select t.pos, t.raw, 'stop' from t
      where ts_lexize('russian_stem', t.raw) = '{}' or ts_lexize('english_stem', t.raw) = '{}'`,
  );
}

/** Per query word: any match, a match in the document's own text (weight A), and the word for the stemmers. */
type TokenQuery = { simple: string; own: string; raw: string };

type RawHit = Omit<SearchHit, "publishedAt" | "validUntil" | "rank"> & {
  publishedAt: string;
  validUntil: string | null;
  rank: number | string;
};
type HitsRow = { hits: RawHit[] | null; generation: number | string | null };

/**
 * Recency counts from the start of the current hour: a page of results is then the same for a whole hour (until
 * a write or an expiry), so it can be cached, while a rank's recency part (a half-life of months) moves by less
 * than 0.001 % within the hour. Documents published since share the full recency bonus; the newest goes first.
 */
const rankClockMs = 3600 * 1000;

/** Whole results, for searches repeated under one generation of the search documents (generation-cache.ts). */
const resultCacheOf = generationCachePerClient<SearchResult>("search results");

/** Freezes a plain value and everything in it, so a shared cached result cannot be changed by one of its readers. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

async function currentGeneration(db: Db): Promise<string | null> {
  const [row] = await executeRows<{ generation: number | string | null }>(db, sql`select generation from search_generation`);
  return generationText(row?.generation);
}

/**
 * Partner search over `search_documents`: the query is folded with the same `foldText` as the documents, each
 * word matches as a prefix, as a close spelling (pg_trgm) or by its Russian/English stem; every word of a one- or
 * two-word query must match, most words of a longer one (those matching more words first).
 * Two statements: the page of hits, and the total with facet counts for every filter (each reflecting the other
 * active filters), which are cached per generation of the search documents (search-facet-counts.ts). A small
 * dictionary look-up for close spellings precedes them when there is text. A search repeated while the documents
 * and the hour stay the same is answered from a cache of whole results after one read of the generation; such a
 * result is frozen (shared by every reader), so callers copy what they want to change.
 */
export async function searchPartners(db: Db, params: SearchPartnersParams): Promise<SearchResult> {
  const page = Math.max(1, Math.floor(params.page ?? 1));
  const pageSize = Math.min(50, Math.max(1, Math.floor(params.pageSize ?? 20)));
  const now = params.now ?? new Date();
  const rankClock = new Date(Math.floor(now.getTime() / rankClockMs) * rankClockMs);

  // The daily mail's `publishedAfter` moves every day: its results are not worth keeping.
  const resultCache = params.publishedAfter === undefined ? resultCacheOf(db) : undefined;
  const resultKey = JSON.stringify([params.text ?? "", filtersKey(params), params.sort ?? "relevance", page, pageSize, rankClock.getTime()]);
  const generation = resultCache === undefined ? null : await currentGeneration(db);
  if (resultCache !== undefined && generation !== null) {
    const cached = resultCache.get(resultKey, generation, now.getTime());
    if (cached !== undefined) return cached;
  }

  const parsed = parseQueryTokens(params.text ?? "").filter((token) => !foldedStopWords.has(token.folded));
  const expansions = parsed.length > 0 ? await expandTokens(db, parsed) : [];
  const stopPositions = new Set(expansions.filter((e) => e.source === "stop").map((e) => e.pos));
  const tokens = parsed.filter((_, index) => !stopPositions.has(index + 1) || parsed.length === 1);
  const queries: TokenQuery[] = tokens.map((token) => {
    const position = parsed.indexOf(token) + 1;
    const variants = expansions.filter((e) => e.pos === position && e.source === "variant").map((e) => e.word);
    const lexemes = [{ word: token.folded, prefix: true }, ...variants.map((word) => ({ word, prefix: false }))];
    return {
      simple: orQuery(lexemes),
      own: orQuery(lexemes, "A"),
      raw: safeLexeme.test(token.raw) ? token.raw : token.folded,
    };
  });
  const terms = [
    ...new Set([
      ...tokens.map((token) => token.folded),
      ...expansions.filter((e) => e.source === "variant").map((e) => e.word),
      ...expansions
        .filter((e) => e.source === "stem" && e.word.length >= 3)
        .map((e) => parseQueryTokens(e.word)[0]?.folded ?? "")
        .filter((word) => word.length >= 3),
    ]),
  ];
  const concepts = conceptsOf(tokens);

  // Each tsquery is a scalar subquery, so PostgreSQL builds it once per statement (an InitPlan) rather than
  // parsing and stemming the words again for every document it ranks (to_tsquery is only STABLE).
  const simpleQuery = (source: string) => sql`(select to_tsquery('simple', ${source}))`;
  const stemmedQuery = (raw: string) => sql`(select to_tsquery('russian', ${raw}) || to_tsquery('english', ${raw}))`;
  const wordMatches = queries.map(
    (query) => sql`(d.tsv @@ ${simpleQuery(query.simple)} or d.stemmed @@ ${stemmedQuery(query.raw)})`,
  );
  const needed = wordsNeeded(queries.length);
  const matchedWords = sql.join(
    wordMatches.map((match) => sql`case when ${match} then 1 else 0 end`),
    sql` + `,
  );
  // Every word must match in a query of one or two words; in a longer one, most of them do (one word too many, a
  // place the documents do not name, must not leave the answer empty). The OR of the words lets the GIN indexes
  // find the candidates; the sum keeps those with enough of them.
  const textCondition =
    queries.length === 0
      ? sql`true`
      : needed === queries.length
        ? sql.join(wordMatches, sql` and `)
        : sql`(${sql.join(wordMatches, sql` or `)}) and (${matchedWords}) >= ${needed}`;
  // Documents that match more of the words go first: all of them, then all but one, and so on.
  // Each word is worth 5, more than every other part of the rank together can add to a document lacking some word
  // (at most 8 × 0.3 in the title, ts_rank below 1, 0.1 of boosts).
  const coverage = needed === queries.length ? sql`0` : sql`5 * (${matchedWords})`;
  const anySimple = queries.map((query) => `(${query.simple})`).join(" | ");
  // The rank reads only the folded forms, so the script, the apostrophes and the Azerbaijani marks of a query never
  // change the order. The stemmers only widen what matches (a Russian word form counts as a match); they give no
  // rank, because a Latin query cannot be stemmed like its Cyrillic spelling.
  // It reads `own_tsv` (the document's own words, kept in the row), never `tsv`, whose concepts keep it in TOAST:
  // reading that for every match of a common word was most of the time of a first request.
  // Each query word found in the title or description (weight A) adds 0.3, and a document whose title and
  // description hold every word gets 2 more: it outranks one that has some of them there, or has them only in its
  // company's name (B) or its classification, whatever else their ranks add (ts_rank stays below 1).
  const ownMatches = queries.map((query) => sql`d.own_tsv @@ ${simpleQuery(query.own)}`);
  const ownCoverage = sql.join(
    ownMatches.map((match) => sql`case when ${match} then 0.3 else 0 end`),
    sql` + `,
  );
  const allOwn = sql`case when ${sql.join(ownMatches, sql` and `)} then 2 else 0 end`;
  const textRank =
    queries.length === 0
      ? sql`0`
      : sql`${coverage} + ${allOwn} + ts_rank(d.own_tsv, ${simpleQuery(anySimple)}) + ${ownCoverage}`;
  const conceptBoost =
    concepts.hsChapters.length + concepts.sectors.length === 0
      ? sql`0`
      : sql`case when d.hs_chapters && ${textArray(concepts.hsChapters)} or d.sectors && ${textArray(concepts.sectors)} then 0.05 else 0 end`;
  const nowIso = now.toISOString();
  // Without words the rank is the verified bonus plus recency, so it falls with age inside each verified group.
  const rank = sql`(${textRank}) + ${conceptBoost}
    + case when d.verified then 0.02 else 0 end
    + 0.03 * exp(-greatest(extract(epoch from (${rankClock.toISOString()}::timestamptz - d.published_at)), 0) / 15552000.0)`;

  const flags = facetFlags(params);
  const allFlags = sql.join(
    searchFacets.map((facet) => flags[facet]),
    sql` and `,
  );
  const matches = sql`(d.valid_until is null or d.valid_until > ${nowIso}::timestamptz) and ${textCondition}
    and ${params.publishedAfter === undefined ? sql`true` : sql`d.published_at > ${params.publishedAfter.toISOString()}::timestamptz`}`;
  const order = (prefix: string) =>
    params.sort === "newest"
      ? sql.raw(`${prefix}published_at desc, ${prefix}entity_id`)
      : sql.raw(`${prefix}rank desc, ${prefix}published_at desc, ${prefix}entity_id`);
  const limit = pageSize;
  const offset = (page - 1) * pageSize;

  // The page: with words every match is ranked; without words and by relevance, the top of the page can only
  // come from the newest documents of each verified group, which two index scans (verified, published_at desc)
  // read without touching the rest — the same hits in the same order, at any size.
  const pageQuery =
    queries.length === 0 && params.sort !== "newest"
      ? sql`
        select d.entity_id, ${rank} as rank, d.published_at from (
          (select d.entity_id, d.verified, d.published_at from search_documents d where d.verified and ${matches} and ${allFlags}
           order by d.published_at desc, d.entity_id limit ${offset + limit})
          union all
          (select d.entity_id, d.verified, d.published_at from search_documents d where not d.verified and ${matches} and ${allFlags}
           order by d.published_at desc, d.entity_id limit ${offset + limit})
        ) d
        order by ${order("")} limit ${limit} offset ${offset}`
      : sql`
        select d.entity_id, ${rank} as rank, d.published_at from search_documents d
        where ${matches} and ${allFlags}
        order by ${order("")} limit ${limit} offset ${offset}`;

  const active = activeFilters(params);
  const countInput = {
    key: params.publishedAfter === undefined ? countsKey(queries, params) : undefined,
    now,
    matches,
    flags,
    // Each facet counts given every OTHER filter, so a document failing two filters counts nowhere.
    narrow:
      active.length < 2
        ? undefined
        : sql`(${sql.join(
            active.map((skipped) => sql`(${sql.join(active.filter((facet) => facet !== skipped).map((facet) => flags[facet]), sql` and `)})`),
            sql` or `,
          )})`,
    // Browsing with at most one filter of one value reads maintained counters instead of counting.
    counters: queries.length === 0 && params.publishedAfter === undefined ? countersGiven(params, active) : undefined,
  };
  const hitsStatement = sql`
    with page as (${pageQuery}),
    hits as (
      select d.entity_type as "entityType", d.entity_id as "entityId", d.company_id as "companyId", d.kind, d.country,
             d.region, d.sectors, d.hs_chapters as "hsChapters", d.cooperation_kinds as "cooperationKinds",
             d.size_band as "sizeBand", d.economic_zone as "economicZone", d.verified, d.published_at as "publishedAt",
             d.valid_until as "validUntil", d.display, p.rank
      from page p join search_documents d on d.entity_id = p.entity_id
      order by ${order("p.")}
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

  const result: SearchResult = {
    total: counted.counts.total,
    page,
    pageSize,
    hits: (row?.hits ?? []).map((hit) => ({
      ...hit,
      publishedAt: new Date(hit.publishedAt),
      validUntil: hit.validUntil === null ? null : new Date(hit.validUntil),
      rank: Number(hit.rank),
    })),
    facets: counted.counts.facets,
    terms,
  };
  // The page and the counts hold together only when both were read under the generation read first. Their
  // matches are the same documents, so the counts' earliest expiry bounds the page too.
  if (resultCache !== undefined && generation !== null && pageGeneration === generation && counted.generation === generation) {
    // Frozen rather than copied for every caller: a hit then costs no copy of the page (the profile in docs/performance.md).
    resultCache.set(resultKey, { generation, computedAt: now.getTime(), expiresAt: counted.expiresAt, value: deepFreeze(result) });
  }
  return result;
}

/** How many words of a query a document must match: all of one or two, most of three or more. */
export function wordsNeeded(words: number): number {
  return words <= 2 ? words : Math.floor(words / 2) + 1;
}

/** What the counts depend on — the words as matched and the filters — in a canonical form. */
function countsKey(queries: readonly TokenQuery[], filters: SearchFilters): string {
  return JSON.stringify([queries.map((query) => [query.simple, query.raw]), filtersKey(filters)]);
}

/** The filters in a canonical form (the order of a filter's values does not matter). */
function filtersKey(filters: SearchFilters): unknown[] {
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
function filterValues(filters: SearchFilters): Record<SearchFacet, readonly string[]> {
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

/** The one filter of one value the counters are kept for (`null`: none), or undefined when counting is needed. */
function countersGiven(filters: SearchFilters, active: readonly SearchFacet[]): { facet: SearchFacet; value: string } | null | undefined {
  if (active.length === 0) return null;
  const [facet] = active;
  const values = facet === undefined ? [] : filterValues(filters)[facet];
  return active.length === 1 && facet !== undefined && values.length === 1 ? { facet, value: values[0] as string } : undefined;
}

/** One condition per facet: the filter on it, or `true` when it is not filtered. */
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
