import { describe, expect, it, vi } from "vitest";
import { createAuth, type Auth } from "./create-auth";
import { createAuthHttpHandler, isReachableAuthEndpoint } from "./http-endpoints";

const base = "http://localhost:3000";

/** An auth object whose handler answers 200, or throws what it is given. */
function fakeAuth(failure?: Error) {
  const handler = vi.fn(async () => {
    if (failure) throw failure;
    return new Response("{}", { status: 200 });
  });
  return { auth: { handler } as unknown as Auth, handler };
}

describe("the /api/auth allowlist", () => {
  it("matches method and path exactly", () => {
    expect(isReachableAuthEndpoint("POST", "/api/auth/sign-in/email")).toBe(true);
    expect(isReachableAuthEndpoint("GET", "/api/auth/sign-in/email")).toBe(false);
    expect(isReachableAuthEndpoint("POST", "/api/auth/sign-in/email/")).toBe(false);
    expect(isReachableAuthEndpoint("POST", "/api/auth/organization/delete")).toBe(false);
    expect(isReachableAuthEndpoint("POST", "/api/authx/sign-in/email")).toBe(false);
    expect(isReachableAuthEndpoint("POST", "/sign-in/email")).toBe(false);
  });

  it("answers 404 without calling better-auth for anything else", async () => {
    const { auth, handler } = fakeAuth();
    const handle = createAuthHttpHandler(auth, () => undefined);
    const response = await handle(new Request(`${base}/api/auth/admin/set-role`, { method: "POST", body: "{}" }));
    expect(response.status).toBe(404);
    expect(handler).not.toHaveBeenCalled();
    expect((await handle(new Request(`${base}/api/auth/get-session`))).status).toBe(200);
  });

  it("logs an error better-auth let through and answers a plain 500", async () => {
    const failure = new Error("params: ali@example.uz");
    const { auth } = fakeAuth(failure);
    const log = vi.fn();
    const response = await createAuthHttpHandler(auth, log)(new Request(`${base}/api/auth/get-session`));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("ali@example.uz");
    expect(log).toHaveBeenCalledWith("error", "auth request failed", failure);
  });
});

describe("errors better-auth does not answer itself", () => {
  it("reach the route's log instead of the console, and the client gets a plain 500", async () => {
    // A database that fails every statement with a driver-like message carrying an address.
    const failing: object = new Proxy(() => undefined, {
      get: (_target, key) =>
        key === "then"
          ? (_resolve: unknown, reject: (error: Error) => void) => reject(new Error("Failed query\nparams: ali@example.uz"))
          : failing,
      apply: () => failing,
    });
    const db = failing;
    const auth = createAuth({ db: db as never, secret: "test-secret-test-secret-test-secret-42", baseUrl: base, rateLimitEnabled: false });
    const log = vi.fn();
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const request = new Request(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "ali@example.uz", password: "caspian-silk-road-2026" }),
    });
    const response = await createAuthHttpHandler(auth, log)(request);
    expect(response.status).toBe(500);
    expect(log).toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });
});
