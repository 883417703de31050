/**
 * better-auth's endpoints over HTTP, through the handler of the `/api/auth` route: inputs are checked before
 * any look-up (a taken and a free address get the same answer), U+0000 never reaches the database, and a
 * sign-up with a taken address mails the owner at most once an hour.
 */
import { createAuth, createAuthHttpHandler, type Auth } from "@karvon/api";
import { listMail } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { password, signUpVerified, testBaseUrl, testSecret } from "../support/auth";
import { testDatabases, useTestDatabase } from "../support/databases";

function post(path: string, body: unknown) {
  return new Request(`${testBaseUrl}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: testBaseUrl },
    body: JSON.stringify(body),
  });
}

async function answer(response: Response) {
  return { status: response.status, body: await response.text() };
}

describe.each(testDatabases())("better-auth's inputs over HTTP on $name", (database) => {
  const handle = useTestDatabase(database);
  let auth: Auth;
  let handler: (request: Request) => Promise<Response>;
  let clock = new Date("2026-12-01T09:00:00Z");
  const taken = "taken@example.uz";
  beforeAll(async () => {
    auth = createAuth({ db: handle.db, secret: testSecret, baseUrl: testBaseUrl, rateLimitEnabled: false, now: () => clock });
    handler = createAuthHttpHandler(auth, () => undefined);
    await signUpVerified(auth, handle.db, taken, "ru");
  });

  it("answers an invalid sign-up the same for a taken and a free address, before any look-up", async () => {
    const invalid: Record<string, unknown>[] = [
      { name: "Ali\u0000", password, locale: "en" },
      { name: "Ali\nVisit http://evil.example", password, locale: "en" },
      { name: "A".repeat(101), password, locale: "en" },
      { name: "Ali", password, locale: "xx" },
      { name: "Ali", password, locale: "en", image: "javascript:alert(1)" },
      { name: "Ali", password, locale: "en", callbackURL: "https://evil.example" },
    ];
    for (const body of invalid) {
      const forTaken = await answer(await handler(post("/sign-up/email", { ...body, email: taken })));
      const forFree = await answer(await handler(post("/sign-up/email", { ...body, email: "free@example.uz" })));
      expect(forTaken.status, JSON.stringify(body)).toBe(400);
      expect(forFree).toEqual(forTaken);
    }
    expect(await listMail(handle.db, { to: "free@example.uz" })).toEqual([]);
  });

  it("answers 400, never 500, to U+0000 in a reset token, a verification token or any field", async () => {
    const reset = await handler(post("/reset-password", { token: "abc\u0000def", newPassword: "a-new-caravan-2026" }));
    expect(reset.status).toBe(400);
    expect(await reset.json()).toMatchObject({ code: "INVALID_TOKEN" });
    const verify = await handler(new Request(`${testBaseUrl}/api/auth/verify-email?token=abc%00def`));
    expect(verify.status).toBe(400);
    const signIn = await handler(post("/sign-in/email", { email: taken, password: "x\u0000y" }));
    expect(signIn.status).toBe(400);
    const forgot = await handler(post("/request-password-reset", { email: "ali\u0000@example.uz" }));
    expect(forgot.status).toBe(400);
  });

  it("refuses a profile change with a picture URL or an unknown language, even through auth.api", async () => {
    await expect(
      auth.api.updateUser({ body: { name: "Ali", image: "javascript:alert(1)" }, headers: new Headers() }),
    ).rejects.toMatchObject({ statusCode: 400 });
    await expect(
      auth.api.updateUser({ body: { locale: "xx" }, headers: new Headers() }),
    ).rejects.toMatchObject({ statusCode: 400 });
    expect((await handler(post("/update-user", { name: "Ali" }))).status).toBe(404);
  });

  it("mails the owner of a taken address once an hour, in their language; the answer stays the same", async () => {
    const body = { name: "Someone", email: taken, password: "another-caravan-2026", locale: "en" };
    const first = await handler(post("/sign-up/email", body));
    const second = await handler(post("/sign-up/email", body));
    const fresh = await handler(post("/sign-up/email", { ...body, email: "brand-new@example.uz" }));
    expect([first.status, second.status, fresh.status]).toEqual([200, 200, 200]);
    const mails = () => listMail(handle.db, { to: taken }).then((all) => all.filter((m) => m.template === "auth.account-exists"));
    const sent = await mails();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.locale).toBe("ru");
    expect(sent[0]?.subject).toBe("У вас уже есть учётная запись Karvon");
    expect(sent[0]?.text).toContain(`${testBaseUrl}/ru/forgot-password`);
    expect(sent[0]?.text).not.toContain("another-caravan-2026");

    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    await handler(post("/sign-up/email", body));
    expect(await mails()).toHaveLength(2);
  });
});
