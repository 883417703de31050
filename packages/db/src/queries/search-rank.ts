import { sql, type SQL } from "drizzle-orm";
import { simpleQuery, textArray, textMatching, type TokenQuery, wordsNeeded } from "./search-conditions";

/** What the rank of a document depends on besides the document: the words as matched, their concepts, the clock. */
export type RankPlan = {
  queries: readonly TokenQuery[];
  concepts: { hsChapters: readonly string[]; sectors: readonly string[] };
  /** The start of the day (UTC) the recency is counted from (search.ts). */
  rankClock: Date;
};

/** What a document gains from a concept the query names, from registry verification, and at most from recency. */
const conceptBonus = 0.05;
const verifiedBonus = 0.02;
const recencyBonus = 0.03;
const float = (value: number): SQL => sql.raw(`${value}::float8`);

/**
 * The rank of a row `d` with search_documents' columns (search_documents itself, or the versions in
 * search_document_changes when a cached page is checked against what was written since): one definition for both.
 *
 * Documents that match more of the words go first: all of them, then all but one, and so on. Each word is worth 5,
 * more than every other part of the rank together can add to a document lacking some word (at most 8 × 0.3 in the
 * title, ts_rank below 1, 0.1 of boosts).
 * The rank reads only the folded forms, so the script, the apostrophes and the Azerbaijani marks of a query never
 * change the order. The stemmers only widen what matches (a Russian word form counts as a match); they give no
 * rank, because a Latin query cannot be stemmed like its Cyrillic spelling.
 * It reads `own_tsv` (the document's own words, kept in the row), never `tsv`, whose concepts keep it in TOAST:
 * reading that for every match of a common word was most of the time of a first request.
 * Each query word found in the title or description (weight A) adds 0.3, and a document whose title and
 * description hold every word gets 2 more: it outranks one that has some of them there, or has them only in its
 * company's name (B) or its classification, whatever else their ranks add (ts_rank stays below 1).
 * Without words the rank is the verified bonus plus recency, so it falls with age inside each verified group.
 * `matchedWords` counts the words `d` matches: by default tested on the row, or counted already by the statement
 * (textMatching's `fromMatchedWords`).
 * It is computed in double precision throughout: `extract` and decimal constants would make it numeric, whose
 * `exp` and sums cost about 2 µs per document (half of ranking a common word's matches), and a double is also what
 * the page's order is checked with when versions are placed on a cached page (search-result-changes.ts).
 */
export function searchRank(plan: RankPlan, matchedWords: SQL = textMatching(plan.queries).matchedWords): SQL {
  const { queries, concepts, rankClock } = plan;
  const needed = wordsNeeded(queries.length);
  const coverage = needed === queries.length ? sql`0` : sql`5 * (${matchedWords})::float8`;
  const anySimple = queries.map((query) => `(${query.simple})`).join(" | ");
  const ownMatches = queries.map((query) => sql`d.own_tsv @@ ${simpleQuery(query.own)}`);
  const ownCoverage = sql.join(
    ownMatches.map((match) => sql`case when ${match} then 0.3::float8 else 0 end`),
    sql` + `,
  );
  const allOwn = sql`case when ${sql.join(ownMatches, sql` and `)} then 2::float8 else 0 end`;
  const textRank =
    queries.length === 0
      ? sql`0`
      : sql`${coverage} + ${allOwn} + ts_rank(d.own_tsv, ${simpleQuery(anySimple)}) + ${ownCoverage}`;
  const conceptBoost =
    concepts.hsChapters.length + concepts.sectors.length === 0
      ? sql`0`
      : sql`case when d.hs_chapters && ${textArray(concepts.hsChapters)} or d.sectors && ${textArray(concepts.sectors)} then ${float(conceptBonus)} else 0 end`;
  return sql`(${textRank}) + ${conceptBoost}
    + case when d.verified then ${float(verifiedBonus)} else 0 end
    + ${float(recencyBonus)} * exp(-greatest(date_part('epoch', ${rankClock.toISOString()}::timestamptz - d.published_at), 0) / 15552000::float8)`;
}

/**
 * The highest rank a document matching a one-word query can have when the word is not in its own text (`own_tsv`),
 * only in its classification or its stems: its ts_rank is 0 (no lexeme of the query in `own_tsv`; ts_rank of an OR
 * query adds nothing for lexemes it does not find), and so are the title's 0.3 and the 2 for every word, so only the
 * concept, verified and recency bonuses remain. A page whose every hit among the documents with the word in their
 * own text ranks above this holds no other document (search-page.ts). Undefined for other queries: with two words or
 * more, the page is read first from the documents with every word in their title or description, which outrank
 * every other match whatever their bonuses (`searchRank`), so no bound is needed.
 */
export function rankWithoutOwnWords(plan: RankPlan): number | undefined {
  if (plan.queries.length !== 1) return undefined;
  const concepts = plan.concepts.hsChapters.length + plan.concepts.sectors.length > 0 ? conceptBonus : 0;
  // A margin far above the rounding of a sum of doubles (and ts_rank's 1e-20 for an AND query it does not match).
  return concepts + verifiedBonus + recencyBonus + 1e-9;
}
