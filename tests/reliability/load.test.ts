/**
 * Load: 16 concurrent clients for LOAD_SECONDS (10 in `npm test`, 60 in `npm run test:long`) against the real
 * production server (`apps/web/scripts/start.ts` of the e2e build) — on PostgreSQL when TEST_DATABASE_URL is set, on
 * the embedded database otherwise (./support/server-database.ts) — each signed in as a different demo company
 * owner, mixing reads (search and listing pages through tRPC, and the listing's HTML page) with writes (messages
 * in a conversation each pair of clients opened through the contact flow first). Zero 5xx and zero failed
 * requests; every message the server acknowledged is in the database afterwards; p50/p95/p99 are printed,
 * never asserted.
 */
import { randomUUID } from "node:crypto";
import { seedDemoData } from "@karvon/api";
import { schema, type Db } from "@karvon/db";
import { and, gt, inArray, isNotNull, isNull, like, or } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { companyIdsBySlug, lostWrites, mutateOverTrpc, openPairConversations, type Write } from "./support/conversations";
import { createServerDatabase, withOpenDatabase } from "./support/server-database";
import { dataOf, percentile, signInCookie, startWebServer, trpc, type WebServer } from "./support/web-server";

const seconds = Number.parseInt(process.env.LOAD_SECONDS ?? "", 10) || 10;
const clients = 16;
const words = ["cotton", "textile", "logistics", "fruit", "Baku", "Tashkent", "paxta", "yuk", "glass", "juice", "construction", "machinery"];

type Sample = { kind: string; status: number; ms: number };

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Demo data, and what the clients need of it: 16 owners, their companies' ids and public listings. */
async function seed(db: Db) {
  const seeded = await seedDemoData(db);
  expect(seeded).not.toBeNull();
  const owners = (seeded?.accounts ?? []).filter((account) => account.role === "user").slice(0, clients);
  expect(owners).toHaveLength(clients);
  const companyOf = await companyIdsBySlug(db, owners);
  // Public listings only: the demo seed also plants an expired one (its owner renews it), which answers 404.
  const listingIds = (
    await db
      .select({ id: schema.listings.id })
      .from(schema.listings)
      .where(and(isNotNull(schema.listings.publishedAt), isNull(schema.listings.hiddenAt), or(isNull(schema.listings.validUntil), gt(schema.listings.validUntil, new Date()))))
      .limit(200)
  ).map((row) => row.id);
  expect(listingIds.length).toBeGreaterThan(10);
  return { owners, companyOf, listingIds };
}

describe("16 clients of mixed reads and writes through the production server", () => {
  it(`answers without a 5xx and loses no acknowledged write over ${seconds} s`, { timeout: 600_000 + seconds * 1000 }, async () => {
    const database = await createServerDatabase("karvon_load");
    cleanups.push(database.drop);
    console.log(`load on ${database.name}`);
    // Seeded and read before the server starts: the embedded database is the server's alone while it runs.
    const { owners, companyOf, listingIds } = await withOpenDatabase(database, (handle) => seed(handle.db));

    const server: WebServer = await startWebServer({ name: "load", database });
    cleanups.push(server.stop);
    const base = server.url;

    // Each client signs in from its own address (better-auth limits sign-ins per address).
    const cookies = await Promise.all(owners.map((owner, index) => signInCookie(base, owner.email, owner.password, `10.77.0.${index + 1}`)));
    const message = "Load test: shall we talk about a delivery?";
    const conversationOf = await openPairConversations({ clients, owners, companyOf, message, mutate: mutateOverTrpc(base, cookies) });

    const samples: Sample[] = [];
    const failures: string[] = [];
    const acknowledged: Write[] = [];
    const until = Date.now() + seconds * 1000;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

    async function client(index: number) {
      const headers = { cookie: cookies[index] ?? "" };
      let sent = 0;
      while (Date.now() < until) {
        const roll = Math.random();
        let kind: string;
        try {
          if (roll < 0.35) {
            kind = "search";
            const answer = await trpc(base, "query", "search.query", { q: pick(words), type: pick(["all", "companies", "offers"]) }, headers);
            samples.push({ kind, status: answer.status, ms: answer.ms });
          } else if (roll < 0.65) {
            kind = "listing";
            const answer = await trpc(base, "query", "listing.byId", { listingId: pick(listingIds) }, headers);
            samples.push({ kind, status: answer.status, ms: answer.ms });
          } else if (roll < 0.75) {
            kind = "page";
            const started = performance.now();
            const response = await fetch(`${base}/en/listings/${pick(listingIds)}`, { headers });
            await response.arrayBuffer();
            samples.push({ kind, status: response.status, ms: performance.now() - started });
          } else {
            kind = "write";
            const body = `load ${index}-${sent++} ${randomUUID()}`;
            const answer = await trpc(base, "mutation", "contact.conversations.send", { conversationId: conversationOf[index], body, idempotencyKey: randomUUID() }, headers);
            samples.push({ kind, status: answer.status, ms: answer.ms });
            if (answer.status === 200) acknowledged.push({ id: dataOf<{ id: string }>(answer).id, body });
            else failures.push(`write answered ${answer.status}: ${JSON.stringify(answer.json).slice(0, 200)}`);
          }
        } catch (error) {
          failures.push(`request failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));

    const byKind = new Map<string, Sample[]>();
    for (const sample of samples) byKind.set(sample.kind, [...(byKind.get(sample.kind) ?? []), sample]);
    const line = (label: string, list: Sample[]) => {
      const ms = list.map((sample) => sample.ms);
      return `${label.padEnd(8)} ${String(list.length).padStart(6)} requests  p50 ${percentile(ms, 50).toFixed(0)} ms  p95 ${percentile(ms, 95).toFixed(0)} ms  p99 ${percentile(ms, 99).toFixed(0)} ms`;
    };
    console.log(
      [`load: ${clients} clients, ${seconds} s, ${(samples.length / seconds).toFixed(1)} requests/s`, line("all", samples), ...[...byKind].map(([kind, list]) => line(kind, list))].join("\n"),
    );

    const serverErrors = samples.filter((sample) => sample.status >= 500);
    expect(serverErrors.map((sample) => `${sample.kind} ${sample.status}`), "no 5xx").toEqual([]);
    expect(failures, "every request answered, every write accepted").toEqual([]);
    expect(byKind.get("write")?.length ?? 0, "writes happened").toBeGreaterThan(0);
    expect(byKind.get("search")?.length ?? 0, "searches happened").toBeGreaterThan(0);
    // Reads of published listings answer 200 (none of them is hidden or expired).
    expect(samples.filter((sample) => sample.kind !== "write" && sample.status !== 200).map((sample) => `${sample.kind} ${sample.status}`)).toEqual([]);

    await server.stop();
    await withOpenDatabase(database, async (handle) => {
      const lost = await lostWrites(handle.db, acknowledged);
      console.log(`writes acknowledged: ${acknowledged.length}, found in the database: ${acknowledged.length - lost.length}`);
      expect(lost, "every acknowledged write is in the database").toEqual([]);
      // Nothing was written twice or out of thin air: the conversations hold exactly the acknowledged load messages.
      const loadMessages = await handle.db
        .select({ id: schema.messages.id })
        .from(schema.messages)
        .where(and(inArray(schema.messages.conversationId, [...new Set(conversationOf)]), like(schema.messages.body, "load %")));
      expect(loadMessages).toHaveLength(acknowledged.length);
    });
  });
});
