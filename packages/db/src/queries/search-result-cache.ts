import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { share } from "../shared-values";
import { executeRows } from "./execute-rows";
import { generationCachePerClient, generationText, type GenerationCacheEntry } from "./generation-cache";
import type { SearchResult } from "./search";
import { filterConditions, textMatching, type SearchFilters, type TokenQuery } from "./search-conditions";
import { expansionsKey, expansionsStatement, type Expansion } from "./search-expansions";
import type { QueryToken } from "./search-text";

/** A whole result, with what checking it against later writes needs: its words as matched and their expansions. */
type CachedSearch = { result: SearchResult; queries: TokenQuery[]; expansionsKey: string };

/**
 * Whole results of partner search per generation of the search documents (generation-cache.ts). An entry (a page
 * of hits and its facet counts) holds about 32 kB of heap at size S: 2,000 of them, about 65 MB, keep the queries
 * that make 90 % of the requests of the benchmark's Zipf-ordered pool of 5,000.
 */
const resultCacheOf = generationCachePerClient<CachedSearch>("search results", 2000);

export type SearchLookup = {
  /** The cached answer, exact under the current generation; undefined when it must be computed. */
  result: SearchResult | undefined;
  /** The generation read first: a computed answer is kept only if its page and counts were read under it. */
  generation: string | null;
  /** When it must be computed: to call once it is (kept or not), so readers waiting for it look again. */
  computed?: () => void;
};

/**
 * The answer to a search from the cache of whole results, after one read of the generation; undefined when this
 * handle keeps no cache (a transaction: its answers may include its own uncommitted writes). An entry of an
 * older generation is served when none of the writes since could change it (`unchangedUnder`), and then
 * serves under the new generation.
 */
export async function lookUpSearch(
  db: Db,
  input: { key: string; now: Date; tokens: readonly QueryToken[]; filters: SearchFilters },
): Promise<SearchLookup | undefined> {
  const cache = resultCacheOf(db);
  if (cache === undefined) return undefined;
  const [row] = await executeRows<{ generation: number | string | null }>(db, sql`select generation from search_generation`);
  const generation = generationText(row?.generation);
  if (generation === null) return { result: undefined, generation };
  const at = input.now.getTime();
  const found = cache.find(input.key, generation, at);
  if (found?.state === "current") {
    cache.count("hit");
    return { result: found.entry.value.result, generation };
  }
  // The same search already being computed under this generation (popular queries arrive together, most of all
  // right after a write): its answer, once kept, is this one's too.
  const running = cache.computation(input.key, generation);
  if (running !== undefined) {
    await running;
    const settled = cache.find(input.key, generation, at);
    if (settled?.state === "current") {
      cache.count("hit");
      return { result: settled.entry.value.result, generation };
    }
  }
  const holdsUnder = found === undefined ? null : await unchangedUnder(db, found.entry, input.tokens, input.filters);
  if (found !== undefined && holdsUnder !== null) {
    cache.revalidate(input.key, found.entry, holdsUnder);
    return { result: found.entry.value.result, generation };
  }
  cache.count("miss");
  return { result: undefined, generation, computed: cache.beginComputation(input.key, generation) };
}

/**
 * Keeps a computed answer, deep-frozen and marked shared (shared-values.ts): every later reader shares it, so a hit
 * costs no copy of the page, and what the API derives from it (its validated and serialized forms) is kept with it.
 */
export function storeSearch(
  db: Db,
  key: string,
  entry: Omit<GenerationCacheEntry<unknown>, "value"> & { result: SearchResult; queries: TokenQuery[]; expansions: readonly Expansion[] },
): void {
  const { result, queries, expansions, ...held } = entry;
  resultCacheOf(db)?.set(key, { ...held, value: { result: share(result), queries, expansionsKey: expansionsKey(expansions) } });
}

type RevalidationRow = {
  generation: number | string | null;
  pruned_through: number | string;
  changed: boolean;
  expansions: Expansion[] | null;
};

/**
 * The generation under which a result cached under an older one is still exact, or null. It is when, in one
 * snapshot:
 * - no document version written since its generation (search_document_changes, the old and the new of each
 *   write) matches its words while live at some instant the entry serves (from when it was computed), and, with
 *   two or more filters, fails at most one of them (`narrow`, the documents its counts read; with fewer, the
 *   counts read every document the words find, so the words alone decide). A matched document that was changed,
 *   hidden or deleted matches through its old version, a new match through its new one: neither the page nor a
 *   count can have moved;
 * - every change since its generation is still kept (`pruned_through`);
 * - the dictionary gives its words the same close spellings and stems, so the words match as they did.
 */
async function unchangedUnder(
  db: Db,
  entry: GenerationCacheEntry<CachedSearch>,
  tokens: readonly QueryToken[],
  filters: SearchFilters,
): Promise<string | null> {
  const { condition } = textMatching(entry.value.queries);
  const { narrow } = filterConditions(filters);
  const servesFrom = new Date(entry.computedAt).toISOString();
  const expansions = tokens.length === 0 ? sql`null::json` : sql`(select json_agg(e) from (${expansionsStatement(tokens)}) e)`;
  const [row] = await executeRows<RevalidationRow>(
    db,
    sql`
      select g.generation, g.pruned_through,
        exists (
          select 1 from search_document_changes d
          where d.generation > ${entry.generation}::bigint
            and (d.valid_until is null or d.valid_until > ${servesFrom}::timestamptz)
            and ${condition} and ${narrow ?? sql`true`}
        ) as changed,
        ${expansions} as expansions
      from search_generation g`,
  );
  const generation = generationText(row?.generation);
  if (row === undefined || generation === null || row.changed) return null;
  if (BigInt(entry.generation) < BigInt(row.pruned_through)) return null;
  return expansionsKey(row.expansions ?? []) === entry.value.expansionsKey ? generation : null;
}
