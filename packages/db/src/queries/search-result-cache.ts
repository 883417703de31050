import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { share } from "../shared-values";
import { executeRows } from "./execute-rows";
import { generationCachePerClient, generationText, type GenerationCacheEntry } from "./generation-cache";
import type { SearchResult } from "./search";
import { countsKey, type SearchFilters } from "./search-conditions";
import { expansionsKey, expansionsStatement, type Expansion } from "./search-expansions";
import { type FacetCounts, keepSearchCounts } from "./search-facet-counts";
import type { RankPlan } from "./search-rank";
import { changedVersionsStatement, resultWithChanges, type ChangedVersion, type ResultOrder } from "./search-result-changes";
import type { QueryToken } from "./search-text";

/**
 * A whole result, with what bringing it up to date with later writes needs: the exact publication instants of
 * its hits (`RankedPage`), its words as matched and how they rank (`plan`), the order of its page, and its words'
 * expansions.
 */
type CachedSearch = { result: SearchResult; published: readonly number[]; plan: RankPlan; order: ResultOrder; expansionsKey: string };

/**
 * Whole results of partner search per generation of the search documents (generation-cache.ts). An entry (a page
 * of hits and its facet counts, with the serialized form a repeat sends) holds about 70 kB of heap at size S, so
 * 4,000 entries take about 280 MB of a web process. Memory buys CPU here: a miss computes on PostgreSQL, whose
 * cores are the portal's first bottleneck (docs/operations.md, "Capacity"), and with least-recently-used eviction
 * the misses of a Zipf-distributed stream of queries fall steeply with the number kept — of the benchmark's pool of
 * 5,000, 14.5 % of the requests miss with 2,000 entries, 3.5 % with 4,000 (docs/performance.md).
 */
const searchResultCacheEntries = 4000;
const resultCacheOf = generationCachePerClient<CachedSearch>("search results", searchResultCacheEntries);

export type SearchLookup = {
  /** The cached answer, exact under the current generation; undefined when it must be computed. */
  result: SearchResult | undefined;
  /**
   * The generation to compute under: the one read first, or the one an older entry's counts were brought up to
   * date at (kept for the computation). A computed answer is kept only if its page and counts were read under it.
   */
  generation: string | null;
  /** When it must be computed: to call once it is (kept or not), so readers waiting for it look again. */
  computed?: () => void;
};

/**
 * The answer to a search from the cache of whole results, after one read of the generation; undefined when this
 * handle keeps no cache (a transaction: its answers may include its own uncommitted writes). An entry of an
 * older generation is brought up to date with the writes since when they tell what it became (`upToDate`):
 * served unchanged when none counts in it, with its counts and page moved when some do, and then kept under the
 * new generation; when they cannot tell its page, with its counts moved and kept for computing only the page.
 */
export async function lookUpSearch(
  db: Db,
  input: { key: string; now: Date; tokens: readonly QueryToken[]; filters: SearchFilters; countLimit: number | undefined },
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
  // Bringing an entry up to date, and computing it when that fails, is one computation: readers of the same
  // search meanwhile wait for its answer.
  const finish = cache.beginComputation(input.key, generation);
  let updated: UpToDate | null;
  try {
    updated = found === undefined ? null : await upToDate(db, found.entry, input);
  } catch (error) {
    finish();
    throw error;
  }
  if (found !== undefined && updated !== null && updated.result === undefined) {
    // Its page must be computed again, its counts need not be: kept for the computation under their generation.
    const key = countsKey(found.entry.value.plan.queries, input.filters, input.countLimit);
    keepSearchCounts(db, key, { generation: updated.generation, computedAt: at, expiresAt: updated.expiresAt, value: updated.counts });
    cache.count("miss");
    return { result: undefined, generation: updated.generation, computed: finish };
  }
  if (found !== undefined && updated !== null && updated.result !== undefined) {
    const { result, published, expiresAt } = updated;
    const unchanged = result === found.entry.value.result;
    const value = { ...found.entry.value, result: unchanged ? result : share(result), published };
    const renewed = { generation: updated.generation, computedAt: at, expiresAt, value };
    cache.renew(input.key, found.entry, renewed, unchanged ? "revalidated" : "updated");
    finish();
    return { result: renewed.value.result, generation };
  }
  cache.count("miss");
  return { result: undefined, generation, computed: finish };
}

