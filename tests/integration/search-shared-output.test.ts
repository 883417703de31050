/**
 * A search answered from the result cache is validated and serialized once per cached answer, not on every repeat
 * (packages/api/src/shared-output.ts), and what goes out over HTTP is still the exact answer: a write that changes
 * the answer changes the response at once, a write that cannot change it keeps it.
 */
import { appRouter, createTRPCContext, type Clock } from "@karvon/api";
import { searchResultOutputSchema } from "@karvon/data";
import { searchPartners, type SearchResult } from "@karvon/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { callerFor } from "../support/caller";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

const now = new Date("2026-02-01T10:00:00Z");
const clock: Clock = { now: () => now };

type Answer = { result: { data: { json: SearchResult } } };

describe.each(testDatabases())("search answers over HTTP from the cache on $name", (database) => {
  const handle = useTestDatabase(database);
  let company: string;

  /** GET /api/trpc/search.query as the browser sends it; the body as text (what went out) and parsed. */
  const ask = async (input: object) => {
    const url = `http://karvon.test/api/trpc/search.query?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      req: new Request(url),
      createContext: () => createTRPCContext({ db: handle.db, session: null, clock }),
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    return { text, answer: (JSON.parse(text) as Answer).result.data.json };
  };
  /** The same search computed afresh (a transaction neither reads nor fills the cache), as it would go out. */
  const fresh = async (text: string) => {
    const result = await handle.db.transaction((tx) => searchPartners(tx, { text, now }));
    return superjson.serialize(searchResultOutputSchema.parse(result)).json;
  };

  beforeAll(async () => {
    company = await seedCompany(handle.db, { legalName: "Buxoro Kashta", country: "UZ", region: "UZ-BU", sectors: ["13"] });
    await seedListing(handle.db, { companyId: company, kind: "offer", sectors: ["13"], title: { en: "Zardozi embroidered caps" } });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("answers a repeat with the validated answer made for the first ask: the cached answer itself", async () => {
    const caller = callerFor({ db: handle.db, session: null, clock });
    const first = await caller.search.query({ q: "zardozi" });
    expect(await caller.search.query({ q: "zardozi" })).toBe(first);
    // The search result holds nothing the output schema strips: no copy of it is kept beside the cache entry.
    expect(first).toBe(await searchPartners(handle.db, { text: "zardozi", now }));
    expect(Object.isFrozen(first.hits[0]?.display)).toBe(true);
  });

  it("answers a repeat over HTTP with the serialized form made for the first ask", async () => {
    const first = await ask({ q: "zardozi" });
    const serialize = vi.spyOn(superjson, "serialize");
    const second = await ask({ q: "zardozi" });
    expect(second.text).toBe(first.text);
    expect(serialize).not.toHaveBeenCalled();
  });

  it("changes the response as soon as a write changes the answer", async () => {
    const before = await ask({ q: "zardozi" });
    const added = await seedListing(handle.db, { companyId: company, kind: "offer", sectors: ["13"], title: { en: "Zardozi slippers" } });
    const after = await ask({ q: "zardozi" });
    expect(after.answer.total).toBe(before.answer.total + 1);
    expect(after.answer.hits.map((hit) => hit.entityId)).toContain(added);
    expect(after.answer).toEqual(await fresh("zardozi"));
  });

  it("keeps the response across a write that cannot change it, and it is the fresh answer", async () => {
    const before = await ask({ q: "zardozi" });
    const serialize = vi.spyOn(superjson, "serialize");
    await seedListing(handle.db, { companyId: company, kind: "offer", sectors: ["23"], title: { en: "Cement blocks" } });
    const after = await ask({ q: "zardozi" });
    expect(after.text).toBe(before.text);
    expect(serialize).not.toHaveBeenCalled();
    expect(after.answer).toEqual(await fresh("zardozi"));
  });
});
