/**
 * Facet counts of partner search, kept per database client (search-facet-counts.ts). Counting walks every matching document, which at
 * 100,000 companies costs seconds for a common word or for browsing by filters alone (issue 10's profile), while
 * the answer changes only when the search documents change or one of the counted documents expires. An entry
 * therefore serves while the `search_generation` it was counted under is still current (a deferred trigger moves
 * it when a transaction that wrote `search_documents` commits) and before the earliest expiry among the
 * documents it counted: it is the exact answer, never a stale one. Least recently used entries go first.
 */
export type CountCacheEntry<T> = {
  generation: string;
  /** When it was counted (ms): an earlier `now` may see documents that have expired since, so it does not serve. */
  countedAt: number;
  /** The earliest expiry (ms) among the counted documents; `Infinity` when none expires. */
  expiresAt: number;
  value: T;
};

export class SearchCountCache<T> {
  private readonly entries = new Map<string, CountCacheEntry<T>>();

  constructor(private readonly capacity = 500) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value counted under `generation` if it still holds at instant `at` (ms). */
  get(key: string, generation: string, at: number): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.generation !== generation || at >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    if (at < entry.countedAt) return undefined;
    // Re-inserting moves the key to the end of the Map's order: the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, entry: CountCacheEntry<T>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }
}
