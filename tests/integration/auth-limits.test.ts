import { createAuth, lockoutPolicy, type Auth } from "@karvon/api";
import type { DbHandle } from "@karvon/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { password, signUpVerified, testBaseUrl, testSecret } from "../support/auth";
import { testDatabases } from "../support/databases";

function signInRequest(ip: string, email: string, secret: string) {
  return new Request(`${testBaseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip, origin: testBaseUrl },
    body: JSON.stringify({ email, password: secret }),
  });
}

describe.each(testDatabases())("rate limiting and account lockout on $name", (database) => {
  let handle: DbHandle;
  let auth: Auth;
  beforeAll(async () => {
    handle = await database.open();
    auth = createAuth({ db: handle.db, secret: testSecret, baseUrl: testBaseUrl });
  });
  afterAll(async () => {
    await handle.close();
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

  it("keeps its counters in the rate_limit table", async () => {
    const rows = await handle.db.query.rateLimit.findMany();
    expect(rows.some((row) => row.key.includes("203.0.113.7"))).toBe(true);
  });

  it("locks an account after repeated failures, with the same answer for an unknown address", async () => {
    const email = "rustam@example.az";
    await signUpVerified(auth, handle.db, email);
    const unknown = "nobody-here@example.az";
    for (const target of [email, unknown]) {
      for (let i = 0; i < lockoutPolicy.maxFailures; i += 1) {
        // A different address per attempt: the attack is spread, so only the per-account limit applies.
        const response = await auth.handler(signInRequest(`198.51.100.${i + 1}`, target, "wrong-password-1"));
        expect(response.status).toBe(401);
      }
    }
    // Even the right password is refused while the account is locked.
    const locked = await auth.handler(signInRequest("198.51.100.200", email, password));
    const lockedUnknown = await auth.handler(signInRequest("198.51.100.201", unknown, password));
    expect(locked.status).toBe(429);
    expect(lockedUnknown.status).toBe(429);
    expect(await locked.json()).toEqual(await lockedUnknown.json());
  });

  it("lets the account in again once the window has passed", async () => {
    const later = new Date(Date.now() + (lockoutPolicy.windowMinutes + 1) * 60_000);
    const afterWindow = createAuth({ db: handle.db, secret: testSecret, baseUrl: testBaseUrl, now: () => later });
    const response = await afterWindow.handler(signInRequest("198.51.100.202", "rustam@example.az", password));
    expect(response.status).toBe(200);
  });
});
