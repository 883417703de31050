/**
 * The databases every integration test runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set
 * (`npm test` starts a throwaway server from the local binaries). Each call opens a fresh, migrated database.
 *
 *   describe.each(testDatabases())("contact on $name", (database) => {
 *     const handle = useTestDatabase(database);
 *     it("…", async () => { await handle.db.select()… });
 *   });
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createDb, type DbHandle } from "@karvon/db";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { postgresTemplateName, withDatabase } from "./postgres-names";

export type TestDatabase = { name: "pglite" | "postgres"; open: () => Promise<DbHandle> };

async function openPglite(): Promise<DbHandle> {
  const dump = new Blob([readFileSync(inject("pgliteTemplatePath"))]);
  return createDb({ dataDir: "memory://", loadDataDir: dump, migrate: false });
}

async function openPostgres(url: string): Promise<DbHandle> {
  const name = `karvon_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${postgresTemplateName}"`);
  } finally {
    await admin.end();
  }
  const handle = await createDb({ databaseUrl: withDatabase(url, name), migrate: false, maxConnections: 20 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * PGlite alone, for files whose subject is not the database: who may call what (the authorization matrix, queries
 * that write nothing) and the demo data, which the portal seeds on the embedded database only. Running them on
 * PostgreSQL too doubled their time and checked nothing more; SQL, concurrency, text encodings and search stay
 * on testDatabases().
 */
export function embeddedTestDatabase(): TestDatabase[] {
  return [{ name: "pglite", open: openPglite }];
}

export function testDatabases(): TestDatabase[] {
  const url = inject("postgresUrl");
  const list: TestDatabase[] = [{ name: "pglite", open: openPglite }];
  if (url) list.push({ name: "postgres", open: () => openPostgres(url) });
  return list;
}

/**
 * Opens `database` before the tests of the enclosing describe block and closes it after them. The handle's
 * fields are read through getters, so they are valid inside hooks and tests (not while the block is collected).
 */
export function useTestDatabase(database: TestDatabase): DbHandle {
  let opened: DbHandle | undefined;
  beforeAll(async () => {
    opened = await database.open();
  });
  afterAll(async () => {
    await opened?.close();
  });
  const current = (): DbHandle => {
    if (opened === undefined) throw new Error(`the ${database.name} test database is open only inside hooks and tests`);
    return opened;
  };
  return {
    get db() {
      return current().db;
    },
    get driver() {
      return current().driver;
    },
    get pglite() {
      return current().pglite;
    },
    close: () => current().close(),
  };
}
