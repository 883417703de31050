/**
 * Processes the benchmark starts and always stops: a throwaway PostgreSQL 15 server from the local binaries
 * (as scripts/test.sh does) and the production web server (apps/web/scripts/start.ts, as `npm start` runs it).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { freePort } from "../support/free-port";
import { havePostgresBinaries, pgBin, startPrimary } from "../support/postgres-cluster";
import { benchAuthSecret } from "./session";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
/** The production build the benchmark starts; `npm test` points it at the end-to-end build it already made. */
export const benchDistDir = process.env.BENCH_NEXT_DIST_DIR ?? ".next-bench";

export type Postgres = { url: string; stop: () => void };

/**
 * Server settings of the benchmark's PostgreSQL, and of its replica (which needs at least its primary's
 * connections): 16 clients, the writer and the server's pools fit in 200 connections. `shared_buffers` and
 * `work_mem` are the ones docs/operations.md gives production: the search documents' rows and GIN indexes stay in
 * PostgreSQL's buffers at size M, and counting a common word's matches sorts and hashes in memory.
 */
export const benchPostgresSettings = ["max_connections=200", "shared_buffers=1GB", "work_mem=16MB"] as const;

/** The settings that the search's speed depends on, as a report shows them (a given BENCH_DATABASE_URL keeps its own). */
export const reportedPostgresSettings = ["shared_buffers", "work_mem", "max_connections"] as const;

/** Starts PostgreSQL 15 in a temporary folder, with the database `karvon`. */
export async function startPostgres(): Promise<Postgres> {
  if (!havePostgresBinaries()) throw new Error(`PostgreSQL 15 binaries not found in ${pgBin}; set BENCH_DATABASE_URL`);
  const cluster = await startPrimary(benchPostgresSettings);
  return { url: cluster.url("karvon"), stop: cluster.stop };
}

/** Builds the web app into apps/web/.next-bench unless a build is there. */
export function ensureWebBuild(): void {
  if (existsSync(path.join(repoRoot, "apps/web", benchDistDir, "BUILD_ID"))) return;
  process.stderr.write(`building the web app into apps/web/${benchDistDir} …\n`);
  execFileSync("npx", ["turbo", "run", "build", "--filter=@karvon/web", "--output-logs=errors-only"], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: benchDistDir, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
  });
}

export type WebServer = { url: string; pid: number; rssMb: () => number; resultCacheLookups: () => Promise<CacheLookups>; stop: () => Promise<void> };

/**
 * How the server's cache of whole search results answered so far: from the cache, after checking the writes
 * since (unchanged: revalidated; with them applied: updated), or by computing.
 */
export type CacheLookups = { hits: number; revalidated: number; updated: number; misses: number };

/** Lets the benchmark read the server's metrics (the cache look-ups): any value of 24+ characters. */
const benchMetricsToken = "bench-metrics-bench-metrics-0123";

async function resultCacheLookups(url: string): Promise<CacheLookups> {
  const response = await fetch(`${url}/api/metrics`, { headers: { authorization: `Bearer ${benchMetricsToken}` } });
  const text = await response.text();
  const count = (result: string) => Number(new RegExp(`karvon_search_cache_lookups_total\\{cache="search results",result="${result}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { hits: count("hit"), revalidated: count("revalidated"), updated: count("updated"), misses: count("miss") };
}

/** Resident memory of a process and all its descendants (npx → tsx running start.ts and Next.js in-process), in MB. */
function treeRssMb(pid: number): number {
  let kb = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, "utf8"));
      kb += Number(match?.[1] ?? 0);
    } catch {
      // gone
    }
    stack.push(...(children.get(current) ?? []));
  }
  return kb / 1024;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Polls until no process of the group is left (true) or the time is up (false). */
async function groupGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** The production server on `database`; with `replicaUrls`, its public reads go to those streaming replicas. */
export async function startWebServer(database: { url: string; replicaUrls?: readonly string[] } | { dataDir: string }): Promise<WebServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: benchDistDir,
    NEXT_TELEMETRY_DISABLED: "1",
    KARVON_DEMO_DATA: "off",
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    BETTER_AUTH_SECRET: benchAuthSecret,
    LOG_LEVEL: "warn",
    METRICS_TOKEN: benchMetricsToken,
  };
  delete env.DATABASE_URL;
  delete env.KARVON_DATA_DIR;
  delete env.DATABASE_REPLICA_URLS;
  if ("url" in database) {
    env.DATABASE_URL = database.url;
    if (database.replicaUrls?.length) env.DATABASE_REPLICA_URLS = database.replicaUrls.join(",");
  } else env.KARVON_DATA_DIR = database.dataDir;
  const child: ChildProcess = spawn("npx", ["tsx", "apps/web/scripts/start.ts"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const pid = child.pid ?? 0;
  const stop = async () => {
    // The whole process group (npx → tsx → the server) must be gone before anyone reopens an embedded
    // data folder: the wrapper exits first, while the server is still closing PGlite.
    signalGroup(pid, "SIGTERM");
    if (!(await groupGone(pid, 15_000))) {
      signalGroup(pid, "SIGKILL");
      await groupGone(pid, 5_000);
    }
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited (${child.exitCode}):\n${log.slice(-2000)}`);
    try {
      const response = await fetch(`${url}/api/trpc/stats.overview`);
      if (response.status < 500 || response.status === 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (Date.now() >= deadline) {
    await stop();
    throw new Error(`the web server did not answer within 180 s:\n${log.slice(-2000)}`);
  }
  return { url, pid, rssMb: () => treeRssMb(pid), resultCacheLookups: () => resultCacheLookups(url), stop };
}
