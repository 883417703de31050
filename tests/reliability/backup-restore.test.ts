/**
 * Backup and restore round trip on PGlite, through the real commands: a database with demo companies and listings
 * is backed up, then changed, then restored, and every table's row count and checksum (`tableChecksums`) equals
 * the backed-up state; the backup refuses while another process holds the data folder. The same on PostgreSQL
 * (pg_dump / pg_restore): backup-restore-postgres.test.ts.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createDb } from "@karvon/db";
import { afterAll, describe, expect, it } from "vitest";
import { change, checksumsOf, root, runCli, seed, workFolder } from "./support/backup-roundtrip";

const holder = path.join(root, "tests/support/hold-data-folder.ts");
const { folder: work, remove } = workFolder();
afterAll(remove);

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
