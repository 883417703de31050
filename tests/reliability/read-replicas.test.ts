/**
 * Read replicas against a real streaming replica: a PostgreSQL 15 primary and a replica made with
 * `pg_basebackup -R`, both started by the test. Replay on the replica is paused so that its lag is visible and
 * lasts; then a search document is deleted on the primary. An anonymous visitor's search (`publicReadProcedure`,
 * answered by the replica) still shows the old state, whole — the deleted document on its page and in its total —
 * while a signed-in person's search reads the primary and sees the change at once (read-your-writes). Once replay
 * resumes, the anonymous search catches up.
 */
import { appRouter, createCallerFactory, createTRPCContext, type Session } from "@karvon/api";
import { createDb, refreshSearchDocumentsForCompanies, replicaLagSeconds, seedDemoCompanies, type DbHandle } from "@karvon/db";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { havePostgresBinaries, pgBin, startPrimary, startReplica, type Cluster } from "./support/postgres-cluster";

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const createCaller = createCallerFactory(appRouter);
const signedIn: Session = {
  user: { id: "reader", email: "reader@example.com", name: "Reader", role: "user", emailVerified: true, banned: false, locale: "en" },
  session: { id: "reader-session" },
};

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("public reads on a streaming replica", () => {
  it("answers anonymous searches from the replica, whole, and signed-in ones from the primary", { timeout: 480_000 }, async () => {
    expect(havePostgresBinaries(), `PostgreSQL 15 binaries in ${pgBin} (initdb, pg_basebackup)`).toBe(true);
    const primaryCluster: Cluster = await startPrimary();
    cleanups.push(() => primaryCluster.stop());
    const primary: DbHandle = await createDb({ databaseUrl: primaryCluster.url("karvon"), maxConnections: 4 });
    cleanups.push(() => primary.close());
    // The demo companies and their search documents (passwords unhashed: nobody signs in here).
    const { companyIds } = await seedDemoCompanies(primary.db, { hashPassword: async (password) => password, random: Math.random });
    await refreshSearchDocumentsForCompanies(primary.db, companyIds, new Date());

    const replicaCluster = await startReplica(primaryCluster);
    cleanups.push(() => replicaCluster.stop());
    const replica: DbHandle = await createDb({ databaseUrl: replicaCluster.url("karvon"), migrate: false, maxConnections: 4 });
    cleanups.push(() => replica.close());
    expect(await replicaLagSeconds(primary.db), "the primary is no replica").toBeNull();

    const anonymous = createCaller(createTRPCContext({ db: primary.db, replicaDb: replica.db, session: null }));
    const person = createCaller(createTRPCContext({ db: primary.db, replicaDb: replica.db, session: signedIn }));
    const browse = { q: "", type: "companies" } as const;
    const before = await person.search.query(browse);
    expect(before.total).toBeGreaterThan(1);
    const target = before.hits[0]?.entityId ?? "";
    // The replica has caught up with the seed.
    await until(() => anonymous.search.query(browse), (result) => result.total === before.total, "the replica to replay the seed");

    // Replay paused: the replica receives the primary's WAL but does not apply it.
    await replica.db.execute(sql`select pg_wal_replay_pause()`);
    await primary.db.execute(sql`delete from search_documents where entity_id = ${target}`);
    const lag = await until(() => replicaLagSeconds(replica.db), (value) => value !== null && value > 0, "the lag to show");
    console.log(`replica lag while replay is paused: ${lag?.toFixed(2)} s`);

    const fromPrimary = await person.search.query(browse);
    expect(fromPrimary.total, "the signed-in person reads the primary").toBe(before.total - 1);
    expect(fromPrimary.hits.map((hit) => hit.entityId)).not.toContain(target);
    const fromReplica = await anonymous.search.query(browse);
    expect(fromReplica.total, "the anonymous visitor reads the lagging replica").toBe(before.total);
    expect(fromReplica.hits.map((hit) => hit.entityId), "page and total of one state").toContain(target);
    expect(fromReplica.hits.map((hit) => hit.entityId)).toEqual(before.hits.map((hit) => hit.entityId));

    await replica.db.execute(sql`select pg_wal_replay_resume()`);
    const caughtUp = await until(() => anonymous.search.query(browse), (result) => result.total === before.total - 1, "the replica to catch up");
    expect(caughtUp.hits.map((hit) => hit.entityId)).not.toContain(target);
    expect(await until(() => replicaLagSeconds(replica.db), (value) => value === 0, "the lag to return to 0")).toBe(0);
  });
});
