/**
 * Database time of one request, for the `Server-Timing` header: a view of the shared db handle whose
 * statements are timed. drizzle builds every statement through the handle's session (`prepareQuery`, then
 * `execute`), so a session that times `execute` sees all of them — query builders, `db.execute`, relational
 * queries and whole transactions — without touching a query function. Concurrent statements add up.
 */
import type { Db } from "@karvon/db";

export type TimedDb = { db: Db; elapsedMs: () => number; statements: () => number };

type Prepared = { execute: (...args: unknown[]) => Promise<unknown>; all?: (...args: unknown[]) => Promise<unknown> };
type Session = {
  prepareQuery: (...args: unknown[]) => Prepared;
  transaction: (...args: unknown[]) => Promise<unknown>;
};

export function timedDb(db: Db): TimedDb {
  let elapsed = 0;
  let count = 0;
  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    count += 1;
    try {
      return await run();
    } finally {
      elapsed += performance.now() - started;
    }
  };
  const session = db._.session as unknown as Session;
  const timedSession: Session = Object.create(session, {
    prepareQuery: {
      value: (...args: unknown[]) => {
        const prepared = session.prepareQuery(...args);
        return Object.create(prepared, {
          execute: { value: (...rest: unknown[]) => time(() => prepared.execute(...rest)) },
          all: { value: (...rest: unknown[]) => time(() => (prepared.all ?? prepared.execute).apply(prepared, rest)) },
        });
      },
    },
    transaction: { value: (...args: unknown[]) => time(() => session.transaction(...args)) },
  });
  // Relational builders (`db.query.x`) keep the session they were built with: give each the timed one. Built on
  // first use only: most requests never read `db.query`, and one view per table costs more than a cached search.
  let query: Db["query"] | undefined;
  const timedQuery = () =>
    (query ??= Object.fromEntries(
      Object.entries(db.query).map(([name, builder]) => [name, Object.create(builder as object, { session: { value: timedSession } })]),
    ) as Db["query"]);
  const timed: Db = Object.create(db, {
    session: { value: timedSession },
    _: { value: { ...db._, session: timedSession } },
    query: { get: timedQuery },
  });
  return { db: timed, elapsedMs: () => elapsed, statements: () => count };
}

/** The `Server-Timing` value for a request's database time. */
export function serverTimingHeader(timing: TimedDb): string {
  return `db;dur=${timing.elapsedMs().toFixed(1)};desc="${timing.statements()} statements"`;
}
