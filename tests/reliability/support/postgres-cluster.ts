/**
 * Throwaway PostgreSQL 15 clusters from the local binaries (as scripts/test.sh starts one): a primary, and a
 * streaming replica of it made with `pg_basebackup -R` (which writes standby.signal and primary_conninfo). As
 * root the server runs as the postgres user, which it requires.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../support/free-port";

export const pgBin = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export function havePostgresBinaries(): boolean {
  return existsSync(path.join(pgBin, "initdb")) && existsSync(path.join(pgBin, "pg_basebackup"));
}

const asRoot = process.getuid?.() === 0;

function run(binary: string, args: string[]): void {
  const command = path.join(pgBin, binary);
  // No pipes: the server pg_ctl starts would inherit them, and the call would wait for it to exit.
  if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { cwd: "/", stdio: "ignore" });
  else execFileSync(command, args, { stdio: "ignore" });
}

export type Cluster = { port: number; url: (database: string) => string; stop: () => void };

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "karvon-pg-"));
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  return dir;
}

function start(dir: string, port: number): Cluster {
  run("pg_ctl", ["-D", path.join(dir, "data"), "-l", path.join(dir, "log"), "-w", "-t", "120", "-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`, "start"]);
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      try {
        run("pg_ctl", ["-D", path.join(dir, "data"), "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A new primary with an empty database `karvon`. */
export async function startPrimary(): Promise<Cluster> {
  const dir = folder();
  run("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const cluster = start(dir, await freePort());
  run("createdb", ["-h", "127.0.0.1", "-p", String(cluster.port), "-U", "postgres", "karvon"]);
  return cluster;
}

/** A streaming replica of `primary`, on a port of its own. */
export async function startReplica(primary: Cluster): Promise<Cluster> {
  const dir = folder();
  // A fast checkpoint: the default spreads it over most of checkpoint_timeout (minutes) after a large write.
  run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres", "-D", path.join(dir, "data"), "-R", "-X", "stream", "--checkpoint=fast"]);
  return start(dir, await freePort());
}
