/**
 * The whole production shape of docs/operations.md, started by the test: Debian's nginx terminating TLS
 * (deploy/nginx/karvon.conf) in front of two production servers (`apps/web/scripts/start.ts` of the e2e build,
 * TRUSTED_PROXIES=127.0.0.1: nginx's address), on a PostgreSQL 15 primary with a real streaming replica made with
 * `pg_basebackup -R` in DATABASE_REPLICA_URLS, beside a second replica address where nothing listens (a replica
 * that is down when the processes start serves no reads, and the processes work on). The clients connect to nginx from other loopback addresses
 * (127.0.0.x), so the address nginx forwards is told apart from nginx's own and from one a client forges.
 * Checked:
 * - the client address the portal records, and `Secure` session cookies valid on both processes;
 * - a rolling restart of one process under load — signed-in searches and writes, anonymous searches (the
 *   replica's) — with no failed request and no lost write; it prints requests/s, p95 and errors. LOAD_SECONDS of
 *   load after the restart (2 in `npm test`, 60 in `npm run test:long`);
 * - with replay on the replica paused, so that its lag is visible and lasts: anonymous public reads are answered
 *   from the replica's older state (a search whole: page and total of one state), while an owner who renews an
 *   expired listing through nginx sees it at once (a signed-in person reads the primary); once replay resumes,
 *   the anonymous reads catch up.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { Agent } from "node:https";
import { seedDemoData } from "@karvon/api";
import { createDb, schema, type DbHandle, type DemoAccount } from "@karvon/db";
import { and, desc, eq, isNotNull, lt } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";
import { companyIdsBySlug, lostWrites, openPairConversations, type Write } from "./support/conversations";
import { clientAgent, cookieOf, nginxBinary, replyData, startNginx, trpcViaNginx, viaNginx, type Nginx } from "./support/nginx";
import { havePostgresBinaries, pgBin, startPrimary, startReplica, type Cluster } from "../support/postgres-cluster";
import { percentile, startWebServer, type WebServer } from "./support/web-server";

const loadSeconds = Number.parseInt(process.env.LOAD_SECONDS ?? "", 10) || 2;
// Twelve clients keep both processes busy, so that connections wait in the accept queue when one restarts.
const clients = 12;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

type SearchResult = { total: number; hits: { entityId: string }[] };
type Ready = { status: string; replicas?: { lagSeconds: number | null; reachable: boolean; serving: boolean }[] };

/** Every published company, offer, request and project: what changes when a listing reappears. */
const browseAll = { q: "", type: "all" } as const;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The lines of nginx's error log about its upstreams (refused, reset or failed connections to a web process). */
function nginxUpstreamErrors(nginx: Nginx): string[] {
  const log = existsSync(nginx.errorLog) ? readFileSync(nginx.errorLog, "utf8") : "";
  return log.split("\n").filter((line) => line.includes("upstream")).slice(-10).map((line) => `nginx: ${line}`);
}

async function readyOf(server: WebServer): Promise<Ready> {
  return (await (await fetch(`${server.url}/api/ready`)).json()) as Ready;
}

