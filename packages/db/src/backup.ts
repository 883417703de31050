import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { amcheck } from "@electric-sql/pglite/contrib/amcheck";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { acquireDataFolderLock, DataFolderLockedError } from "./lock";

/**
 * Backup and restore of either engine.
 * - PostgreSQL (`databaseUrl`): `pg_dump -Fc` into the file; restore with `pg_restore --clean --if-exists` in one
 *   transaction (a failed restore leaves the database as it was).
 * - PGlite (`dataDir`): PGlite's own `dumpDataDir()` archive (a gzipped tar of its data folder). The data folder
 *   lock is taken first, so a backup or restore refuses while the portal holds the folder. Restore builds the new
 *   folder beside the old one and swaps them only once it opened.
 */
export type BackupTarget = { databaseUrl?: string; dataDir?: string; pgBinDir?: string };

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

const PG_DUMP_MAGIC = "PGDMP";

/** pg_dump / pg_restore: in the given folder, the newest /usr/lib/postgresql/<n>/bin, or else on PATH. */
export function findPgBinary(name: "pg_dump" | "pg_restore", pgBinDir?: string): string {
  const candidates: string[] = [];
  if (pgBinDir) candidates.push(path.join(pgBinDir, name));
  const versions = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql").filter((entry) => /^\d+$/.test(entry)).sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) candidates.push(path.join("/usr/lib/postgresql", version, "bin", name));
  // A bare name: spawn looks it up on PATH, and a missing binary is reported by run().
  return candidates.find((candidate) => existsSync(candidate)) ?? name;
}

function run(bin: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) =>
      reject(new BackupError(`${path.basename(bin)} could not start (${error.message}): install the PostgreSQL client tools (pg_dump, pg_restore).`)),
    );
    child.on("exit", (code) => {
      if (code === 0) resolve();
      // The URL may carry a password: never echo it.
      else reject(new BackupError(`${path.basename(bin)} failed (exit ${code}): ${stderr.replace(/\/\/[^@/\s]*@/g, "//***@").trim()}`));
    });
  });
}

function lockPgliteFolder(dataDir: string, action: string): () => void {
  try {
    return acquireDataFolderLock(path.resolve(dataDir));
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      throw new BackupError(`Cannot ${action}: ${error.message} The embedded database can only be copied while the portal is stopped.`);
    }
    throw error;
  }
}

function openPgliteAt(dir: string, loadDataDir?: Blob) {
  return PGlite.create({ dataDir: dir, extensions: { pg_trgm, amcheck }, loadDataDir });
}

export async function backupDatabase(target: BackupTarget, file: string): Promise<{ engine: "postgres" | "pglite"; bytes: number }> {
  const out = path.resolve(file);
  mkdirSync(path.dirname(out), { recursive: true });
  if (target.databaseUrl) {
    await run(findPgBinary("pg_dump", target.pgBinDir), ["--format=custom", "--no-owner", "--file", out, "--dbname", target.databaseUrl]);
    return { engine: "postgres", bytes: readFileSync(out).length };
  }
  const dataDir = path.resolve(target.dataDir ?? ".data");
  const pgDir = path.join(dataDir, "pg");
  if (!existsSync(pgDir)) throw new BackupError(`No embedded database in ${dataDir} (no pg folder): nothing to back up.`);
  const release = lockPgliteFolder(dataDir, "back up");
  try {
    const pglite = await openPgliteAt(pgDir);
    try {
      const dump = await pglite.dumpDataDir("gzip");
      const bytes = Buffer.from(await dump.arrayBuffer());
      writeFileSync(`${out}.partial`, bytes);
      renameSync(`${out}.partial`, out);
      return { engine: "pglite", bytes: bytes.length };
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
}

export async function restoreDatabase(target: BackupTarget, file: string): Promise<{ engine: "postgres" | "pglite" }> {
  const source = path.resolve(file);
  if (!existsSync(source)) throw new BackupError(`Backup file ${source} does not exist.`);
  const content = readFileSync(source);
  const isPgDump = content.subarray(0, PG_DUMP_MAGIC.length).toString("latin1") === PG_DUMP_MAGIC;
  const isGzip = content[0] === 0x1f && content[1] === 0x8b;
  if (target.databaseUrl) {
    if (!isPgDump) {
      throw new BackupError(`${source} is not a pg_dump archive${isGzip ? " (it looks like an embedded-database backup: restore it without DATABASE_URL)" : ""}.`);
    }
    await run(findPgBinary("pg_restore", target.pgBinDir), [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--single-transaction",
      "--exit-on-error",
      "--dbname",
      target.databaseUrl,
      source,
    ]);
    return { engine: "postgres" };
  }
  if (!isGzip) {
    throw new BackupError(`${source} is not an embedded-database backup${isPgDump ? " (it is a pg_dump archive: restore it with DATABASE_URL set)" : ""}.`);
  }
  const dataDir = path.resolve(target.dataDir ?? ".data");
  mkdirSync(dataDir, { recursive: true });
  const release = lockPgliteFolder(dataDir, "restore");
  const pgDir = path.join(dataDir, "pg");
  const incoming = path.join(dataDir, "pg.restoring");
  const previous = path.join(dataDir, "pg.before-restore");
  try {
    rmSync(incoming, { recursive: true, force: true });
    mkdirSync(incoming, { recursive: true });
    const pglite = await openPgliteAt(incoming, new Blob([content]));
    try {
      await pglite.query("select 1");
    } finally {
      await pglite.close();
    }
    rmSync(previous, { recursive: true, force: true });
    if (existsSync(pgDir)) renameSync(pgDir, previous);
    renameSync(incoming, pgDir);
    rmSync(previous, { recursive: true, force: true });
    return { engine: "pglite" };
  } catch (error) {
    rmSync(incoming, { recursive: true, force: true });
    throw error;
  } finally {
    release();
  }
}
