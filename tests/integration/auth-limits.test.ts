import { createAuth, lockoutPolicy, peerAddressHeader, type Auth } from "@karvon/api";
import { beforeAll, describe, expect, it } from "vitest";
import { password, signUpVerified, testBaseUrl, testSecret, tokenFromMail } from "../support/auth";
import { testDatabases, useTestDatabase } from "../support/databases";

/**
 * A sign-in as it reaches better-auth from the production server: `peer` is the socket's address (the server
 * writes it into its private header), `forwardedFor` whatever X-Forwarded-For the client chose to send.
 */
function signInRequest(peer: string, email: string, secret: string, forwardedFor?: string) {
  return new Request(`${testBaseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: testBaseUrl,
      [peerAddressHeader]: peer,
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: JSON.stringify({ email, password: secret }),
  });
}

describe.each(testDatabases())("rate limiting and account lockout on $name", (database) => {
  const handle = useTestDatabase(database);
  let auth: Auth;
  /** The same portal with room for many attempts per address, so that only the lock answers 429. */
  let roomy: Auth;
  beforeAll(async () => {
    auth = createAuth({ db: handle.db, secret: testSecret, baseUrl: testBaseUrl });
    roomy = createAuth({ db: handle.db, secret: testSecret, baseUrl: testBaseUrl, signInAttemptsPerMinute: 1000 });
  });

  it("answers 429 to repeated sign-ins from one address, and not to another address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const response = await auth.handler(signInRequest("203.0.113.7", `nobody${i}@example.uz`, "wrong-password-1"));
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const other = await auth.handler(signInRequest("203.0.113.8", "nobody@example.uz", "wrong-password-1"));
    expect(other.status).toBe(401);
  });

  it("counts every forged X-Forwarded-For against the peer's own limit when no proxy is trusted", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const response = await auth.handler(signInRequest("203.0.113.50", `forger${i}@example.uz`, "wrong-password-1", `198.18.0.${i + 1}`));
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it("believes X-Forwarded-For only from a trusted proxy", async () => {
    const behindProxy = createAuth({ db: handle.db, secret: testSecret, baseUrl: testBaseUrl, trustedProxies: ["10.0.0.0/8"] });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const response = await behindProxy.handler(signInRequest("10.0.0.2", `proxied${i}@example.uz`, "wrong-password-1", `198.19.0.${i + 1}`));
      statuses.push(response.status);
    }
    expect(statuses.every((status) => status === 401)).toBe(true);
  });

  it("keeps its counters in the rate_limit table, under the peer's address", async () => {
    const rows = await handle.db.query.rateLimit.findMany();
    expect(rows.some((row) => row.key.includes("203.0.113.7"))).toBe(true);
    expect(rows.some((row) => row.key.includes("203.0.113.50"))).toBe(true);
    expect(rows.some((row) => row.key.includes("198.18.0."))).toBe(false);
  });

  it("locks one address out of an account after repeated failures, with the same answer for an unknown address", async () => {
    const email = "rustam@example.az";
    await signUpVerified(roomy, handle.db, email);
    const unknown = "nobody-here@example.az";
    for (const target of [email, unknown]) {
      for (let i = 0; i < lockoutPolicy.maxFailures; i += 1) {
        const response = await roomy.handler(signInRequest("198.51.100.1", target, "wrong-password-1"));
        expect(response.status).toBe(401);
      }
    }
    // Even the right password is refused from that address while it is locked.
    const locked = await roomy.handler(signInRequest("198.51.100.1", email, password));
    const lockedUnknown = await roomy.handler(signInRequest("198.51.100.1", unknown, password));
    expect(locked.status).toBe(429);
    expect(lockedUnknown.status).toBe(429);
    expect(await locked.json()).toEqual(await lockedUnknown.json());
  });

  it("never locks the owner out of his own address, however many addresses a stranger uses", async () => {
    const email = "owner-of-the-account@example.uz";
    await signUpVerified(roomy, handle.db, email);
    for (let i = 0; i < lockoutPolicy.maxFailures * 3; i += 1) {
      const response = await roomy.handler(signInRequest(`192.0.2.${i + 1}`, email, "wrong-password-1"));
      expect(response.status).toBe(401);
    }
    const owner = await roomy.handler(signInRequest("198.51.100.77", email, password));
    expect(owner.status).toBe(200);
  });

  it("lets the account in again once the window has passed", async () => {
    const later = new Date(Date.now() + (lockoutPolicy.windowMinutes + 1) * 60_000);
    const afterWindow = createAuth({ db: handle.db, secret: testSecret, baseUrl: testBaseUrl, signInAttemptsPerMinute: 1000, now: () => later });
    const response = await afterWindow.handler(signInRequest("198.51.100.1", "rustam@example.az", password));
    expect(response.status).toBe(200);
  });

  it("opens the lock when the password is reset", async () => {
    const email = "forgot-and-locked@example.az";
    await signUpVerified(roomy, handle.db, email);
    for (let i = 0; i < lockoutPolicy.maxFailures; i += 1) {
      await roomy.handler(signInRequest("198.51.100.9", email, "wrong-password-1"));
    }
    expect((await roomy.handler(signInRequest("198.51.100.9", email, password))).status).toBe(429);

    await roomy.api.requestPasswordReset({ body: { email } });
    const token = await tokenFromMail(handle.db, email, "auth.reset-password");
    const newPassword = "a-new-caravan-2026";
    const reset = await roomy.handler(
      new Request(`${testBaseUrl}/api/auth/reset-password`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: testBaseUrl, [peerAddressHeader]: "198.51.100.9" },
        body: JSON.stringify({ token, newPassword }),
      }),
    );
    expect(reset.status).toBe(200);
    expect((await roomy.handler(signInRequest("198.51.100.9", email, newPassword))).status).toBe(200);
  });
});
