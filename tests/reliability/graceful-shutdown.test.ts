/**
 * SIGTERM under write load: clients send messages through the production server (`apps/web/scripts/start.ts`
 * of the e2e build) on PostgreSQL, each request on a connection of its own (as nginx talks to its upstreams);
 * the server gets SIGTERM mid-load. Every request the server accepted must be answered 200 — a refused
 * connection after the listener closed is what a load balancer retries elsewhere — every acknowledged message
 * must be in the database, and the process must exit 0 within its grace period.
 *
 * A connection still waiting in the kernel's accept queue when the listener closes is reset, not refused: the
 * server never saw it. On a busy machine that happens to a request or two. Such a request counts as refused only
 * if its message is not in the database (it had no effect); a reset write that landed is a failure.
 */
import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { seedDemoData } from "@karvon/api";
import { createDb } from "@karvon/db";
import { afterAll, describe, expect, it } from "vitest";
import { companyIdsBySlug, lostWrites, mutateOverTrpc, openPairConversations, storedBodies, type Write } from "./support/conversations";
import { createPostgresDatabase, signInCookie, startWebServer } from "./support/web-server";

const serverUrl = process.env.TEST_DATABASE_URL ?? "";
const clients = 8;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

type Outcome = { kind: "answered"; status: number; body: string } | { kind: "refused" } | { kind: "reset" } | { kind: "failed"; error: string };

/** One POST on a fresh connection (no keep-alive), as a proxy without upstream keep-alive sends it. */
function postOnce(base: string, path: string, body: string, headers: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const url = new URL(path, base);
    const req = httpRequest(
      url,
      { method: "POST", agent: false, headers: { "content-type": "application/json", origin: base, "content-length": Buffer.byteLength(body), ...headers } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ kind: "answered", status: response.statusCode ?? 0, body: text }));
        response.on("error", (error) => resolve({ kind: "failed", error: error.message }));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ECONNREFUSED") resolve({ kind: "refused" });
      else if (error.code === "ECONNRESET") resolve({ kind: "reset" });
      else resolve({ kind: "failed", error: `${error.code ?? ""} ${error.message}` });
    });
    req.end(body);
  });
}

