/** Misses one client address may report per hour. */
export const searchMissesPerHour = 30;
const hourMs = 60 * 60 * 1000;

/**
 * A per-address limit on reported misses, kept in this process's memory only: the address is never written
 * anywhere (the search log holds no personal data). With several web processes each keeps its own count, which
 * is enough to stop one client from flooding the analytics. Old entries are dropped as the map is used.
 */
export class SearchMissLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(private readonly perHour = searchMissesPerHour) {}

  /** True (and counted) when this client may report one more miss now. */
  take(clientAddress: string | null, now: Date): boolean {
    // Clients whose address the server could not tell share one allowance.
    const key = clientAddress ?? "unknown";
    const since = now.getTime() - hourMs;
    const recent = (this.seen.get(key) ?? []).filter((at) => at > since);
    if (this.seen.size > 10_000) this.prune(since);
    if (recent.length >= this.perHour) {
      this.seen.set(key, recent);
      return false;
    }
    recent.push(now.getTime());
    this.seen.set(key, recent);
    return true;
  }

  private prune(since: number): void {
    for (const [key, times] of this.seen) if (times.every((at) => at <= since)) this.seen.delete(key);
  }
}
