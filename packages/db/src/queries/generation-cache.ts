import type { Db } from "../client";

/**
 * Answers of partner search kept per database client: its facet counts (search-facet-counts.ts) and whole pages
 * of results (search.ts). Computing them walks every matching document, which at 100,000 companies costs up to
 * seconds for a common word or for browsing by filters alone (the profile in docs/performance.md), while the answer changes only
 * when the search documents change or one of the matched documents expires. An entry therefore serves while the
 * `search_generation` it was computed under is still current (a deferred trigger moves it when a transaction that
 * wrote `search_documents` commits) and before the earliest expiry among the documents it matched: it is the
 * exact answer, never a stale one. An entry of an older generation serves only once its owner has brought it up
 * to date with the document versions written since (`find`, then `renew`; search-result-cache.ts does this with
 * `search_document_changes`): it is then the exact answer under the new generation. Least recently used
 * entries go first.
 */
export type GenerationCacheEntry<T> = {
  generation: string;
  /** When it was computed (ms): an earlier `now` may see documents that have expired since, so it does not serve. */
  computedAt: number;
  /** The earliest expiry (ms) among the matched documents; `Infinity` when none expires. */
  expiresAt: number;
  value: T;
};

/** A generation as a statement returns it (a bigint comes back as a string or a number, or null), as cache keys hold it. */
export function generationText(value: number | string | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Look-ups per cache name across the process (hits answered from the cache, entries of an older generation found
 * still exact or brought up to date and served, misses computed), for the metrics endpoint. Kept on globalThis: the web server's
 * bundles may each hold a copy of this module.
 */
export type CacheLookups = Record<string, { hits: number; revalidated: number; updated: number; misses: number }>;
export type CacheLookupResult = "hit" | "revalidated" | "updated" | "miss";
const globalForLookups = globalThis as unknown as { karvonCacheLookups?: CacheLookups };

export function generationCacheLookups(): CacheLookups {
  globalForLookups.karvonCacheLookups ??= {};
  return globalForLookups.karvonCacheLookups;
}

function countLookup(name: string, result: CacheLookupResult): void {
  const lookups = generationCacheLookups();
  const counts = (lookups[name] ??= { hits: 0, revalidated: 0, updated: 0, misses: 0 });
  if (result === "hit") counts.hits += 1;
  else if (result === "revalidated") counts.revalidated += 1;
  else if (result === "updated") counts.updated += 1;
  else counts.misses += 1;
}

/** Whether generation `a` came before `b` (bigints as text). */
function olderGeneration(a: string, b: string): boolean {
  return BigInt(a) < BigInt(b);
}

/**
 * What a look-up found for a key: an entry of the current generation (`current`), or one of an older generation
 * that holds at the instant asked except for the writes since (`stale`), which the caller may check against those
 * writes and then `renew` or compute again.
 */
export type GenerationLookup<T> = { state: "current" | "stale"; entry: GenerationCacheEntry<T> };

export class GenerationCache<T> {
  private readonly entries = new Map<string, GenerationCacheEntry<T>>();
  private readonly computing = new Map<string, Promise<void>>();

  constructor(
    private readonly capacity = 500,
    private readonly name = "unnamed",
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * The entry computed under `generation` if it still holds at instant `at` (ms), for a cache that does not
   * revalidate: an entry of another generation goes. Counts a hit or a miss.
   */
  entry(key: string, generation: string, at: number): GenerationCacheEntry<T> | undefined {
    const stored = this.entries.get(key);
    if (stored !== undefined && stored.generation !== generation) this.entries.delete(key);
    const found = this.find(key, generation, at);
    this.count(found === undefined ? "miss" : "hit");
    return found?.entry;
  }

  /**
   * The entry for `key` that holds at instant `at` (ms), current under `generation` or older than it. Counts
   * nothing: the caller counts the outcome (`count`), which for a stale entry is known only once it is checked.
   */
  find(key: string, generation: string, at: number): GenerationLookup<T> | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (at >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    // A reader that saw an older generation than the entry's, or an instant before it was computed, cannot use
    // it; the entry stays for the others.
    if (at < entry.computedAt || olderGeneration(generation, entry.generation)) return undefined;
    // Re-inserting moves the key to the end of the Map's order: the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { state: entry.generation === generation ? "current" : "stale", entry };
  }

  /**
   * A stale entry brought up to date under a newer generation: unchanged (nothing written since changes it,
   * `revalidated`) or with the writes since applied (`updated`). It replaces the stale one unless a newer entry
   * took its key meanwhile. Counts the outcome.
   */
  renew(key: string, stale: GenerationCacheEntry<T>, renewed: GenerationCacheEntry<T>, how: "revalidated" | "updated"): void {
    const stored = this.entries.get(key);
    if (stored === undefined || stored === stale || olderGeneration(stored.generation, renewed.generation)) this.set(key, renewed);
    this.count(how);
  }

  /** A computation of `key` under `generation` running in this process: a reader may wait for it, then look again. */
  computation(key: string, generation: string): Promise<void> | undefined {
    return this.computing.get(`${generation} ${key}`);
  }

  /** Marks a computation of `key` under `generation` as running until the returned function is called. */
  beginComputation(key: string, generation: string): () => void {
    const slot = `${generation} ${key}`;
    let finish = () => {};
    const running = new Promise<void>((resolve) => {
      finish = resolve;
    });
    this.computing.set(slot, running);
    return () => {
      if (this.computing.get(slot) === running) this.computing.delete(slot);
      finish();
    };
  }

  count(result: CacheLookupResult): void {
    countLookup(this.name, result);
  }

  /** The value computed under `generation` if it still holds at instant `at` (ms). */
  get(key: string, generation: string, at: number): T | undefined {
    return this.entry(key, generation, at)?.value;
  }

  set(key: string, entry: GenerationCacheEntry<T>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }
}

/**
 * One cache per database client (tests open many), keyed by drizzle's `$client`, which the per-request wrappers
 * of a handle (the API's timed db) inherit. A transaction has none, so it neither reads nor fills the cache:
 * inside one, an answer may include its own uncommitted writes.
 */
export function generationCachePerClient<T>(name: string, capacity?: number): (db: Db) => GenerationCache<T> | undefined {
  const caches = new WeakMap<object, GenerationCache<T>>();
  return (db) => {
    const client = (db as { $client?: unknown }).$client;
    if ((typeof client !== "object" && typeof client !== "function") || client === null) return undefined;
    let cache = caches.get(client);
    if (cache === undefined) {
      cache = new GenerationCache<T>(capacity, name);
      caches.set(client, cache);
    }
    return cache;
  };
}
