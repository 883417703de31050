/**
 * The backup round trip's shared parts: the real command (`npm run db:backup` / `db:restore`, i.e.
 * apps/web/scripts/db-backup.ts) run as a child process, the same demo data every run, a change the restore must
 * undo, and every table's row count and checksum.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { schema, seedDemoCompanies, seedDemoListings, tableChecksums, type DbHandle } from "@karvon/db";
import { sql } from "drizzle-orm";

export const root = path.resolve(import.meta.dirname, "../../..");
const cli = path.join(root, "apps/web/scripts/db-backup.ts");

/** A folder of its own for one test file's backups and data folders; `remove` when the file is done. */
export function workFolder() {
  const folder = mkdtempSync(path.join(tmpdir(), "karvon-backup-"));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export function runCli(action: "backup" | "restore", file: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
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

export async function seed(handle: DbHandle) {
  const random = seeded(42);
  const { companyIds } = await seedDemoCompanies(handle.db, { hashPassword: async (password) => `test$${password}`, random });
  await seedDemoListings(handle.db, { companyIds, random });
}

/** A change after the backup that the restore must undo: one listing fewer, one audit row more. */
export async function change(handle: DbHandle) {
  const [listing] = await handle.db.select({ id: schema.listings.id }).from(schema.listings).limit(1);
  if (!listing) throw new Error("no listing to delete");
  await handle.db.execute(sql`delete from listings where id = ${listing.id}`);
  await handle.db.execute(sql`update companies set legal_name = legal_name || ' (changed)'`);
}

export async function checksumsOf(open: () => Promise<DbHandle>) {
  const handle = await open();
  try {
    return await tableChecksums(handle.db);
  } finally {
    await handle.close();
  }
}
