/**
 * Fuzzing the better-auth endpoints the portal serves, over HTTP-shaped requests through the `/api/auth`
 * handler: random JSON bodies, malformed variants of the pages' own bodies, random query strings, text that is
 * not JSON, U+0000 anywhere. Every answer must be below 500. Cases per endpoint come from FUZZ_RUNS (as in
 * fuzz.test.ts).
 */
import { createAuthHttpHandler, reachableAuthEndpoints, type Auth } from "@karvon/api";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAuth, password, signUpVerified, testBaseUrl } from "../support/auth";
import { testDatabases, useTestDatabase } from "../support/databases";

const runs = Number.parseInt(process.env.FUZZ_RUNS ?? "", 10) || 50;

/** The bodies and queries the portal's pages send, as the starting point of malformed variants. */
const validShapes: Record<string, Record<string, unknown>> = {
  "/sign-up/email": { name: "Fuzz Person", email: "fuzz@example.uz", password, locale: "uz" },
  "/sign-in/email": { email: "fuzz-owner@example.uz", password },
  "/request-password-reset": { email: "fuzz-owner@example.uz" },
  "/reset-password": { newPassword: "a-new-caravan-2026", token: "abcdefghijklmnopqrstuvwx" },
  "/change-password": { currentPassword: password, newPassword: "a-new-caravan-2026", revokeOtherSessions: true },
  "/verify-email": { token: "eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImEifQ.c2ln" },
};

const nasty = fc.oneof(
  fc.constantFrom("", "\u0000", "a\u0000b", "\u202Eevil", "'; drop table \"user\"; --", "%00", "\\", null, true, -1, [], {}),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: "binary", maxLength: 100 }),
  fc.integer({ min: 1000, max: 100_000 }).map((length) => "ж".repeat(length)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown),
);

const anything = fc.anything({ maxDepth: 3, maxKeys: 6 });

function malformedFrom(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = [...Object.keys(valid), "image", "callbackURL", "role", "__proto__"];
  return fc.tuple(fc.constantFrom(...keys), fc.oneof(nasty, anything), fc.boolean()).map(([key, value, drop]) => {
    const copy: Record<string, unknown> = { ...valid };
    if (drop) delete copy[key];
    else copy[key] = value;
    return copy;
  });
}

/** A request body as text: JSON of a value, or something that is not JSON at all. */
const bodyText = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc.oneof(malformedFrom(valid), anything, nasty).map((value) => JSON.stringify(value) ?? "null"),
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.constantFrom("{", '{"email":', "[]", "", '{"name":"\\u0000"}'),
  );

/** A query string: the valid one with a value replaced, or random keys and values (encoded as a browser would). */
const queryString = (valid: Record<string, unknown>) =>
  fc
    .oneof(malformedFrom(valid), fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ unit: "binary", maxLength: 60 })))
    .map((value) => {
      const params = new URLSearchParams();
      if (typeof value === "object" && value !== null) {
        for (const [key, entry] of Object.entries(value)) params.append(key, typeof entry === "string" ? entry : JSON.stringify(entry) ?? "");
      }
      return params.toString();
    });

describe.each(testDatabases())("auth endpoints under fuzzing on $name", (database) => {
  const handle = useTestDatabase(database);
  let auth: Auth;
  let handler: (request: Request) => Promise<Response>;
  let cookie: Headers;
  beforeAll(async () => {
    auth = createTestAuth(handle.db);
    handler = createAuthHttpHandler(auth, () => undefined);
    cookie = (await signUpVerified(auth, handle.db, "fuzz-owner@example.uz")).headers;
  });

  for (const endpoint of reachableAuthEndpoints) {
    // Sign-out and revoke-sessions would end the session the other cases use; they take no input anyway.
    const signedIn = endpoint.path !== "/sign-out" && endpoint.path !== "/revoke-sessions";
    it(`${endpoint.method} ${endpoint.path}: never answers 5xx`, async () => {
      const valid = validShapes[endpoint.path] ?? {};
      const failures: string[] = [];
      await fc.assert(
        fc.asyncProperty(bodyText(valid), queryString(valid), async (body, query) => {
          const headers = new Headers(signedIn ? cookie : undefined);
          headers.set("origin", testBaseUrl);
          const url = `${testBaseUrl}/api/auth${endpoint.path}${query ? `?${query}` : ""}`;
          const init: RequestInit =
            endpoint.method === "GET" ? { method: "GET", headers } : { method: "POST", headers, body };
          if (endpoint.method === "POST") headers.set("content-type", "application/json");
          const response = await handler(new Request(url, init));
          if (response.status >= 500) failures.push(`${response.status} for body ${body.slice(0, 200)} query ${query.slice(0, 200)}`);
          return response.status < 500;
        }),
        { numRuns: runs },
      );
      expect(failures).toEqual([]);
    });
  }

  it("leaves no polluted prototype behind", () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
