/**
 * The 16-client load as a portal that has been up for hours sees it. A fresh server's result cache is empty, so
 * most requests of the first seconds ask a query for the first time and compute it; a live portal's cache (2,000
 * entries, kept across writes that cannot change them) holds the head of the Zipf pool, and only the tail, the
 * results a write did change and the queries the cache had to let go compute. The benchmark therefore measures the
 * load twice: on the fresh server (the first seconds, as before), and again after the same load (writes landing
 * throughout) has run unmeasured until the share of computed requests stops falling, or a bound.
 */
import type { LoadResult } from "./load-test";
import type { CacheLookups } from "./servers";

/** One stretch of the unmeasured warm-up: its length and how the result cache answered in it. */
export type LoadWindow = { seconds: number; requests: number; lookups: CacheLookups };

export type WarmUpShape = {
  /** Length of one window of the warm-up (s). */
  windowSeconds: number;
  /**
   * After at least this many windows, the warm-up ends once the computed share of its second half is no lower than
   * that of its first half… (Halves rather than the last few windows: a window holds a few hundred requests, whose
   * share varies by several points, while a share still falling falls by less than that from one window to the next.)
   */
  minWindows: number;
  /** …(within this much)… */
  tolerance: number;
  /**
   * …and each half holds at least this many requests: a share over fewer varies by more than the tolerance from
   * chance alone (at size M a 5-s window holds about 60 requests, and its share jumped by 10 points from one window
   * to the next, so comparing halves of a few hundred requests ended a warm-up after 63 s with two thirds still
   * computing)…
   */
  minRequestsPerHalf: number;
  /** …or after this long (s) at most. */
  maxSeconds: number;
};

/**
 * `--short` (in `npm test`): about 13 s of warm-up at most (a window lasts until its last requests are answered)
 * and a 5-s measurement, about 20 s beside the fresh-server run.
 */
export const shortWarmUp: WarmUpShape = { windowSeconds: 2.5, minWindows: 4, tolerance: 0.01, minRequestsPerHalf: 300, maxSeconds: 12.5 };
/**
 * Long runs: windows of 5 s, at least 20 s and 2,000 requests in each half (a share of 30 % over 2,000 requests
 * varies by about a point from chance), at most 5 minutes.
 */
export const fullWarmUp: WarmUpShape = { windowSeconds: 5, minWindows: 4, tolerance: 0.01, minRequestsPerHalf: 2000, maxSeconds: 300 };

export type WarmUp = {
  seconds: number;
  requests: number;
  /** Why it ended: the computed share stopped falling, or the bound. */
  endedBy: "computed share stopped falling" | "bound";
  /** The computed share of each window, in order. */
  computedShares: number[];
};

/** The share of look-ups that computed the search (0 when there were none). */
export function computedShare(lookups: CacheLookups): number {
  const total = lookups.hits + lookups.revalidated + lookups.updated + lookups.misses;
  return total === 0 ? 0 : lookups.misses / total;
}

function sum(windows: readonly LoadWindow[]): CacheLookups {
  return windows.reduce(
    (all, window) => ({
      hits: all.hits + window.lookups.hits,
      revalidated: all.revalidated + window.lookups.revalidated,
      updated: all.updated + window.lookups.updated,
      misses: all.misses + window.lookups.misses,
    }),
    { hits: 0, revalidated: 0, updated: 0, misses: 0 },
  );
}

function requestsIn(windows: readonly LoadWindow[]): number {
  return windows.reduce((total, window) => total + window.requests, 0);
}

/** Whether the warm-up is over after `windows`: the computed share stopped falling, the bound was reached, or neither (null). */
export function warmUpEnd(windows: readonly LoadWindow[], shape: WarmUpShape): WarmUp["endedBy"] | null {
  if (windows.length >= shape.minWindows) {
    const half = Math.floor(windows.length / 2);
    const secondHalf = windows.slice(-half);
    const firstHalf = windows.slice(0, windows.length - half);
    const enough = [firstHalf, secondHalf].every((part) => requestsIn(part) >= shape.minRequestsPerHalf);
    if (enough && computedShare(sum(secondHalf)) >= computedShare(sum(firstHalf)) - shape.tolerance) return "computed share stopped falling";
  }
  const seconds = windows.reduce((total, window) => total + window.seconds, 0);
  return seconds >= shape.maxSeconds - shape.windowSeconds / 2 ? "bound" : null;
}

/** Runs the load window after window (`runWindow`) until `warmUpEnd` says it is over. */
export async function warmUp(runWindow: (seconds: number) => Promise<LoadWindow>, shape: WarmUpShape): Promise<WarmUp> {
  const windows: LoadWindow[] = [];
  for (;;) {
    windows.push(await runWindow(shape.windowSeconds));
    const endedBy = warmUpEnd(windows, shape);
    if (endedBy !== null) {
      return {
        seconds: windows.reduce((total, window) => total + window.seconds, 0),
        requests: requestsIn(windows),
        endedBy,
        computedShares: windows.map((window) => computedShare(window.lookups)),
      };
    }
  }
}

/** A measured run of the load: its figures, the writes that landed meanwhile and how the result cache answered. */
export type MeasuredLoad = LoadResult & { writes: { landed: number; failed: number; lastError?: string }; lookups?: CacheLookups };
