import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { executeRows } from "./execute-rows";
import { textArray, type TokenQuery } from "./search-conditions";
import { conceptsOf, foldedLegalForms, foldedStopWords, parseQueryTokens, type QueryToken } from "./search-text";

const safeLexeme = /^[\p{L}\p{N}]+$/u;

/** A tsquery source string from letter-and-digit lexemes only, so no input can produce a syntax error. */
function orQuery(lexemes: readonly { word: string; prefix: boolean }[], weight = ""): string {
  return lexemes
    .filter((lexeme) => safeLexeme.test(lexeme.word))
    .map((lexeme) => `'${lexeme.word}'${lexeme.prefix || weight !== "" ? `:${lexeme.prefix ? "*" : ""}${weight}` : ""}`)
    .join(" | ");
}

export type Expansion = { pos: number; word: string; source: "variant" | "stem" | "stop" };

/**
 * A query's words as they take part: without the Uzbek and Azerbaijani function words, and without the companies'
 * legal forms when other words remain (`Xəzər Metall MMC` needs Xəzər and Metall, not one of them and "MMC", which
 * ends most Azerbaijani companies' names).
 */
export function queryTokens(text: string | undefined): QueryToken[] {
  const words = parseQueryTokens(text ?? "").filter((token) => !foldedStopWords.has(token.folded));
  const named = words.filter((token) => !foldedLegalForms.has(token.folded));
  return named.length > 0 ? named : words;
}

/**
 * Close spellings that really occur in the documents (typos, other word forms) for each token of 4+ letters,
 * the tokens' Russian and English stems (for highlighting), and which tokens are stop words. The close spellings
 * come from `search_words`, which every write of a document may add to: a cached result depends on them.
 */
export function expansionsStatement(tokens: readonly QueryToken[]): SQL {
  const folded = textArray(tokens.map((token) => token.folded));
  const raw = textArray(tokens.map((token) => token.raw));
  return sql`
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
      where ts_lexize('russian_stem', t.raw) = '{}' or ts_lexize('english_stem', t.raw) = '{}'`;
}

export async function expandTokens(db: Db, tokens: readonly QueryToken[]): Promise<Expansion[]> {
  return tokens.length === 0 ? [] : executeRows<Expansion>(db, expansionsStatement(tokens));
}

/** The expansions in a canonical form (their order carries no meaning), to tell whether they changed. */
export function expansionsKey(expansions: readonly Expansion[]): string {
  return JSON.stringify(expansions.map((e) => `${e.pos} ${e.source} ${e.word}`).sort());
}

/** What a query's words become once expanded: a tsquery per word, the words to highlight, the concepts named. */
export type TextPlan = {
  queries: TokenQuery[];
  /** Folded words that matched (query words, their close spellings and stems): the UI highlights them. */
  terms: string[];
  concepts: { hsChapters: string[]; sectors: string[] };
};

export function textPlan(parsed: readonly QueryToken[], expansions: readonly Expansion[]): TextPlan {
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
  return { queries, terms, concepts: conceptsOf(tokens) };
}