describe("graceful shutdown under write load on PostgreSQL", () => {
  it("answers every accepted request, loses no acknowledged write and exits 0 in time", { timeout: 600_000 }, async () => {
    expect(serverUrl, "TEST_DATABASE_URL (a PostgreSQL server; npm test starts one)").not.toBe("");
    const database = await createPostgresDatabase(serverUrl, "karvon_shutdown");
    cleanups.push(database.drop);
    const handle = await createDb({ databaseUrl: database.url, maxConnections: 2 });
    cleanups.push(() => handle.close());
    const seeded = await seedDemoData(handle.db);
    const owners = (seeded?.accounts ?? []).filter((account) => account.role === "user").slice(0, clients);
    expect(owners).toHaveLength(clients);
    const companyOf = await companyIdsBySlug(handle.db, owners);

    const server = await startWebServer({ name: "shutdown", database: { env: { DATABASE_URL: database.url } }, env: { SHUTDOWN_GRACE_SECONDS: "15" } });
    cleanups.push(server.stop);
    const base = server.url;
    const cookies = await Promise.all(owners.map((owner, index) => signInCookie(base, owner.email, owner.password, `10.66.0.${index + 1}`)));
    const message = "Shutdown test: shall we talk about a delivery?";
    const conversationOf = await openPairConversations({ clients, owners, companyOf, message, mutate: mutateOverTrpc(base, cookies) });

    const acknowledged: Write[] = [];
    const failures: string[] = [];
    let refused = 0;
    const resetBodies: string[] = [];
    let signalled = false;
    let answeredAfterSignal = 0;

    async function client(index: number) {
      for (let sent = 0; ; sent++) {
        const body = `shutdown ${index}-${sent} ${randomUUID()}`;
        const outcome = await postOnce(base, "/api/trpc/contact.conversations.send", JSON.stringify({ json: { conversationId: conversationOf[index], body, idempotencyKey: randomUUID() } }), {
          cookie: cookies[index] ?? "",
        });
        if (outcome.kind === "reset" && signalled) resetBodies.push(body);
        if (outcome.kind === "refused" || (outcome.kind === "reset" && signalled)) {
          refused += 1;
          if (signalled) return;
          failures.push("refused before the signal");
          return;
        }
        if (outcome.kind === "reset" || outcome.kind === "failed") {
          failures.push(`${signalled ? "after" : "before"} the signal: ${outcome.kind === "reset" ? "connection reset" : outcome.error}`);
          return;
        }
        if (signalled) answeredAfterSignal += 1;
        if (outcome.status !== 200) {
          failures.push(`answered ${outcome.status}: ${outcome.body.slice(0, 200)}`);
          return;
        }
        const id = (JSON.parse(outcome.body) as { result: { data: { json: { id: string } } } }).result.data.json.id;
        acknowledged.push({ id, body });
      }
    }

    const load = Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const before = acknowledged.length;
    signalled = true;
    const signalAt = performance.now();
    server.signal("SIGTERM");
    const code = await server.exited;
    const exitMs = performance.now() - signalAt;
    await load;

    console.log(
      `graceful shutdown: ${acknowledged.length} writes acknowledged (${before} before SIGTERM, ${answeredAfterSignal} answered after it), ${refused} refused after the listener closed (${resetBodies.length} of them reset in the accept queue), exit ${code} after ${exitMs.toFixed(0)} ms`,
    );
    expect(await storedBodies(handle.db, resetBodies), "a reset request had no effect: its message is not in the database").toEqual([]);
    expect(failures, "no request failed: each was answered 200 or refused before being accepted").toEqual([]);
    expect(code, "the process exits 0 (everything finished within the grace period)").toBe(0);
    expect(exitMs).toBeLessThan(15_000);
    expect(before, "writes happened before the signal").toBeGreaterThan(0);
    expect(answeredAfterSignal, "requests in flight at the signal were finished").toBeGreaterThan(0);
    expect(refused, "after the signal every client met a closed listener").toBe(clients);

    expect(await lostWrites(handle.db, acknowledged), "every acknowledged write is in the database").toEqual([]);
  });

  it("answers the requests still waiting in the accept queue when SIGTERM arrives, instead of resetting them", { timeout: 300_000 }, async () => {
    const database = await createPostgresDatabase(serverUrl, "karvon_queue");
    cleanups.push(database.drop);
    const server = await startWebServer({ name: "accept-queue", database: { env: { DATABASE_URL: database.url } }, env: { SHUTDOWN_GRACE_SECONDS: "15" } });
    cleanups.push(server.stop);
    // Stopped, the process accepts nothing: the kernel completes the connections and holds them, with the
    // requests, in the listener's queue — as happens for a moment to any busy process behind nginx.
    server.signal("SIGSTOP");
    const write = JSON.stringify({ email: "nobody@example.com", password: "not the password" });
    const queued = [
      ...Array.from({ length: 3 }, () => postOnce(server.url, "/api/auth/sign-in/email", write, {})),
      getOnce(server.url, "/en"),
    ];
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.signal("SIGTERM");
    server.signal("SIGCONT");
    const outcomes = await Promise.all(queued);
    const statuses = outcomes.map((outcome) => (outcome.kind === "answered" ? outcome.status : outcome.kind));
    // The writes reach the application (a wrong password: 401); the read is sent back for another process (503).
    expect(statuses, "each queued request is answered, none reset").toEqual([401, 401, 401, 503]);
    expect(await server.exited).toBe(0);
  });
});

/** One GET on a fresh connection. */
function getOnce(base: string, path: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = httpRequest(new URL(path, base), { agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve({ kind: "answered", status: response.statusCode ?? 0, body: "" }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNRESET" ? { kind: "reset" } : { kind: "failed", error: `${error.code ?? ""} ${error.message}` }));
    req.end();
  });
}
