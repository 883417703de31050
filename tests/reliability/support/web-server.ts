/**
 * The production server (`apps/web/scripts/start.ts`, the same server `npm start` runs) of the build the end-to-end tests use
 * (E2E_DIST_DIR, default .next-e2e — scripts/test.sh builds it before these tests run), on a PostgreSQL database
 * or an embedded data folder (./server-database.ts), for the load, two-process and mail outbox tests. Its whole output goes to tests/.reports/server-<name>.log, which the
 * after-e2e check greps for secrets like the e2e server's log.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, openSync, closeSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { freePort } from "../../support/free-port";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const reportsDir = path.join(repoRoot, "tests/.reports");
export const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
export const authSecret = "reliability-secret-reliability-secret-0123";

/** The build must be there: these tests run after `npm test`'s build step (or after building it by hand). */
export function requireBuild(): void {
  const buildId = path.join(repoRoot, "apps/web", distDir, "BUILD_ID");
  if (!existsSync(buildId)) {
    throw new Error(`No production build in apps/web/${distDir}: build it first (NEXT_DIST_DIR=${distDir} npx turbo run build --filter=@karvon/web), or set E2E_DIST_DIR.`);
  }
}

/** A new empty database on the TEST_DATABASE_URL server; dropped by the returned function. */
export async function createPostgresDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  return {
    url: parsed.toString(),
    drop: async () => {
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}

export type WebServer = {
  url: string;
  port: number;
  log: string;
  stop: () => Promise<void>;
  /** Sends a signal to the server's process group. */
  signal: (signal: NodeJS.Signals) => void;
  /** Resolves with the server process's exit code (null when a signal ended it). */
  exited: Promise<number | null>;
};

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a server on `database` (its DATABASE_URL, or KARVON_DATA_DIR for the embedded database) and waits until
 * it answers; `env` overrides the rest.
 */
export async function startWebServer(params: { name: string; database: { env: Record<string, string> }; env?: Record<string, string>; port?: number }): Promise<WebServer> {
  requireBuild();
  const port = params.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(reportsDir, { recursive: true });
  const log = path.join(reportsDir, `server-${params.name}.log`);
  const out = openSync(log, "w");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: url,
    BETTER_AUTH_SECRET: authSecret,
    // Files of the server's own (staff requests); the embedded database's folder when database.env names none.
    KARVON_DATA_DIR: path.join(reportsDir, `data-${params.name}`),
    // The tests stand in for a proxy on loopback: each simulated client's X-Forwarded-For is its address.
    TRUSTED_PROXIES: "127.0.0.1",
    ...params.database.env,
    ...params.env,
  };
  // Never the caller's own database: only the one named.
  if (params.database.env.DATABASE_URL === undefined) delete env.DATABASE_URL;
  // Its own process group, so that stop() ends all of it and nothing else.
  const child = spawn(process.execPath, ["--import", "tsx", "apps/web/scripts/start.ts"], { cwd: repoRoot, env, stdio: ["ignore", out, out], detached: true });
  closeSync(out);
  const pid = child.pid ?? 0;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async () => {
    if (!groupAlive(pid)) return;
    process.kill(-pid, "SIGTERM");
    for (let waited = 0; waited < 15_000 && groupAlive(pid); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    if (groupAlive(pid)) process.kill(-pid, "SIGKILL");
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web server ${params.name} exited (${child.exitCode}); see ${log}`);
    try {
      const response = await fetch(`${url}/api/trpc/stats.overview`);
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the web server ${params.name} did not answer within 180 s; see ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, port, log, stop, exited, signal: (signal) => process.kill(-pid, signal) };
}

/** Signs in through better-auth's HTTP route (as the browser does); returns the Cookie header to send. */
export async function signInCookie(base: string, email: string, password: string, ip: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": ip },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

export type Answer = { status: number; ms: number; json: unknown };

/** tRPC over HTTP as the browser calls it (superjson `{ json }` envelope). */
export async function trpc(base: string, kind: "query" | "mutation", procedure: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const response =
    kind === "query"
      ? await fetch(`${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, { headers })
      : await fetch(`${base}/api/trpc/${procedure}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: base, ...headers },
          body: JSON.stringify({ json: input }),
        });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, ms: performance.now() - started, json };
}

export function dataOf<T>(answer: Answer): T {
  const data = (answer.json as { result?: { data?: { json?: T } } }).result?.data?.json;
  if (answer.status !== 200 || data === undefined) throw new Error(`tRPC answered ${answer.status}: ${JSON.stringify(answer.json).slice(0, 300)}`);
  return data;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
