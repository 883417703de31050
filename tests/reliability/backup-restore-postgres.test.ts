/**
 * Backup and restore round trip on PostgreSQL (pg_dump -Fc / pg_restore --clean), through the real commands, into
 * the same database and into an empty one. Part of the run only when a PostgreSQL server is given
 * (TEST_DATABASE_URL; vitest.config.ts); the PGlite round trip is backup-restore.test.ts.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createDb } from "@karvon/db";
import postgres from "postgres";
import { afterAll, describe, expect, it, inject } from "vitest";
import { postgresTemplateName, withDatabase } from "../support/postgres-names";
import { change, checksumsOf, runCli, seed, workFolder } from "./support/backup-roundtrip";

const { folder: work, remove } = workFolder();
afterAll(remove);

const postgresUrl = inject("postgresUrl");
describe("backup and restore on PostgreSQL", () => {
  const names: string[] = [];
  async function createDatabase() {
    const name = `karvon_test_backup_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    names.push(name);
    const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${postgresTemplateName}"`);
    await admin.end();
    return withDatabase(postgresUrl, name);
  }
  afterAll(async () => {
    const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
    for (const name of names) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it("round-trips to identical row counts and checksums (pg_dump -Fc / pg_restore --clean)", { timeout: 240_000 }, async () => {
    const url = await createDatabase();
    const open = () => createDb({ databaseUrl: url, migrate: false, maxConnections: 2 });
    const handle = await open();
    await seed(handle);
    await handle.close();
    const before = await checksumsOf(open);
    expect(before.find((table) => table.table === "listings")?.rows).toBeGreaterThan(10);

    const file = path.join(work, "postgres.backup");
    const backup = await runCli("backup", file, { DATABASE_URL: url });
    expect(backup.out).toContain("Backed up");
    expect(backup.code).toBe(0);

    const changed = await open();
    await change(changed);
    await changed.close();
    expect(await checksumsOf(open)).not.toEqual(before);

    const restore = await runCli("restore", file, { DATABASE_URL: url });
    expect(restore.out).toContain("Restored");
    expect(restore.code).toBe(0);
    expect(await checksumsOf(open)).toEqual(before);

    // Into an empty database (a new server): the schema comes from the backup.
    const emptyName = `karvon_test_backup_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    names.push(emptyName);
    const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${emptyName}"`);
    await admin.end();
    const emptyUrl = withDatabase(postgresUrl, emptyName);
    expect((await runCli("restore", file, { DATABASE_URL: emptyUrl })).code).toBe(0);
    expect(await checksumsOf(() => createDb({ databaseUrl: emptyUrl, migrate: false, maxConnections: 2 }))).toEqual(before);
  });
});
