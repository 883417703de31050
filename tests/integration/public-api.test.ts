/**
 * The public read API (/api/v1) through its fetch handler: keys (none, unknown, revoked, out of scope), the
 * per-key rate limit, usage counts, parameters checked by the portal's schemas (400, never 5xx — also fuzzed),
 * ETag and 304, the same answers as the portal's procedures, and never a contact e-mail or phone.
 */
import { appRouter, createCallerFactory, createTRPCContext, servePublicApi } from "@karvon/api";
import type { Clock } from "@karvon/api";
import type { ApiScope } from "@karvon/data";
import type { DbHandle } from "@karvon/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedWorld, type World } from "../security/support/world";
import { testDatabases } from "../support/databases";
import { publicApiRouteOf } from "../support/public-api-server";

const createCaller = createCallerFactory(appRouter);
const runs = Number.parseInt(process.env.FUZZ_RUNS ?? "", 10) || 50;

describe.each(testDatabases())("public API on $name", (database) => {
  let handle: DbHandle;
  let world: World;
  let now = new Date("2026-03-02T10:00:30Z");
  const clock: Clock = { now: () => now };

  const admin = () => createCaller(createTRPCContext({ db: handle.db, session: world.sessions.admin, clock }));

  async function issueKey(options: { scopes?: ApiScope[]; rateLimitPerMinute?: number } = {}) {
    const created = await admin().apiKey.create({
      organisationName: "Chamber of Commerce",
      contactEmail: "api@chamber.example",
      scopes: options.scopes ?? ["companies", "listings", "search", "reference"],
      rateLimitPerMinute: options.rateLimitPerMinute ?? 6000,
    });
    return created;
  }

  function get(path: string, key: string | null, headers: Record<string, string> = {}): Promise<Response> {
    const url = new URL(path, "http://karvon.test");
    const route = publicApiRouteOf(url.pathname);
    if (route === null || route.name === "openapi") throw new Error(`no operation at ${path}`);
    const { name, params } = route;
    const request = new Request(url, { headers: { ...(key === null ? {} : { Authorization: `Bearer ${key}` }), ...headers } });
    return servePublicApi(request, name, params, { db: handle.db, clock });
  }

  beforeAll(async () => {
    handle = await database.open();
    world = await seedWorld(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  describe("keys", () => {
    it("answers 401 without a key, with a malformed key and with an unknown key", async () => {
      for (const key of [null, "not-a-key", `krv_${"A".repeat(43)}`]) {
        const response = await get("/api/v1/search", key);
        expect(response.status).toBe(401);
        expect(response.headers.get("www-authenticate")).toContain("Bearer");
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
      }
    });

    it("accepts the key in X-Api-Key too, and counts every answered request in the key's usage", async () => {
      const { key, apiKey } = await issueKey();
      expect((await get("/api/v1/search", key)).status).toBe(200);
      const viaHeader = await servePublicApi(new Request("http://karvon.test/api/v1/search", { headers: { "X-Api-Key": key } }), "search", {}, { db: handle.db, clock });
      expect(viaHeader.status).toBe(200);
      const listed = (await admin().apiKey.list()).find((row) => row.id === apiKey.id);
      expect(listed?.usageCount).toBe(2);
      expect(listed?.lastUsedAt).toEqual(now);
      expect(JSON.stringify(listed)).not.toContain(key.slice(12));
    });

    it("answers 401 at once after the key is revoked", async () => {
      const { key, apiKey } = await issueKey();
      expect((await get("/api/v1/reference/countries", key)).status).toBe(200);
      await admin().apiKey.revoke({ id: apiKey.id });
      const response = await get("/api/v1/reference/countries", key);
      expect(response.status).toBe(401);
    });

    it("answers 403 for a part of the API outside the key's scopes", async () => {
      const { key } = await issueKey({ scopes: ["reference"] });
      expect((await get("/api/v1/reference/sectors", key)).status).toBe(200);
      const response = await get("/api/v1/search", key);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    });

    it("answers 429 with Retry-After past the key's limit per minute, and again in the next minute", async () => {
      now = new Date("2026-03-02T10:05:45Z");
      const { key, apiKey } = await issueKey({ rateLimitPerMinute: 2 });
      expect((await get("/api/v1/reference/regions", key)).status).toBe(200);
      const second = await get("/api/v1/reference/regions", key);
      expect(second.headers.get("ratelimit-remaining")).toBe("0");
      const limited = await get("/api/v1/reference/regions", key);
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("15");
      expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
      expect((await admin().apiKey.list()).find((row) => row.id === apiKey.id)?.usageCount).toBe(2);
      now = new Date("2026-03-02T10:06:00Z");
      expect((await get("/api/v1/reference/regions", key)).status).toBe(200);
      now = new Date("2026-03-02T10:00:30Z");
    });
  });

  describe("answers", () => {
    let key: string;
    beforeAll(async () => {
      key = (await issueKey()).key;
    });

    it("searches exactly like the portal's search procedure", async () => {
      const input = { q: "dried fruit", country: "UZ", pageSize: "5" };
      const response = await get(`/api/v1/search?${new URLSearchParams(input).toString()}`, key);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/json");
      const portal = await createCaller(createTRPCContext({ db: handle.db, session: null, clock })).search.query(input);
      expect(portal.total).toBeGreaterThan(0);
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(portal)));
    });

    it("lists companies only in /companies and listings only in /listings, paged", async () => {
      const companies = (await (await get("/api/v1/companies?pageSize=2", key)).json()) as { total: number; pageSize: number; hits: { entityType: string }[] };
      expect(companies.total).toBeGreaterThanOrEqual(2);
      expect(companies.pageSize).toBe(2);
      expect(companies.hits.length).toBe(2);
      expect(new Set(companies.hits.map((hit) => hit.entityType))).toEqual(new Set(["company"]));
      const listings = (await (await get("/api/v1/listings", key)).json()) as { total: number; hits: { entityType: string; entityId: string }[] };
      expect(listings.total).toBeGreaterThan(0);
      expect(new Set(listings.hits.map((hit) => hit.entityType))).toEqual(new Set(["listing"]));
      expect(listings.hits.map((hit) => hit.entityId)).toContain(world.companyA.publishedListingId);
      expect(listings.hits.map((hit) => hit.entityId)).not.toContain(world.companyA.draftListingId);
      const offers = (await (await get("/api/v1/listings?type=offers", key)).json()) as { hits: { kind: string }[] };
      expect(offers.hits.every((hit) => hit.kind === "offer")).toBe(true);
    });

    it("serves a published company and listing, and 404 for what is not public", async () => {
      const company = await get(`/api/v1/companies/${world.companyA.slug}`, key);
      expect(company.status).toBe(200);
      expect(((await company.json()) as { id: string }).id).toBe(world.companyA.id);
      const listing = await get(`/api/v1/listings/${world.companyA.publishedListingId}`, key);
      expect(listing.status).toBe(200);
      expect((await get(`/api/v1/listings/${world.companyA.draftListingId}`, key)).status).toBe(404);
      expect((await get("/api/v1/companies/no-such-company", key)).status).toBe(404);
    });

    it("serves the reference lists with labels in the four languages", async () => {
      const regions = (await (await get("/api/v1/reference/regions", key)).json()) as { items: { code: string; country: string; labels: Record<string, string> }[] };
      expect(regions.items.find((item) => item.code === "UZ-SA")).toMatchObject({ country: "UZ", labels: { uz: "Samarqand viloyati" } });
      const chapters = (await (await get("/api/v1/reference/hs-chapters", key)).json()) as { items: { code: string }[] };
      expect(chapters.items.map((item) => item.code)).not.toContain("77");
    });

    it("answers 400 with the problems per field for a bad parameter", async () => {
      const response = await get("/api/v1/search?region=XX-00&pageSize=1000", key);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; fields: Record<string, string[]> } };
      expect(body.error.code).toBe("bad_request");
      expect(body.error.fields).toEqual({ region: ["errors.region"], pageSize: ["errors.tooLarge"] });
      expect((await get("/api/v1/listings/not-a-uuid", key)).status).toBe(400);
      expect((await get("/api/v1/reference/planets", key)).status).toBe(400);
    });

    it("sends an ETag and Cache-Control, and 304 without a body when the ETag still matches", async () => {
      const first = await get("/api/v1/reference/countries", key);
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers.get("cache-control")).toBe("private, max-age=86400, must-revalidate");
      const again = await get("/api/v1/reference/countries", key, { "If-None-Match": etag ?? "" });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      const changed = await get("/api/v1/reference/countries", key, { "If-None-Match": 'W/"something-else"' });
      expect(changed.status).toBe(200);
    });

    it("never answers with a contact e-mail or phone", async () => {
      const paths = [
        "/api/v1/search",
        "/api/v1/search?q=Company",
        "/api/v1/companies",
        "/api/v1/listings",
        ...[world.companyA, world.companyB, world.companyC].flatMap((company) => [
          `/api/v1/companies/${company.slug}`,
          `/api/v1/listings/${company.publishedListingId}`,
        ]),
      ];
      const leaks: string[] = [];
      for (const path of paths) {
        const response = await get(path, key);
        expect(response.status, path).toBe(200);
        const text = await response.text();
        for (const secret of world.secrets) {
          if (text.includes(secret) || (secret.startsWith("+") && text.includes(secret.slice(1)))) leaks.push(`${path}: ${secret}`);
        }
      }
      expect(leaks).toEqual([]);
    });

    it("never answers 5xx, whatever the parameters (fuzzed)", async () => {
      const names = ["q", "type", "country", "region", "sector", "hsChapter", "cooperationKind", "sizeBand", "economicZone", "verifiedOnly", "sort", "page", "pageSize"];
      const value = fc.oneof(
        fc.string({ unit: "grapheme", maxLength: 50 }),
        fc.string({ unit: "binary", maxLength: 50 }),
        fc.constantFrom("", "\u0000", "-1", "0", "1e309", "NaN", "9".repeat(400), "UZ", "true", "offers", "%", "'; drop table companies; --"),
      );
      const paths = fc.oneof(
        fc.tuple(fc.constantFrom("/api/v1/search", "/api/v1/companies", "/api/v1/listings"), fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 5 })).map(
          ([path, query]) => `${path}?${new URLSearchParams(query).toString()}`,
        ),
        fc.tuple(fc.constantFrom("companies", "listings", "reference"), value).map(([area, id]) => `/api/v1/${area}/${encodeURIComponent(id)}`),
      );
      await fc.assert(
        fc.asyncProperty(paths, async (path) => {
          const response = await get(path, key);
          expect([200, 400, 404], path).toContain(response.status);
        }),
        { numRuns: runs },
      );
    });
  });
});
