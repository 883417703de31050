/**
 * Two web processes on one database. On PostgreSQL (TEST_DATABASE_URL; `npm test` starts a server where the
 * binaries are installed), as behind a load balancer: two production servers (`apps/web/scripts/start.ts` of the e2e build) with the same
 * DATABASE_URL and secret, as behind a load balancer. A session created through one works on the other and a sign-out
 * on one ends it on both; better-auth's sign-in rate limit (storage "database") counts the requests of both; a
 * moderator's claim taken through one is seen as taken through the other.
 * Without a PostgreSQL server the portal runs on one embedded data folder, which only one process may open: there a
 * second process must stop with one clear line and leave the first serving — that is what runs instead.
 */
import { createAuth, createStaffUser, seedDemoData } from "@karvon/api";
import { schema } from "@karvon/db";
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createServerDatabase, postgresServerUrl, withOpenDatabase } from "./support/server-database";
import { authSecret, dataOf, signInCookie, startWebServer, trpc, type WebServer } from "./support/web-server";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function session(base: string, cookie: string): Promise<{ user?: { email?: string } } | null> {
  const response = await fetch(`${base}/api/auth/get-session`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as { user?: { email?: string } } | null;
}

function signInAttempt(base: string, email: string, password: string, ip: string): Promise<number> {
  return fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": ip },
    body: JSON.stringify({ email, password }),
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
}

// One of the two blocks below runs, never both and never neither: the run says which in its test names.
if (postgresServerUrl !== "") describe("two web processes on one PostgreSQL", () => {
  let one: WebServer;
  let two: WebServer;
  let owner: { email: string; password: string };
  const moderators: { email: string; password: string }[] = [];
  let companyId = "";

  it("start side by side on the same database", { timeout: 400_000 }, async () => {
    const database = await createServerDatabase("karvon_two");
    cleanups.push(database.drop);
    await withOpenDatabase(database, async (handle) => {
      const seeded = await seedDemoData(handle.db);
      const first = seeded?.accounts.find((account) => account.role === "user");
      if (!first) throw new Error("no demo owner");
      owner = first;
      const auth = createAuth({ db: handle.db, secret: authSecret, baseUrl: "http://127.0.0.1" });
      for (const name of ["one", "two"]) {
        const email = `moderator-${name}@example.com`;
        const { password } = await createStaffUser(auth, { email, name: `Moderator ${name}`, role: "moderator" });
        moderators.push({ email, password });
      }
      const [company] = await handle.db.select({ id: schema.companies.id }).from(schema.companies).limit(1);
      companyId = company?.id ?? "";
    });
    [one, two] = await Promise.all([
      startWebServer({ name: "one", database }),
      startWebServer({ name: "two", database }),
    ]);
    cleanups.push(one.stop, two.stop);
    expect(one.url).not.toBe(two.url);
  });

  it("a session created through one works through the other, and a sign-out through the other ends it", async () => {
    const cookie = await signInCookie(one.url, owner.email, owner.password, "10.88.0.1");
    expect((await session(one.url, cookie))?.user?.email).toBe(owner.email);
    expect((await session(two.url, cookie))?.user?.email).toBe(owner.email);
    // A protected procedure answers through the second process too.
    expect((await trpc(two.url, "query", "contact.inbox", {}, { cookie })).status).toBe(200);

    const signOut = await fetch(`${two.url}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: two.url, "content-type": "application/json" }, body: "{}" });
    expect(signOut.status).toBe(200);
    expect(await session(one.url, cookie)).toBeNull();
    expect((await trpc(one.url, "query", "contact.inbox", {}, { cookie })).status).toBe(401);
  });

  it("the sign-in rate limit counts the attempts made through both processes", async () => {
    // 10 sign-ins per minute per address (SIGN_IN_ATTEMPTS_PER_MINUTE, default 10): five through each process use them up together.
    // Each attempt names another unknown address, so the per-account lockout (10 failures) plays no part.
    const ip = "10.88.0.2";
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      statuses.push(await signInAttempt(attempt % 2 === 0 ? one.url : two.url, `nobody-${attempt}@example.com`, "wrong password 123", ip));
    }
    expect(statuses, "within the limit").toEqual(Array.from({ length: 10 }, () => 401));
    // Each process alone has seen only five: with a per-process count both would still let the owner in.
    expect(await signInAttempt(one.url, owner.email, owner.password, ip)).toBe(429);
    expect(await signInAttempt(two.url, owner.email, owner.password, ip)).toBe(429);
    // Another address is not affected.
    expect(await signInAttempt(two.url, owner.email, owner.password, "10.88.0.3")).toBe(200);
  });

  it("a moderation claim taken through one is taken through the other", async () => {
    const [first, second] = moderators;
    const cookieOne = await signInCookie(one.url, first?.email ?? "", first?.password ?? "", "10.88.0.4");
    const cookieTwo = await signInCookie(two.url, second?.email ?? "", second?.password ?? "", "10.88.0.5");
    const item = { itemType: "company", itemId: companyId };
    dataOf(await trpc(one.url, "mutation", "moderation.claim", item, { cookie: cookieOne }));
    const taken = await trpc(two.url, "mutation", "moderation.claim", item, { cookie: cookieTwo });
    expect(taken.status).toBe(409);
    expect(JSON.stringify(taken.json)).toContain("claimedByOther");
    // The holder renews it through the other process; once released there, the second moderator gets it.
    dataOf(await trpc(two.url, "mutation", "moderation.claim", item, { cookie: cookieOne }));
    expect(dataOf<{ released: boolean }>(await trpc(two.url, "mutation", "moderation.release", item, { cookie: cookieOne })).released).toBe(true);
    dataOf(await trpc(one.url, "mutation", "moderation.claim", item, { cookie: cookieTwo }));
  });
});

else describe("two web processes on one embedded data folder (no PostgreSQL server given)", () => {
  it("stops the second with one clear line while the first keeps serving", { timeout: 400_000 }, async () => {
    console.log("TEST_DATABASE_URL is not set: the two-process checks on PostgreSQL do not run; the embedded database's refusal does.");
    const database = await createServerDatabase("karvon_two");
    cleanups.push(database.drop);
    const first = await startWebServer({ name: "one-embedded", database });
    cleanups.push(first.stop);
    await expect(startWebServer({ name: "two-embedded", database })).rejects.toThrow(/exited \(1\)/);
    expect(readFileSync(first.log.replace("one-embedded", "two-embedded"), "utf8")).toContain("is in use by another Karvon process");
    expect((await fetch(`${first.url}/api/trpc/stats.companiesByCountry`)).status).toBe(200);
    await first.stop();
  });
});
