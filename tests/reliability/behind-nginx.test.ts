/**
 * The deployment of deploy/nginx/karvon.conf: Debian's nginx terminating TLS in front of two production servers
 * (`apps/web/scripts/start.ts` of the e2e build) on one PostgreSQL, TRUSTED_PROXIES=127.0.0.1 (nginx's address).
 * The test's clients connect to nginx from other loopback addresses (127.0.0.x), so the address nginx forwards
 * is told apart from nginx's own and from one a client forges. Checked: the client address the portal records,
 * `Secure` session cookies valid on both processes, and a rolling restart of one process under load with no
 * failed request and no lost write; it prints requests/s, p95 and errors. Load: LOAD_SECONDS after the restart
 * (2 in `npm test`, more in `npm run test:long`).
 */
import { randomUUID } from "node:crypto";
import { Agent, request as httpsRequest } from "node:https";
import { seedDemoData } from "@karvon/api";
import { createDb, schema, type DbHandle } from "@karvon/db";
import { desc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";
import { companyIdsBySlug, lostWrites, openPairConversations, type Write } from "./support/conversations";
import { nginxBinary, startNginx, type Nginx } from "./support/nginx";
import { createPostgresDatabase, percentile, startWebServer, type WebServer } from "./support/web-server";

const serverUrl = process.env.TEST_DATABASE_URL ?? "";
const loadSeconds = Number.parseInt(process.env.LOAD_SECONDS ?? "", 10) || 2;
const clients = 6;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

type Reply = { status: number; text: string; setCookie: string[]; ms: number };

/** A request to nginx over TLS (self-signed certificate) from the given loopback address. */
function viaNginx(base: string, agent: Agent, method: "GET" | "POST", path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Reply> {
  const started = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      new URL(path, base),
      {
        method,
        agent,
        headers: { ...(payload === undefined ? {} : { "content-type": "application/json", origin: base, "content-length": Buffer.byteLength(payload) }), ...headers },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          const setCookie = response.headers["set-cookie"] ?? [];
          resolve({ status: response.statusCode ?? 0, text, setCookie, ms: performance.now() - started });
        });
        response.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

function clientAgent(address: string): Agent {
  return new Agent({ keepAlive: true, rejectUnauthorized: false, localAddress: address });
}

const dataOf = <T,>(reply: Reply): T => {
  if (reply.status !== 200) throw new Error(`answered ${reply.status}: ${reply.text.slice(0, 300)}`);
  return (JSON.parse(reply.text) as { result: { data: { json: T } } }).result.data.json;
};

describe("two web processes behind nginx with TLS", () => {
  let nginx: Nginx;
  let handle: DbHandle;
  let databaseUrl = "";
  const ports: number[] = [];
  const servers: WebServer[] = [];
  let owners: { email: string; password: string; slug: string }[] = [];

  const startProcess = async (index: number, name: string) => {
    const server = await startWebServer({
      name,
      database: { env: { DATABASE_URL: databaseUrl } },
      port: ports[index],
      env: { PUBLIC_URL: nginx.httpsUrl, TRUSTED_PROXIES: "127.0.0.1", SHUTDOWN_GRACE_SECONDS: "15" },
    });
    cleanups.push(server.stop);
    servers[index] = server;
    return server;
  };

  it("starts nginx from the repository's template and two processes behind it", { timeout: 400_000 }, async () => {
    nginxBinary();
    expect(serverUrl, "TEST_DATABASE_URL (a PostgreSQL server; npm test starts one)").not.toBe("");
    const database = await createPostgresDatabase(serverUrl, "karvon_nginx");
    cleanups.push(database.drop);
    databaseUrl = database.url;
    handle = await createDb({ databaseUrl, maxConnections: 2 });
    cleanups.push(() => handle.close());
    const seeded = await seedDemoData(handle.db);
    owners = (seeded?.accounts ?? []).filter((account) => account.role === "user").slice(0, clients + 1);
    expect(owners).toHaveLength(clients + 1);
    ports.push(await freePort(), await freePort());
    nginx = await startNginx(ports);
    cleanups.push(nginx.stop);
    await Promise.all([startProcess(0, "nginx-one"), startProcess(1, "nginx-two")]);
    // Plain HTTP is sent to https.
    const redirect = await fetch(`${nginx.httpUrl}/en`, { redirect: "manual" });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe(`https://127.0.0.1/en`);
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
    const cookie = signIn.setCookie.map((value) => value.split(";")[0]).join("; ");
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

  it("restarts one process under load with no failed request and no lost write", { timeout: 400_000 }, async () => {
    const base = nginx.httpsUrl;
    const agents = Array.from({ length: clients }, (_, index) => clientAgent(`127.0.0.${10 + index}`));
    const cookies: string[] = [];
    for (const [index, owner] of owners.slice(0, clients).entries()) {
      const reply = await viaNginx(base, agents[index] as Agent, "POST", "/api/auth/sign-in/email", {}, { email: owner.email, password: owner.password });
      expect(reply.status, reply.text).toBe(200);
      cookies.push(reply.setCookie.map((value) => value.split(";")[0]).join("; "));
    }
    const conversationOf = await openPairConversations({
      clients,
      owners,
      companyOf: await companyIdsBySlug(handle.db, owners),
      message: "Behind nginx: shall we talk?",
      mutate: async (client, procedure, input) =>
        dataOf(await viaNginx(base, agents[client] as Agent, "POST", `/api/trpc/${procedure}`, { cookie: cookies[client] ?? "" }, { json: input })),
    });

    const samples: { kind: string; status: number; ms: number }[] = [];
    const failures: string[] = [];
    const acknowledged: Write[] = [];
    let running = true;
    const words = ["textile", "cotton", "logistics", "Baku", "Tashkent", "fruit"];
    async function client(index: number) {
      const agent = agents[index] as Agent;
      const headers = { cookie: cookies[index] ?? "" };
      for (let n = 0; running; n++) {
        try {
          if (n % 3 === 2) {
            const body = `nginx ${index}-${n} ${randomUUID()}`;
            const reply = await viaNginx(base, agent, "POST", "/api/trpc/contact.conversations.send", headers, { json: { conversationId: conversationOf[index], body, idempotencyKey: randomUUID() } });
            samples.push({ kind: "write", status: reply.status, ms: reply.ms });
            if (reply.status === 200) acknowledged.push({ id: dataOf<{ id: string }>(reply).id, body });
            else failures.push(`write answered ${reply.status}: ${reply.text.slice(0, 200)}`);
          } else {
            const input = encodeURIComponent(JSON.stringify({ json: { q: words[n % words.length], type: "all" } }));
            const reply = await viaNginx(base, agent, "GET", `/api/trpc/search.query?input=${input}`, headers);
            samples.push({ kind: "search", status: reply.status, ms: reply.ms });
            if (reply.status !== 200) failures.push(`search answered ${reply.status}: ${reply.text.slice(0, 200)}`);
          }
        } catch (error) {
          failures.push(`request failed: ${error instanceof Error ? error.message : String(error)}`);
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
    await startProcess(0, "nginx-one-restarted");
    const servedDuringRestart = samples.length - servedWhileDown;
    await new Promise((resolve) => setTimeout(resolve, loadSeconds * 1000));
    running = false;
    await load;
    const seconds = (performance.now() - started) / 1000;
    agents.forEach((agent) => agent.destroy());

    const ms = samples.map((sample) => sample.ms);
    const errors = samples.filter((sample) => sample.status !== 200).length + failures.length;
    console.log(
      `behind nginx: ${clients} clients, ${seconds.toFixed(1)} s with a rolling restart of one process, ${(samples.length / seconds).toFixed(1)} requests/s, p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, ${errors} errors; ${servedDuringRestart} requests answered while process one restarted`,
    );
    expect(failures, "no failed request").toEqual([]);
    expect(errors).toBe(0);
    expect(servedDuringRestart, "the other process answered while one restarted").toBeGreaterThan(0);

    expect(acknowledged.length).toBeGreaterThan(0);
    expect(await lostWrites(handle.db, acknowledged), "every acknowledged write is in the database").toEqual([]);
  });
});
