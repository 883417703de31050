/**
 * Backup and restore round trip, through the real commands (`npm run db:backup` / `db:restore`, i.e.
 * apps/web/scripts/db-backup.ts): a database with demo companies and listings is backed up, then changed, then
 * restored, and every table's row count and checksum (`tableChecksums`) equals the backed-up state. On PGlite the
 * backup refuses while another process holds the data folder; on PostgreSQL it uses pg_dump / pg_restore.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, schema, seedDemoCompanies, seedDemoListings, tableChecksums, type DbHandle } from "@karvon/db";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it, inject } from "vitest";
import { postgresTemplateName, withDatabase } from "../support/postgres-names";

const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "apps/web/scripts/db-backup.ts");
const holder = path.join(root, "tests/support/hold-data-folder.ts");
const work = mkdtempSync(path.join(tmpdir(), "karvon-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runCli(action: "backup" | "restore", file: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const clean = { ...process.env };
    delete clean.DATABASE_URL;
    const child = spawn(process.execPath, ["--import", "tsx", cli, action, file], { cwd: root, env: { ...clean, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += String(chunk)));
    child.stderr.on("data", (chunk: Buffer) => (out += String(chunk)));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

/** Deterministic pseudo-random numbers, so the demo data is the same every run. */
function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

async function seed(handle: DbHandle) {
  const random = seeded(42);
  const { companyIds } = await seedDemoCompanies(handle.db, { hashPassword: async (password) => `test$${password}`, random });
  await seedDemoListings(handle.db, { companyIds, random });
}

/** A change after the backup that the restore must undo: one listing fewer, one audit row more. */
async function change(handle: DbHandle) {
  const [listing] = await handle.db.select({ id: schema.listings.id }).from(schema.listings).limit(1);
  if (!listing) throw new Error("no listing to delete");
  await handle.db.execute(sql`delete from listings where id = ${listing.id}`);
  await handle.db.execute(sql`update companies set legal_name = legal_name || ' (changed)'`);
}

async function checksumsOf(open: () => Promise<DbHandle>) {
  const handle = await open();
  try {
    return await tableChecksums(handle.db);
  } finally {
    await handle.close();
  }
}

describe("backup and restore on PGlite", () => {
  const dataDir = path.join(work, "data");
  const file = path.join(work, "pglite.backup");
  const open = () => createDb({ dataDir, migrate: false });

  it("round-trips to identical row counts and checksums", { timeout: 240_000 }, async () => {
    const handle = await createDb({ dataDir });
    await seed(handle);
    await handle.close();
    const before = await checksumsOf(open);
    expect(before.find((table) => table.table === "listings")?.rows).toBeGreaterThan(10);

    const backup = await runCli("backup", file, { KARVON_DATA_DIR: dataDir });
    expect(backup.out).toContain("Backed up");
    expect(backup.code).toBe(0);
    expect(existsSync(file)).toBe(true);

    const changed = await open();
    await change(changed);
    await changed.close();
    expect(await checksumsOf(open)).not.toEqual(before);

    const restore = await runCli("restore", file, { KARVON_DATA_DIR: dataDir });
    expect(restore.out).toContain("Restored");
    expect(restore.code).toBe(0);
    expect(await checksumsOf(open)).toEqual(before);

    // Into a folder that never held a database (a new machine).
    const fresh = path.join(work, "fresh");
    expect((await runCli("restore", file, { KARVON_DATA_DIR: fresh })).code).toBe(0);
    expect(await checksumsOf(() => createDb({ dataDir: fresh, migrate: false }))).toEqual(before);
  });

  it("refuses while the portal holds the data folder, and leaves it untouched", { timeout: 120_000 }, async () => {
    const before = await checksumsOf(open);
    const child = spawn(process.execPath, ["--import", "tsx", holder, dataDir], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => String(chunk).includes("ready") && resolve());
        child.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      const refusedBackup = await runCli("backup", path.join(work, "refused.backup"), { KARVON_DATA_DIR: dataDir });
      expect(refusedBackup.code).not.toBe(0);
      expect(refusedBackup.out).toMatch(/Cannot back up: .*in use by another Karvon process/);
      expect(existsSync(path.join(work, "refused.backup"))).toBe(false);
      const refusedRestore = await runCli("restore", file, { KARVON_DATA_DIR: dataDir });
      expect(refusedRestore.code).not.toBe(0);
      expect(refusedRestore.out).toMatch(/Cannot restore: .*in use by another Karvon process/);
    } finally {
      await new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      });
    }
    expect(await checksumsOf(open)).toEqual(before);
  });

  it("refuses a file of the other engine", { timeout: 60_000 }, async () => {
    const wrong = await runCli("restore", file, { KARVON_DATA_DIR: dataDir, DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(wrong.code).not.toBe(0);
    expect(wrong.out).toContain("not a pg_dump archive");
  });
});

const postgresUrl = inject("postgresUrl");
describe.runIf(postgresUrl)("backup and restore on PostgreSQL", () => {
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
