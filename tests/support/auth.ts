/** Helpers for tests that go through better-auth: an auth object on a test database, mail links, cookies. */
import { createAuth, type Auth } from "@karvon/api";
import { listMail, type Db } from "@karvon/db";
import { expect } from "vitest";

export const testSecret = "test-secret-test-secret-test-secret-42";
export const testBaseUrl = "http://localhost:3000";

export function createTestAuth(db: Db, options: { rateLimitEnabled?: boolean } = {}): Auth {
  return createAuth({ db, secret: testSecret, baseUrl: testBaseUrl, rateLimitEnabled: options.rateLimitEnabled ?? false });
}

/** The token of the newest mail of one template sent to `email`. */
export async function tokenFromMail(db: Db, email: string, template: string): Promise<string> {
  const mails = await listMail(db, { to: email });
  const mail = mails.find((m) => m.template === template);
  expect(mail, `a ${template} mail to ${email}`).toBeDefined();
  const match = /[?&]token=([^\s&]+)/.exec(mail?.text ?? "");
  expect(match).not.toBeNull();
  return decodeURIComponent(match?.[1] ?? "");
}

/** A `Cookie` request header from the Set-Cookie headers of a response. */
export function cookieFrom(headers: Headers): Headers {
  const cookies = headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  return new Headers({ cookie: cookies.join("; ") });
}

export const password = "caspian-silk-road-2026";

/** Signs a person up, verifies their address through the mailed token, and signs them in. */
export async function signUpVerified(auth: Auth, db: Db, email: string, locale = "en") {
  await auth.api.signUpEmail({ body: { name: "Test Person", email, password, locale } });
  const token = await tokenFromMail(db, email, "auth.verify-email");
  await auth.api.verifyEmail({ query: { token } });
  return signIn(auth, email);
}

export async function signIn(auth: Auth, email: string, secret = password) {
  const { headers, response } = await auth.api.signInEmail({
    body: { email, password: secret },
    returnHeaders: true,
  });
  return { userId: response.user.id, headers: cookieFrom(headers) };
}
