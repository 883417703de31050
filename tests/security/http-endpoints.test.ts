/**
 * The HTTP surface outside tRPC: every reachable endpoint has a row in http-endpoints.ts. Better-auth's endpoints
 * are taken from `auth.api` and called through the handler of the `/api/auth` route, signed in as an admin (the
 * strongest role): the ones outside the allowlist must answer 404. Next's route handlers, metadata routes and
 * pages outside the localized site are read from apps/web/src/app.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { createAuthHttpHandler, reachableAuthEndpoints, type Auth } from "@karvon/api";
import { schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAuth, signIn, signUpVerified, testBaseUrl } from "../support/auth";
import { testDatabases, useTestDatabase } from "../support/databases";
import { insertOwnedCompany } from "../support/factories";
import { httpEndpoints } from "./http-endpoints";

const appDir = path.resolve(import.meta.dirname, "../../apps/web/src/app");
const authRouteFile = "api/auth/[...all]/route.ts";
const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [path.relative(appDir, full)];
  });
}

/** The URL path of a folder of the app: route groups `(name)` do not count. */
function urlOf(folder: string): string {
  const parts = folder.split(path.sep).filter((part) => part !== "" && part !== "." && !/^\(.*\)$/.test(part));
  return `/${parts.join("/")}`;
}

/** The methods a route.ts exports (`export async function GET`, `export { handler as GET }`, `export const GET`). */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g)) found.add(match[1] ?? "");
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of (block[1] ?? "").matchAll(/\bas\s+([A-Z]+)\b/g)) found.add(name[1] ?? "");
  }
  return [...found].filter((method) => httpMethods.includes(method)).sort();
}

const metadataFile = /^(robots|sitemap|manifest|favicon|icon\d*|apple-icon\d*|opengraph-image\d*|twitter-image\d*)\.(ts|tsx|js|svg|png|ico|jpg|jpeg|txt|xml|webmanifest)$/;
const generatedNames: Record<string, string> = { robots: "robots.txt", sitemap: "sitemap.xml", manifest: "manifest.webmanifest" };

/** "METHOD /path" of every endpoint the files of apps/web/src/app define, except the better-auth catch-all. */
function nextEndpoints(): string[] {
  const keys: string[] = [];
  for (const file of filesUnder(appDir)) {
    if (file === authRouteFile) continue;
    const folder = path.dirname(file);
    const name = path.basename(file);
    if (name === "route.ts") {
      for (const method of exportedMethods(readFileSync(path.join(appDir, file), "utf8"))) keys.push(`${method} ${urlOf(folder)}`);
      continue;
    }
    const metadata = metadataFile.exec(name);
    if (metadata) {
      const [, base = "", ext = ""] = metadata;
      const code = ["ts", "tsx", "js"].includes(ext);
      const urlName = code ? (generatedNames[base] ?? base) : name;
      keys.push(`GET ${urlOf(path.join(folder, urlName))}`);
      continue;
    }
    // Pages of the localized site are the portal's UI over tRPC; pages outside it are tools and get a row.
    if (name === "page.tsx" && !file.startsWith(`[locale]${path.sep}`)) keys.push(`GET ${urlOf(folder)}`);
  }
  return keys.sort();
}

type AuthEndpoint = { path?: string; options?: { method?: string | string[]; metadata?: { SERVER_ONLY?: boolean } } };

/** "METHOD /api/auth/path" of every endpoint better-auth would route (server-only ones are never routed). */
function betterAuthEndpoints(auth: Auth): { key: string; method: string; url: string }[] {
  return Object.values(auth.api as unknown as Record<string, AuthEndpoint>).flatMap((endpoint) => {
    if (!endpoint.path || endpoint.options?.metadata?.SERVER_ONLY) return [];
    const method = endpoint.options?.method ?? "GET";
    const methods = (Array.isArray(method) ? method : [method]).filter((m) => m !== "*");
    const concrete = endpoint.path.replace(/:[a-zA-Z]+/g, "x");
    return methods.map((m) => ({ key: `${m} /api/auth${endpoint.path}`, method: m, url: `${testBaseUrl}/api/auth${concrete}` }));
  });
}

function request(method: string, url: string, cookie: Headers, body?: unknown) {
  const headers = new Headers(cookie);
  headers.set("origin", testBaseUrl);
  if (method === "GET") return new Request(url, { method, headers });
  headers.set("content-type", "application/json");
  return new Request(url, { method, headers, body: JSON.stringify(body ?? {}) });
}

const noLog = () => undefined;

