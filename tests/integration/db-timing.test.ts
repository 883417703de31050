/**
 * The timed view of the db handle behind the `Server-Timing` header of every tRPC response: statements made
 * through it (query builders, raw SQL, relational queries, transactions) give the same results as the plain
 * handle and are counted.
 */
import { timedDb } from "@karvon/api";
import { schema } from "@karvon/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("timedDb on $name", (database) => {
  const handle = useTestDatabase(database);

  it("counts builder, raw, relational and transactional statements and returns what the plain handle returns", async () => {
    const timing = timedDb(handle.db);
    const { db } = timing;
    await db.insert(schema.organization).values({ id: "timing-org", name: "Timing", slug: "timing-org" });
    const raw = await db.execute(sql`select count(*)::int as n from ${schema.organization} where id = 'timing-org'`);
    expect(JSON.stringify(raw)).toContain('"n":1');
    const relational = await db.query.organization.findFirst({ where: (table, { eq }) => eq(table.id, "timing-org") });
    expect(relational?.name).toBe("Timing");
    const inTransaction = await db.transaction(async (tx) => {
      await tx.update(schema.organization).set({ name: "Timed" }).where(sql`id = 'timing-org'`);
      return tx.select().from(schema.organization).where(sql`id = 'timing-org'`);
    });
    expect(inTransaction[0]?.name).toBe("Timed");
    expect(timing.statements()).toBeGreaterThanOrEqual(4);
    expect(timing.elapsedMs()).toBeGreaterThan(0);
  });

  it("serves a whole procedure through the timed handle", async () => {
    const timing = timedDb(handle.db);
    const caller = callerFor({ db: timing.db, session: null });
    const plain = await callerFor({ db: handle.db, session: null }).stats.companiesByCountry();
    expect(await caller.stats.companiesByCountry()).toEqual(plain);
    expect(timing.statements()).toBeGreaterThan(0);
  });
});
