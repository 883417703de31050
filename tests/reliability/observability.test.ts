/**
 * What a load balancer and the monitoring see of one production server (`apps/web/scripts/start.ts` of the e2e
 * build) on PostgreSQL: /api/health and /api/ready answer 200, /api/ready turns 503 while migrations are pending,
 * and /api/metrics serves Prometheus text to the bearer of METRICS_TOKEN only, with the durations of the
 * procedures and pages just requested and the search cache's look-ups.
 */
import { createDb, executeRows } from "@karvon/db";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, startWebServer, trpc, type WebServer } from "./support/web-server";

const serverUrl = process.env.TEST_DATABASE_URL ?? "";
const metricsToken = "metrics-token-for-the-reliability-tests";
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown; cacheControl: string | null }> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Prometheus text or a plain refusal
  }
  return { status: response.status, body, cacheControl: response.headers.get("cache-control") };
}

describe("health, readiness and metrics of the production server", () => {
  let server: WebServer;
  let databaseUrl = "";

  it("starts on PostgreSQL with a metrics token", { timeout: 300_000 }, async () => {
    expect(serverUrl, "TEST_DATABASE_URL (a PostgreSQL server; npm test starts one)").not.toBe("");
    const database = await createPostgresDatabase(serverUrl, "karvon_observe");
    cleanups.push(database.drop);
    databaseUrl = database.url;
    server = await startWebServer({ name: "observe", database: { env: { DATABASE_URL: databaseUrl } }, env: { METRICS_TOKEN: metricsToken } });
    cleanups.push(server.stop);
  });

  it("answers alive and ready, never cached", async () => {
    expect(await getJson(`${server.url}/api/health`)).toEqual({ status: 200, body: { status: "alive" }, cacheControl: "no-store" });
    expect(await getJson(`${server.url}/api/ready`)).toEqual({ status: 200, body: { status: "ready", database: "ok" }, cacheControl: "no-store" });
  });

  it("is not ready while a committed migration is not applied", async () => {
    const handle = await createDb({ databaseUrl, migrate: false, maxConnections: 1 });
    try {
      const [latest] = await executeRows<{ id: number; hash: string; created_at: string }>(
        handle.db,
        sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning id, hash, created_at`,
      );
      const notReady = await getJson(`${server.url}/api/ready`);
      expect(notReady.status).toBe(503);
      expect(notReady.body).toEqual({ status: "not ready", database: "migrations pending", pendingMigrations: 1 });
      await handle.db.execute(sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${latest?.id}, ${latest?.hash}, ${latest?.created_at})`);
      expect((await getJson(`${server.url}/api/ready`)).status).toBe(200);
    } finally {
      await handle.close();
    }
  });

  it("serves metrics to the token's bearer only", async () => {
    expect((await getJson(`${server.url}/api/metrics`)).status).toBe(401);
    expect((await getJson(`${server.url}/api/metrics`, { authorization: "Bearer not-the-token-not-the-token-0" })).status).toBe(401);

    // Traffic to be seen: a search twice (the second from the cache) and a page.
    for (let i = 0; i < 2; i++) expect((await trpc(server.url, "query", "search.query", { q: "textile", type: "all" })).status).toBe(200);
    expect((await fetch(`${server.url}/en/search?q=textile`).then(async (response) => (await response.arrayBuffer(), response.status)))).toBe(200);

    const scrape = await getJson(`${server.url}/api/metrics`, { authorization: `Bearer ${metricsToken}` });
    expect(scrape.status).toBe(200);
    const text = String(scrape.body);
    expect(text).toMatch(/karvon_trpc_procedure_duration_seconds_count\{procedure="search\.query",type="query",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/karvon_http_request_duration_seconds_count\{route="\/\[locale\]\/search",method="GET",status="2xx"\} [1-9]/);
    expect(text).toMatch(/karvon_trpc_request_database_seconds_count [1-9]/);
    expect(text).toMatch(/karvon_search_cache_lookups_total\{cache="search results",result="hit"\} [1-9]/);
    expect(text).toMatch(/karvon_search_cache_lookups_total\{cache="search results",result="miss"\} [1-9]/);
    // The scheduled jobs ran once at start-up.
    expect(text).toMatch(/karvon_scheduled_job_last_run_timestamp_seconds\{job="listing expiry"\} \d/);
    expect(text).toMatch(/karvon_process_resident_memory_bytes \d/);
  });
});