describe("nginx, two web processes, a PostgreSQL primary and a streaming replica", () => {
  let nginx: Nginx;
  let primary: Cluster;
  let replica: Cluster;
  let handle: DbHandle;
  let unreachableReplicaUrl = "";
  const ports: number[] = [];
  const servers: WebServer[] = [];
  let owners: DemoAccount[] = [];
  let accounts: DemoAccount[] = [];

  const startProcess = async (index: number, name: string) => {
    const server = await startWebServer({
      name,
      database: { env: { DATABASE_URL: primary.url("karvon") } },
      port: ports[index],
      env: {
        PUBLIC_URL: nginx.httpsUrl,
        TRUSTED_PROXIES: "127.0.0.1",
        SHUTDOWN_GRACE_SECONDS: "15",
        DATABASE_REPLICA_URLS: `${replica.url("karvon")},${unreachableReplicaUrl}`,
        // Replay stays paused for a while below, after the primary may have been idle: the lag (time since the
        // last replayed commit) must not push the replica out of the reads, or the primary would answer instead.
        REPLICA_MAX_LAG_SECONDS: "600",
      },
    });
    cleanups.push(server.stop);
    servers[index] = server;
    return server;
  };

  it("starts the primary, its replica, nginx from the repository's template and two processes", { timeout: 400_000 }, async () => {
    nginxBinary();
    expect(havePostgresBinaries(), `PostgreSQL 15 binaries in ${pgBin} (initdb, pg_basebackup)`).toBe(true);
    // Where the set-up's time goes, printed: the demo accounts' Argon2id hashes and the servers' starts dominate.
    let phaseStarted = performance.now();
    const phases: string[] = [];
    const phaseDone = (name: string) => {
      phases.push(`${name} ${((performance.now() - phaseStarted) / 1000).toFixed(1)} s`);
      phaseStarted = performance.now();
    };
    primary = await startPrimary();
    cleanups.push(() => primary.stop());
    handle = await createDb({ databaseUrl: primary.url("karvon"), maxConnections: 2 });
    cleanups.push(() => handle.close());
    accounts = (await seedDemoData(handle.db))?.accounts ?? [];
    owners = accounts.filter((account) => account.role === "user").slice(0, clients + 1);
    expect(owners).toHaveLength(clients + 1);
    phaseDone("primary and demo data");
    // The replica is copied from the seeded primary, then follows it.
    replica = await startReplica(primary.url("karvon"));
    cleanups.push(() => replica.stop());
    phaseDone("replica");

    unreachableReplicaUrl = `postgres://postgres@127.0.0.1:${await freePort()}/karvon`;
    ports.push(await freePort(), await freePort());
    nginx = await startNginx(ports);
    cleanups.push(nginx.stop);
    await Promise.all([startProcess(0, "shape-one"), startProcess(1, "shape-two")]);
    phaseDone("nginx and two web processes");
    console.log(`production shape set up: ${phases.join(", ")}`);
    // Plain HTTP is sent to https.
    const redirect = await fetch(`${nginx.httpUrl}/en`, { redirect: "manual" });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe(`https://127.0.0.1/en`);
    // Each process reads from the replica, and names the one it cannot reach.
    for (const server of servers) {
      const ready = await readyOf(server);
      expect(ready.status).toBe("ready");
      expect(ready.replicas?.map((state) => ({ reachable: state.reachable, serving: state.serving }))).toEqual([
        { reachable: true, serving: true },
        { reachable: false, serving: false },
      ]);
    }
  });

  it("records the address nginx saw, never nginx's own nor one the client wrote", async () => {
    const owner = owners[clients];
    const agent = clientAgent("127.0.0.2");
    const signIn = await viaNginx(nginx.httpsUrl, agent, "POST", "/api/auth/sign-in/email", { "x-forwarded-for": "203.0.113.7" }, { email: owner?.email, password: owner?.password });
    expect(signIn.status, signIn.text).toBe(200);
    const [user] = await handle.db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, owner?.email ?? ""));
    const [row] = await handle.db
      .select({ ipAddress: schema.session.ipAddress })
      .from(schema.session)
      .where(eq(schema.session.userId, user?.id ?? ""))
      .orderBy(desc(schema.session.createdAt))
      .limit(1);
    expect(row?.ipAddress).toBe("127.0.0.2");

    // The session cookie is Secure (PUBLIC_URL is https) and valid on both processes, through nginx or directly.
    const sessionCookie = signIn.setCookie.find((cookie) => cookie.includes("session_token"));
    expect(sessionCookie).toMatch(/;\s*Secure/i);
    const cookie = cookieOf(signIn);
    for (const server of servers) {
      const direct = await fetch(`${server.url}/api/auth/get-session`, { headers: { cookie } });
      expect(((await direct.json()) as { user?: { email?: string } } | null)?.user?.email).toBe(owner?.email);
    }
    for (let i = 0; i < 4; i++) {
      const through = await viaNginx(nginx.httpsUrl, agent, "GET", "/api/auth/get-session", { cookie });
      expect((JSON.parse(through.text) as { user?: { email?: string } } | null)?.user?.email).toBe(owner?.email);
    }
    agent.destroy();
  });

  it("restarts one process under load with no failed request and no lost write", { timeout: 400_000 + loadSeconds * 1000 }, async () => {
    const base = nginx.httpsUrl;
    const agents = Array.from({ length: clients }, (_, index) => clientAgent(`127.0.0.${10 + index}`));
    const cookies: string[] = [];
    for (const [index, owner] of owners.slice(0, clients).entries()) {
      const reply = await viaNginx(base, agents[index] as Agent, "POST", "/api/auth/sign-in/email", {}, { email: owner.email, password: owner.password });
      expect(reply.status, reply.text).toBe(200);
      cookies.push(cookieOf(reply));
    }
    const conversationOf = await openPairConversations({
      clients,
      owners,
      companyOf: await companyIdsBySlug(handle.db, owners),
      message: "Production shape: shall we talk?",
      mutate: async (client, procedure, input) => replyData(await trpcViaNginx(base, agents[client] as Agent, "mutation", procedure, input, { cookie: cookies[client] ?? "" })),
    });

    const samples: { kind: "write" | "search" | "anonymous search"; status: number; ms: number }[] = [];
    const failures: string[] = [];
    const acknowledged: Write[] = [];
    let running = true;
    const words = ["textile", "cotton", "logistics", "Baku", "Tashkent", "fruit"];
    async function client(index: number) {
      const agent = agents[index] as Agent;
      const signedIn = { cookie: cookies[index] ?? "" };
      for (let n = 0; running; n++) {
        try {
          if (n % 3 === 2) {
            const body = `shape ${index}-${n} ${randomUUID()}`;
            const reply = await trpcViaNginx(base, agent, "mutation", "contact.conversations.send", { conversationId: conversationOf[index], body, idempotencyKey: randomUUID() }, signedIn);
            samples.push({ kind: "write", status: reply.status, ms: reply.ms });
            if (reply.status === 200) acknowledged.push({ id: replyData<{ id: string }>(reply).id, body });
            else failures.push(`write answered ${reply.status}: ${reply.text.slice(0, 200)}`);
          } else {
            // Every other search without the cookie: an anonymous visitor's, which the replica answers.
            const kind = n % 3 === 0 ? "search" : "anonymous search";
            const reply = await trpcViaNginx(base, agent, "query", "search.query", { q: words[n % words.length], type: "all" }, kind === "search" ? signedIn : {});
            samples.push({ kind, status: reply.status, ms: reply.ms });
            if (reply.status !== 200) failures.push(`${kind} answered ${reply.status}: ${reply.text.slice(0, 200)}`);
          }
        } catch (error) {
          failures.push(`${n % 3 === 2 ? "write" : "search"} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    const started = performance.now();
    const load = Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The rolling restart of process one: SIGTERM (graceful), wait for its exit, start it again on its port.
    const one = servers[0] as WebServer;
    one.signal("SIGTERM");
    expect(await one.exited, "process one exits 0 after finishing its requests").toBe(0);
    const servedWhileDown = samples.length;
    await startProcess(0, "shape-one-restarted");
    const servedDuringRestart = samples.length - servedWhileDown;
    await new Promise((resolve) => setTimeout(resolve, loadSeconds * 1000));
    running = false;
    await load;
    const seconds = (performance.now() - started) / 1000;
    agents.forEach((agent) => agent.destroy());

    const ms = samples.map((sample) => sample.ms);
    const errors = samples.filter((sample) => sample.status !== 200).length + failures.length;
    const count = (kind: string) => samples.filter((sample) => sample.kind === kind).length;
    console.log(
      `production shape: ${clients} clients, ${seconds.toFixed(1)} s with a rolling restart of one process, ${(samples.length / seconds).toFixed(1)} requests/s, p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, ${errors} errors; ${count("search")} signed-in searches, ${count("anonymous search")} anonymous searches (replica), ${count("write")} writes; ${servedDuringRestart} requests answered while process one restarted`,
    );
    // Joined, so that the first line of the error (all a CI log's summary keeps) says what failed, followed by
    // what nginx wrote about its upstreams meanwhile.
    const upstreamLog = failures.length > 0 ? nginxUpstreamErrors(nginx) : [];
    expect([...failures, ...upstreamLog].join("\n"), "no failed request").toBe("");
    expect(errors).toBe(0);
    expect(servedDuringRestart, "the other process answered while one restarted").toBeGreaterThan(0);

    expect(acknowledged.length).toBeGreaterThan(0);
    expect(await lostWrites(handle.db, acknowledged), "every acknowledged write is in the database").toEqual([]);
  });

  it("answers public reads from the lagging replica while a writer sees their own write at once", { timeout: 300_000 }, async () => {
    const base = nginx.httpsUrl;
    // The demo's expired listing: nobody finds it until its owner renews it.
    const [expired] = await handle.db
      .select({ id: schema.listings.id, slug: schema.companies.slug })
      .from(schema.listings)
      .innerJoin(schema.companies, eq(schema.companies.id, schema.listings.companyId))
      .where(and(isNotNull(schema.listings.published), lt(schema.listings.validUntil, new Date())));
    const writer = accounts.find((account) => account.role === "user" && account.slug === expired?.slug);
    expect(writer, "the owner of the demo's expired listing").toBeDefined();
    const agent = clientAgent("127.0.0.3");
    const signIn = await viaNginx(base, agent, "POST", "/api/auth/sign-in/email", {}, { email: writer?.email, password: writer?.password });
    expect(signIn.status, signIn.text).toBe(200);
    const signedIn = { cookie: cookieOf(signIn) };
    const listingId = { listingId: expired?.id ?? "" };
    const anonymousSearch = async () => replyData<SearchResult>(await trpcViaNginx(base, agent, "query", "search.query", browseAll));
    const anonymousListing = () => trpcViaNginx(base, agent, "query", "listing.byId", listingId);

    // The replica has replayed everything so far: anonymous and signed-in searches agree.
    const before = replyData<SearchResult>(await trpcViaNginx(base, agent, "query", "search.query", browseAll, signedIn));
    await until(anonymousSearch, (result) => result.total === before.total, "the replica to catch up with the primary");
    expect((await anonymousListing()).status, "the expired listing is not public").toBe(404);

    // Replay paused: the replica receives the primary's WAL but does not apply it.
    const replicaSql = postgres(replica.url("karvon"), { max: 1, onnotice: () => {} });
    cleanups.push(() => replicaSql.end());
    await replicaSql`select pg_wal_replay_pause()`;
    const renewed = await trpcViaNginx(base, agent, "mutation", "listing.renew", listingId, signedIn);
    expect(renewed.status, renewed.text).toBe(200);

    // The writer sees the write at once, through nginx, whichever process answers.
    for (let i = 0; i < 4; i++) expect((await trpcViaNginx(base, agent, "query", "listing.byId", listingId, signedIn)).status, "the owner reads the primary").toBe(200);
    const afterWrite = replyData<SearchResult>(await trpcViaNginx(base, agent, "query", "search.query", browseAll, signedIn));
    expect(afterWrite.total, "the renewed listing is in the owner's search").toBe(before.total + 1);

    // Both processes see the lag (they measure it every 5 s) and keep reading from the replica.
    for (const server of servers) {
      await until(() => readyOf(server), (ready) => (ready.replicas?.[0]?.lagSeconds ?? 0) > 0, "the lag to show in /api/ready");
      expect((await readyOf(server)).replicas?.[0]?.serving, "a replica within REPLICA_MAX_LAG_SECONDS serves reads").toBe(true);
    }
    const lag = (await readyOf(servers[0] as WebServer)).replicas?.[0]?.lagSeconds ?? 0;
    console.log(`replica lag while replay is paused: ${lag.toFixed(2)} s`);
    for (let i = 0; i < 4; i++) {
      const fromReplica = await anonymousSearch();
      expect(fromReplica.total, "the anonymous visitor reads the lagging replica").toBe(before.total);
      expect(fromReplica.hits.map((hit) => hit.entityId), "page and total of one state").toEqual(before.hits.map((hit) => hit.entityId));
      expect((await anonymousListing()).status, "the renewed listing is not on the replica yet").toBe(404);
    }

    await replicaSql`select pg_wal_replay_resume()`;
    await until(anonymousSearch, (result) => result.total === before.total + 1, "the anonymous search to catch up");
    expect((await anonymousListing()).status, "the renewed listing is public once replayed").toBe(200);
    agent.destroy();
  });
});
