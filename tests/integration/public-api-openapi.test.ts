/**
 * The OpenAPI document of the public API: it validates, openapi-typescript generates types from it, and a client
 * built from them (openapi-fetch) calls search over HTTP and gets the same results as the portal's tRPC search.
 */
import { appRouter, createCallerFactory, createTRPCContext, publicApiDocument, type Clock } from "@karvon/api";
import type { DbHandle } from "@karvon/db";
import { compileErrors, validate } from "@readme/openapi-parser";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedWorld, type World } from "../security/support/world";
import { testDatabases } from "../support/databases";
import { startPublicApiServer } from "../support/public-api-server";
// Written by the tests workspace's typecheck script (public-api-types.generate.ts) before tsc reads this file.
import type { paths } from "../.reports/public-api-types";
import { writePublicApiTypes } from "../support/public-api-types.generate";

const createCaller = createCallerFactory(appRouter);

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = JSON.parse(JSON.stringify(publicApiDocument("http://karvon.test"))) as Parameters<typeof validate>[0];
    const result = await validate(document);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("describes every operation with its key, errors and the portal's search parameters", () => {
    const document = publicApiDocument("http://karvon.test");
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(["/companies", "/companies/{slug}", "/listings", "/listings/{id}", "/reference/{list}", "/search"]);
    const search = document.paths?.["/search"]?.get;
    expect(search?.parameters?.map((parameter) => ("name" in parameter ? parameter.name : null))).toEqual([
      "q", "type", "country", "region", "sector", "hsChapter", "cooperationKind", "sizeBand", "economicZone", "verifiedOnly", "sort", "page", "pageSize",
    ]);
    expect(Object.keys(search?.responses ?? {})).toEqual(["200", "304", "400", "401", "403", "429"]);
    expect(document.servers?.[0]?.url).toBe("http://karvon.test/api/v1");
  });

  it("gives openapi-typescript types with every path and operation", async () => {
    const types = await writePublicApiTypes();
    const document = publicApiDocument("http://karvon.test");
    for (const [route, item] of Object.entries(document.paths ?? {})) {
      expect(types).toContain(`"${route}": {`);
      expect(types).toContain(`get: operations["${item?.get?.operationId ?? ""}"];`);
    }
  });
});

describe.each(testDatabases())("a client generated from the document, on $name", (database) => {
  let handle: DbHandle;
  let world: World;
  let server: { url: string; close: () => Promise<void> };
  const clock: Clock = { now: () => new Date("2026-03-02T10:00:30Z") };

  beforeAll(async () => {
    handle = await database.open();
    world = await seedWorld(handle.db);
    server = await startPublicApiServer(handle.db, clock);
  });
  afterAll(async () => {
    await server.close();
    await handle.close();
  });

  it("searches over HTTP and gets the same results as the portal's search", async () => {
    const admin = createCaller(createTRPCContext({ db: handle.db, session: world.sessions.admin, clock }));
    const { key } = await admin.apiKey.create({ organisationName: "Azexport", contactEmail: "api@azexport.example", scopes: ["search"], rateLimitPerMinute: 60 });
    const client = createClient<paths>({ baseUrl: `${server.url}/api/v1`, headers: { Authorization: `Bearer ${key}` } });

    const query = { q: "fruit", type: "all", country: "UZ", sort: "relevance", page: 1, pageSize: 10 } as const;
    const { data, error, response } = await client.GET("/search", { params: { query } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    const portal = await createCaller(createTRPCContext({ db: handle.db, session: null, clock })).search.query(query);
    expect(portal.total).toBeGreaterThan(0);
    expect(data).toEqual(JSON.parse(JSON.stringify(portal)));

    const bad = await client.GET("/search", { params: { query: { ...query, pageSize: 500 } } });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.error.fields).toEqual({ pageSize: ["errors.tooLarge"] });

    const anonymous = createClient<paths>({ baseUrl: `${server.url}/api/v1` });
    expect((await anonymous.GET("/search", { params: { query } })).response.status).toBe(401);
  });

  it("serves the document itself over HTTP, with an ETag", async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const etag = response.headers.get("etag") ?? "";
    expect(((await response.json()) as { openapi: string }).openapi).toBe("3.1.0");
    expect((await fetch(`${server.url}/api/v1/openapi.json`, { headers: { "If-None-Match": etag } })).status).toBe(304);
  });
});
