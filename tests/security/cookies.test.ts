/** Session cookies: HttpOnly and SameSite=Lax always, Secure (with the __Secure- prefix) under https. */
import { createAuth } from "@karvon/api";
import type { DbHandle } from "@karvon/db";
import { describe, expect, it } from "vitest";
import { password, testSecret, tokenFromMail } from "../support/auth";
import { testDatabases, useTestDatabase } from "../support/databases";

async function sessionCookies(handle: DbHandle, baseUrl: string, email: string): Promise<string[]> {
  const auth = createAuth({ db: handle.db, secret: testSecret, baseUrl, rateLimitEnabled: false });
  await auth.api.signUpEmail({ body: { name: "Cookie Person", email, password, locale: "en" } });
  await auth.api.verifyEmail({ query: { token: await tokenFromMail(handle.db, email, "auth.verify-email") } });
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return headers.getSetCookie();
}

describe.each(testDatabases())("session cookies on $name", (database) => {
  const handle = useTestDatabase(database);

  it("are HttpOnly and SameSite=Lax over http, without Secure", async () => {
    const cookies = await sessionCookies(handle, "http://localhost:3000", "cookie-http@example.com");
    const session = cookies.find((cookie) => cookie.includes("session_token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  it("are also Secure, with the __Secure- prefix, when the portal is served over https", async () => {
    const cookies = await sessionCookies(handle, "https://karvon.example", "cookie-https@example.com");
    const session = cookies.find((cookie) => cookie.includes("session_token="));
    expect(session).toMatch(/^__Secure-/);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Secure/i);
    // Every cookie the auth sets is HttpOnly: scripts (and an XSS) never read them.
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*HttpOnly/i);
  });
});
