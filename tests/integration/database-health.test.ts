/**
 * The readiness check's view of the database (packages/db/src/health.ts): a migrated database has no pending
 * migration, one whose latest migration is not recorded has one, and a closed connection is unreachable.
 */
import { checkDatabaseHealth } from "@karvon/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabases } from "../support/databases";

describe.each(testDatabases())("database health on $name", (database) => {
  it("counts pending migrations and reports a closed database as unreachable", async () => {
    const handle = await database.open();
    try {
      expect(await checkDatabaseHealth(handle.db)).toEqual({ reachable: true, pendingMigrations: 0 });
      await handle.db.execute(
        sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
      );
      expect(await checkDatabaseHealth(handle.db)).toEqual({ reachable: true, pendingMigrations: 1 });
      await handle.db.execute(sql`drop schema drizzle cascade`);
      const unmigrated = await checkDatabaseHealth(handle.db);
      expect(unmigrated.reachable && unmigrated.pendingMigrations).toBeGreaterThan(10);
    } finally {
      await handle.close();
    }
    expect((await checkDatabaseHealth(handle.db)).reachable).toBe(false);
  });
});
