/**
 * A public read on a read replica that the replica itself fails — a hot standby cancels a query for a conflict
 * with recovery when the primary's writes and vacuum remove rows its snapshot sees, or its connection is lost —
 * is answered by the primary. A failure that is not the replica's is not asked again.
 * (At size M, 12 clients searching a real streaming replica while writes landed on the primary saw 261 of
 * 3,260 searches cancelled this way; docs/operations.md, "Adding a replica".)
 */
import type { Db, DbHandle } from "@karvon/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { testNow } from "../support/clock";
import { testDatabases } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

/** The primary as a replica whose every raw statement fails with `serverError`, as postgres.js and drizzle report it. */
function failingReplica(primary: Db, serverError: { code: string; message: string }, calls: { count: number }): Db {
  return new Proxy(primary, {
    get(target, key, receiver) {
      if (key !== "execute") return Reflect.get(target, key, receiver);
      return async () => {
        calls.count += 1;
        throw Object.assign(new Error("Failed query: select …"), { cause: Object.assign(new Error(serverError.message), { code: serverError.code }) });
      };
    },
  });
}

describe.each(testDatabases())("public reads when the read replica fails on $name", (database) => {
  let handle: DbHandle;
  let listingId: string;

  beforeAll(async () => {
    handle = await database.open();
    const companyId = await seedCompany(handle.db, { legalName: "Quba Bağları", country: "AZ" });
    // Published shortly before the callers' clock (testNow), so still valid when they search.
    listingId = await seedListing(handle.db, { companyId, kind: "offer", title: { en: "Quba apples in bulk" }, publishedAt: new Date(testNow.getTime() - 86_400_000) }, testNow);
  });

  afterAll(async () => {
    await handle.close();
  });

  it("answers from the primary a search the replica cancelled for a conflict with recovery", async () => {
    const calls = { count: 0 };
    const replicaDb = failingReplica(handle.db, { code: "40001", message: "canceling statement due to conflict with recovery" }, calls);
    const result = await callerFor({ db: handle.db, replicaDb, session: null }).search.query({ q: "Quba apples" });
    expect(calls.count).toBeGreaterThan(0);
    expect(result.hits.map((hit) => hit.entityId)).toContain(listingId);
  });

  it("answers from the primary when the replica's connection was lost", async () => {
    const calls = { count: 0 };
    const replicaDb = failingReplica(handle.db, { code: "CONNECTION_CLOSED", message: "write CONNECTION_CLOSED 127.0.0.1:5433" }, calls);
    const result = await callerFor({ db: handle.db, replicaDb, session: null }).search.query({ q: "apples", type: "offers" });
    expect(calls.count).toBeGreaterThan(0);
    expect(result.hits.map((hit) => hit.entityId)).toContain(listingId);
  });

  it("does not ask the primary again when the failure is not the replica's", async () => {
    const calls = { count: 0 };
    const replicaDb = failingReplica(handle.db, { code: "22P02", message: "invalid input syntax" }, calls);
    await expect(callerFor({ db: handle.db, replicaDb, session: null }).search.query({ q: "Quba" })).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
    expect(calls.count).toBeGreaterThan(0);
  });
});
