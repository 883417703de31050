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
 * - with words, by relevance: first among the documents that rank above the others (`firstTier`), found through
 *   the GIN index on `own_tsv`; when they fill the page, no other document can be on it; otherwise every match is
 *   ranked, in the same statement;
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

  const tier = sort === "relevance" ? firstTier(plan, matching) : undefined;
  if (tier === undefined) return everyMatch(sql`true`);
  // `enough`: the tier fills the page down to its last hit, and that hit outranks every other match.
  const outranks = tier.above === undefined ? sql`true` : sql`min(rank) > ${tier.above}::float8`;
  return sql`
    with tier as (
      select d.entity_id, ${searchRank(plan, tier.matchedWords)} as rank, d.published_at from search_documents d
      where ${tier.condition} and ${current} and ${filters}
      order by ${order("")} limit ${offset + limit}
    ),
    enough as (select count(*) = ${offset + limit} and ${outranks} as held from tier)
    (select entity_id, rank, published_at from tier where (select held from enough)
     order by ${order("")} limit ${limit} offset ${offset})
    union all
    (${everyMatch(sql`not (select held from enough)`)})`;
}

type Tier = {
  /** The tier's documents, as a condition on `d` that the GIN index on `own_tsv` answers. */
  condition: SQL;
  /** How many words of the query its documents match. */
  matchedWords: SQL;
  /** What a page's last hit from the tier must rank above for no other document to outrank it (none: any). */
  above: number | undefined;
};

/**
 * The documents that rank above every other match (search-rank.ts), which a common word's page can be read from
 * without ranking each of its tens of thousands of matches:
 * - one word: the documents with it in their own text (title, description or company name). A common word is
 *   mostly found through the classification (`paxta` in 57,921 documents at size M, in the own text of a few
 *   thousand); those documents rank at most `rankWithoutOwnWords`;
 * - two words or more: the documents with every word in their title or description. They match every word and
 *   gain 2 more than any other match can (`searchRank`), so any of them outranks every other document. At size M,
 *   `solar panels` matches 23,246 documents, 1,969 of them with both words in their title or description.
 */
function firstTier(plan: RankPlan, matching: TextMatching): Tier {
  if (plan.queries.length === 1) {
    return { condition: sql`${matching.inOwnText} and ${matching.condition}`, matchedWords: matching.matchedWords, above: rankWithoutOwnWords(plan) };
  }
  return { condition: matching.everyWordInTitleOrDescription, matchedWords: sql`${plan.queries.length}`, above: undefined };
}