/**
 * Keeps a computed answer, deep-frozen and marked shared (shared-values.ts): every later reader shares it, so a hit
 * costs no copy of the page, and what the API derives from it (its validated and serialized forms) is kept with it.
 */
export function storeSearch(
  db: Db,
  key: string,
  entry: Omit<GenerationCacheEntry<unknown>, "value"> & {
    result: SearchResult;
    published: readonly number[];
    plan: RankPlan;
    order: ResultOrder;
    expansions: readonly Expansion[];
  },
): void {
  const { result, published, plan, order, expansions, ...held } = entry;
  resultCacheOf(db)?.set(key, { ...held, value: { result: share(result), published, plan, order, expansionsKey: expansionsKey(expansions) } });
}

type UpdateRow = {
  generation: number | string | null;
  pruned_through: number | string;
  versions: ChangedVersion[] | null;
  expansions: Expansion[] | null;
};

/**
 * A stale entry brought up to date under `generation`: its counts, and its answer when the versions tell its page
 * (the same object when nothing written changed it), undefined when the page must be computed again.
 */
type UpToDate = { generation: string; counts: FacetCounts; result: SearchResult | undefined; published: readonly number[]; expiresAt: number };

/**
 * A result cached under an older generation, brought up to date with what was written since
 * (search-result-changes.ts), or null when it must be computed again. In one snapshot:
 * - every change since its generation is still kept (`pruned_through`);
 * - the dictionary gives its words the same close spellings and stems, so the words match as they did;
 * - the versions written since that count in it move its counts, and its page when they tell it
 *   (`resultWithChanges`); the entry then holds until the earliest expiry among what it counts now. When they
 *   cannot tell the page, its counts still hold, and only the page is computed;
 * - a lower bound of the total stays above the count limit (below it, it would read as every match).
 */
async function upToDate(
  db: Db,
  entry: GenerationCacheEntry<CachedSearch>,
  input: { now: Date; tokens: readonly QueryToken[]; filters: SearchFilters; countLimit: number | undefined },
): Promise<UpToDate | null> {
  const { result, published, plan, order } = entry.value;
  const versions = changedVersionsStatement({ generation: entry.generation, computedAt: new Date(entry.computedAt), now: input.now, plan, filters: input.filters });
  const expansions = input.tokens.length === 0 ? sql`null::json` : sql`(select json_agg(e) from (${expansionsStatement(input.tokens)}) e)`;
  const [row] = await executeRows<UpdateRow>(
    db,
    sql`select g.generation, g.pruned_through, (${versions}) as versions, ${expansions} as expansions from search_generation g`,
  );
  const generation = generationText(row?.generation);
  if (row === undefined || generation === null) return null;
  if (BigInt(entry.generation) < BigInt(row.pruned_through)) return null;
  if (expansionsKey(row.expansions ?? []) !== entry.value.expansionsKey) return null;
  const changed = row.versions ?? [];
  const { counts, page } = resultWithChanges(result, { hits: result.hits, published }, changed, order);
  // A lower bound moved to or below the count limit would read as every match.
  if (!counts.totalExact && input.countLimit !== undefined && counts.total <= input.countLimit) return null;
  const expiries = changed.filter((version) => version.sign === 1 && version.valid_until !== null).map((version) => new Date(version.valid_until as string).getTime());
  const expiresAt = Math.min(entry.expiresAt, ...expiries);
  if (page === undefined) return { generation, counts, result: undefined, published: [], expiresAt };
  const updated = changed.length === 0 ? result : { ...result, ...counts, hits: [...page.hits] };
  return { generation, counts, result: updated, published: page.published, expiresAt };
}
