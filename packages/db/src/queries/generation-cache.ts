import type { Db } from "../client";

/**
 * Answers of partner search kept per database client: its facet counts (search-facet-counts.ts) and whole pages
 * of results (search.ts). Computing them walks every matching document, which at 100,000 companies costs up to
 * seconds for a common word or for browsing by filters alone (the profile in docs/performance.md), while the answer changes only
 * when the search documents change or one of the matched documents expires. An entry therefore serves while the
 * `search_generation` it was computed under is still current (a deferred trigger moves it when a transaction that
 * wrote `search_documents` commits) and before the earliest expiry among the documents it matched: it is the
 * exact answer, never a stale one. Least recently used entries go first.
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
 * Look-ups per cache name across the process (hits answered from the cache, misses computed), for the metrics
 * endpoint. Kept on globalThis: the web server's bundles may each hold a copy of this module.
 */
export type CacheLookups = Record<string, { hits: number; misses: number }>;
const globalForLookups = globalThis as unknown as { karvonCacheLookups?: CacheLookups };

export function generationCacheLookups(): CacheLookups {
  globalForLookups.karvonCacheLookups ??= {};
  return globalForLookups.karvonCacheLookups;
}

function countLookup(name: string, hit: boolean): void {
  const lookups = generationCacheLookups();
  const counts = (lookups[name] ??= { hits: 0, misses: 0 });
  if (hit) counts.hits += 1;
  else counts.misses += 1;
}

export class GenerationCache<T> {
  private readonly entries = new Map<string, GenerationCacheEntry<T>>();

  constructor(
    private readonly capacity = 500,
    private readonly name = "unnamed",
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry computed under `generation` if it still holds at instant `at` (ms). */
  entry(key: string, generation: string, at: number): GenerationCacheEntry<T> | undefined {
    const entry = this.lookup(key, generation, at);
    countLookup(this.name, entry !== undefined);
    return entry;
  }

  private lookup(key: string, generation: string, at: number): GenerationCacheEntry<T> | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.generation !== generation || at >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    if (at < entry.computedAt) return undefined;
    // Re-inserting moves the key to the end of the Map's order: the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
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