describe("HTTP endpoints outside tRPC (table)", () => {
  it("has a row for every route handler, metadata route and page outside the localized site, and none more", () => {
    const found = nextEndpoints();
    const listed = Object.keys(httpEndpoints).filter((key) => !key.includes(" /api/auth/"));
    expect(found.filter((key) => !listed.includes(key)), "add these to tests/security/http-endpoints.ts").toEqual([]);
    expect(listed.filter((key) => !found.includes(key)), "remove or rename these rows").toEqual([]);
    expect(found).toContain("GET /api/logos/[companyId]");
    expect(found).toContain("GET /dev/mail/[id]");
  });

  it("lists exactly the allowlisted better-auth endpoints, which the catch-all route's methods cover", () => {
    const allowlisted = reachableAuthEndpoints.map((endpoint) => `${endpoint.method} /api/auth${endpoint.path}`).sort();
    const listed = Object.keys(httpEndpoints).filter((key) => key.includes(" /api/auth/")).sort();
    expect(listed).toEqual(allowlisted);
    const routeMethods = exportedMethods(readFileSync(path.join(appDir, authRouteFile), "utf8"));
    expect(routeMethods).toEqual(["GET", "POST"]);
    for (const endpoint of reachableAuthEndpoints) expect(routeMethods).toContain(endpoint.method);
  });
});

describe.each(testDatabases())("better-auth over HTTP on $name", (database) => {
  const handle = useTestDatabase(database);
  let auth: Auth;
  let handler: (request: Request) => Promise<Response>;
  let admin: Headers;
  beforeAll(async () => {
    auth = createTestAuth(handle.db);
    handler = createAuthHttpHandler(auth, noLog);
    const { userId } = await signUpVerified(auth, handle.db, "root@example.uz");
    await handle.db.update(schema.user).set({ role: "admin" }).where(eq(schema.user.id, userId));
    admin = (await signIn(auth, "root@example.uz")).headers;
  });

  it("finds better-auth's endpoints (the walk over auth.api works)", () => {
    const keys = betterAuthEndpoints(auth).map((endpoint) => endpoint.key);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys).toContain("POST /api/auth/organization/delete");
    expect(keys).toContain("POST /api/auth/admin/impersonate-user");
  });

  it("answers 404 to every endpoint outside the table, even for an admin; the listed ones reach better-auth", async () => {
    const reachableUnlisted: string[] = [];
    const listedButGone: string[] = [];
    for (const endpoint of betterAuthEndpoints(auth)) {
      const response = await handler(request(endpoint.method, endpoint.url, admin));
      const listed = endpoint.key in httpEndpoints;
      if (!listed && response.status !== 404) reachableUnlisted.push(`${endpoint.key} → ${response.status}`);
      if (listed && response.status === 404) listedButGone.push(endpoint.key);
    }
    expect(reachableUnlisted, "reachable but not in tests/security/http-endpoints.ts").toEqual([]);
    expect(listedButGone).toEqual([]);
  });

  it("does not let a near-miss of an allowed path through", async () => {
    const variants = [
      "/api/auth/organization/delete/",
      "/api/auth//organization/delete",
      "/api/auth/sign-in/email/../../organization/delete",
      "/api/auth/Sign-In/Email",
      "/api/auth/sign-in/email/",
      "/api/auth/sign%2Din/email",
      "/api/auth",
      "/api/auth/",
    ];
    for (const variant of variants) {
      const response = await handler(request("POST", `${testBaseUrl}${variant}`, admin, { organizationId: "x" }));
      expect(response.status, variant).toBe(404);
    }
  });

  it("keeps a suspended company when its owner posts to /organization/delete", async () => {
    const { userId, headers } = await signUpVerified(auth, handle.db, "suspended-owner@example.az");
    await insertOwnedCompany(handle.db, {
      userId,
      organizationId: "org-suspended",
      name: "Suspended MMC",
      slug: "suspended-mmc",
      company: { country: "AZ", taxId: "1400057421", legalName: "Suspended MMC", status: "published", suspendedAt: new Date(), suspendedReason: "fraud" },
    });
    const url = `${testBaseUrl}/api/auth/organization/delete`;
    const response = await handler(request("POST", url, headers, { organizationId: "org-suspended" }));
    expect(response.status).toBe(404);
    const companies = await handle.db.select().from(schema.companies).where(eq(schema.companies.organizationId, "org-suspended"));
    expect(companies).toHaveLength(1);
    const organizations = await handle.db.select().from(schema.organization).where(eq(schema.organization.id, "org-suspended"));
    expect(organizations).toHaveLength(1);
  });

  it("lets no admin impersonate anyone, even through auth.api", async () => {
    const target = await signUpVerified(auth, handle.db, "target@example.uz");
    // A fresh session: the walk above called sign-out and revoke-sessions with the first one.
    const { headers } = await signIn(auth, "root@example.uz");
    expect((await auth.api.getSession({ headers }))?.user.role).toBe("admin");
    await expect(auth.api.impersonateUser({ headers, body: { userId: target.userId } })).rejects.toMatchObject({
      statusCode: 403,
    });
  });
});
