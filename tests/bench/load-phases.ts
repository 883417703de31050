/**
 * The 16-client load of the benchmark as it runs: the Zipf-ordered request paths of the pool, and the load measured
 * on the fresh server and again in its steady state (steady-state.ts), with the writes landing throughout.
 */
import { trpcUrl } from "./http";
import { runLoad } from "./load-test";
import { createQueryPool, zipfDraws } from "./pool";
import type { DbResult } from "./report";
import type { CacheLookups, WebServer } from "./servers";
import { fullWarmUp, shortWarmUp, warmUp, type MeasuredLoad } from "./steady-state";
import { writeStream, type Writer } from "./writes";

/**
 * The pool of the 16-client load, as request paths in their Zipf-drawn order: 200,000 draws (sharing the pool's
 * 5,000 strings), more than a long run's warm-up and measurements ask at a few hundred requests a second, so the
 * sequence never starts over.
 */
export function zipfPaths(seed: number): string[] {
  const paths = createQueryPool(5000, seed).map((query) => trpcUrl("", "search.query", query.input));
  return zipfDraws(paths, 200_000, seed);
}

/**
 * The 16-client load with 2 writes/s, measured twice in one go (steady-state.ts): on the fresh server for its first
 * seconds, then — after the same load ran on unmeasured until the computed share stopped falling, or a bound — in
 * its steady state. The writes land throughout; the Zipf sequence goes on where each run stopped.
 */
export async function measureLoad(
  server: WebServer,
  writer: Writer,
  paths: readonly string[],
  short: boolean,
  label: string,
): Promise<{ load: DbResult["load"]; steady: NonNullable<DbResult["steady"]> }> {
  process.stderr.write(`${label} 16 clients, Zipf over 5,000 queries, 2 writes/s …\n`);
  const stream = writeStream(writer, 2);
  let next = 0;
  const run = async (seconds: number): Promise<MeasuredLoad & { lookups: CacheLookups }> => {
    const lookupsBefore = await server.resultCacheLookups();
    const writesBefore = stream.sofar();
    const { next: after, ...result } = await runLoad(server.url, paths, 16, seconds, next);
    next = after;
    const writes = stream.sofar();
    const lookups = addLookups({ hits: 0, revalidated: 0, updated: 0, misses: 0 }, lookupsBefore, await server.resultCacheLookups());
    return { ...result, writes: { landed: writes.landed - writesBefore.landed, failed: writes.failed - writesBefore.failed, lastError: writes.lastError }, lookups };
  };
  try {
    const measuredSeconds = short ? 5 : 20;
    const load = await run(measuredSeconds);
    const shape = short ? shortWarmUp : fullWarmUp;
    process.stderr.write(`${label} the same load, unmeasured, until the computed share stops falling (at most ${shape.maxSeconds} s) …\n`);
    const warming = await warmUp(run, shape);
    const steady = await run(measuredSeconds);
    return { load, steady: { ...steady, warmUp: warming, after: { seconds: load.seconds + warming.seconds, requests: load.requests + warming.requests } } };
  } finally {
    await stream.stop();
  }
}

/** Adds to `sum` the look-ups between two readings of the server's counters; returns `sum`. */
export function addLookups(sum: CacheLookups, before: CacheLookups, after: CacheLookups): CacheLookups {
  sum.hits += after.hits - before.hits;
  sum.revalidated += after.revalidated - before.revalidated;
  sum.updated += after.updated - before.updated;
  sum.misses += after.misses - before.misses;
  return sum;
}
