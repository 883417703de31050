import { sql, type SQL } from "drizzle-orm";
import type { TextMatching } from "./search-conditions";
import { rankWithoutOwnWords, searchRank, type RankPlan } from "./search-rank";

export type PageInput = {
  plan: RankPlan;
  matching: TextMatching;
  /** Conditions on `d` besides the words: validity, the daily mail's `publishedAfter`. */
  current: SQL;
  /** Every filter, as a condition on `d`. */
  filters: SQL;
  sort: "relevance" | "newest";
  limit: number;
  offset: number;
};

/** The order of a page, on columns `rank`, `published_at` and `entity_id` of `prefix` (e.g. `p.`). */
export function pageOrder(sort: "relevance" | "newest", prefix = ""): SQL {
  return sort === "newest"
    ? sql.raw(`${prefix}published_at desc, ${prefix}entity_id`)
    : sql.raw(`${prefix}rank desc, ${prefix}published_at desc, ${prefix}entity_id`);
}

/**
 * The statement that reads a page of hits (entity_id, rank, published_at, in the page's order), chosen by what
 * bounds the documents it has to rank:
 * - without words, by relevance: the top of a page can only come from the newest documents of each verified group,
 *   which two index scans (verified, published_at desc) read without touching the rest — the same hits in the same
 *   order, at any size;
 * - with one word, by relevance: first among the documents with the word in their own text (a GIN index on
 *   `own_tsv`). A common word is mostly found through the classification (`paxta` in 57,921 documents at size M,
 *   in the own text of a few thousand): those rank below every document with the word in its own text, at most
 *   `rankWithoutOwnWords`. When the page's last hit among the own-text documents ranks above that, no other
 *   document can be on it; otherwise every match is ranked, in the same statement;
 * - otherwise every match is ranked.
 */
export function pageStatement(input: PageInput): SQL {
  const { plan, matching, current, filters, sort, limit, offset } = input;
  const order = (prefix: string) => pageOrder(sort, prefix);
  const everyMatch = (extra: SQL) => sql`
    select d.entity_id, ${searchRank(plan, matching.fromMatchedWords)} as rank, d.published_at from ${matching.from}
    where ${current} and ${matching.fromCondition} and ${filters} and ${extra}
    order by ${order("")} limit ${limit} offset ${offset}`;

  if (plan.queries.length === 0 && sort === "relevance") {
    const newest = (group: SQL) => sql`
      (select d.entity_id, d.verified, d.published_at from search_documents d where ${group} and ${current} and ${filters}
       order by d.published_at desc, d.entity_id limit ${offset + limit})`;
    return sql`
      select d.entity_id, ${searchRank(plan)} as rank, d.published_at from (
        ${newest(sql`d.verified`)} union all ${newest(sql`not d.verified`)}
      ) d
      order by ${order("")} limit ${limit} offset ${offset}`;
  }

  const bound = sort === "relevance" ? rankWithoutOwnWords(plan) : undefined;
  if (bound === undefined) return everyMatch(sql`true`);
  // `enough`: the own-text documents fill the page down to its last hit, and that hit outranks every other match.
  return sql`
    with own as (
      select d.entity_id, ${searchRank(plan, matching.matchedWords)} as rank, d.published_at from search_documents d
      where ${matching.inOwnText} and ${current} and ${matching.condition} and ${filters}
      order by ${order("")} limit ${offset + limit}
    ),
    enough as (select count(*) = ${offset + limit} and min(rank) > ${bound}::float8 as held from own)
    (select entity_id, rank, published_at from own where (select held from enough)
     order by ${order("")} limit ${limit} offset ${offset})
    union all
    (${everyMatch(sql`not (select held from enough)`)})`;
}
