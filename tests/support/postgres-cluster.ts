/**
 * Throwaway PostgreSQL 15 clusters from the local binaries (as scripts/test.sh starts one): a primary, and a
 * streaming replica of it made with `pg_basebackup -R` (which writes standby.signal and primary_conninfo). As
 * root the server runs as the postgres user, which it requires. Used by the reliability suite and the benchmark.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

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

/**
 * Server settings beyond the defaults, as `name=value`. A hot standby refuses to start with fewer connections
 * (and a few other limits) than its primary, so a replica is started with its primary's settings.
 */
export type ClusterSettings = readonly string[];

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "karvon-pg-"));
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  return dir;
}

function start(dir: string, port: number, settings: ClusterSettings): Cluster {
  const options = [`-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`, ...settings.map((setting) => `-c ${setting}`)].join(" ");
  run("pg_ctl", ["-D", path.join(dir, "data"), "-l", path.join(dir, "log"), "-w", "-t", "120", "-o", options, "start"]);
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
export async function startPrimary(settings: ClusterSettings = []): Promise<Cluster> {
  const dir = folder();
  run("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const cluster = start(dir, await freePort(), settings);
  run("createdb", ["-h", "127.0.0.1", "-p", String(cluster.port), "-U", "postgres", "karvon"]);
  return cluster;
}

/**
 * A streaming replica, on a port of its own, of the server at `primaryUrl` (a `postgres://` address whose user
 * may replicate: the superuser of a cluster `startPrimary` made, or of one scripts/test.sh made).
 */
export async function startReplica(primaryUrl: string, settings: ClusterSettings = []): Promise<Cluster> {
  const primary = new URL(primaryUrl);
  const dir = folder();
  // A fast checkpoint: the default spreads it over most of checkpoint_timeout (minutes) after a large write.
  run("pg_basebackup", ["-h", primary.hostname, "-p", primary.port || "5432", "-U", decodeURIComponent(primary.username) || "postgres", "-D", path.join(dir, "data"), "-R", "-X", "stream", "--checkpoint=fast"]);
  return start(dir, await freePort(), settings);
}
