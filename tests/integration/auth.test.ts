import type { Auth } from "@karvon/api";
import { listMail, schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAuth, password, signIn, tokenFromMail } from "../support/auth";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("sign-up, verification and sign-in on $name", (database) => {
  const handle = useTestDatabase(database);
  let auth: Auth;
  beforeAll(async () => {
    auth = createTestAuth(handle.db);
  });

  const email = "aygun@example.az";

  it("creates an unverified user and queues the verification mail in their language", async () => {
    const result = await auth.api.signUpEmail({ body: { name: "Aygün", email, password, locale: "az" } });
    expect(result.token).toBeNull();
    const [user] = await handle.db.select().from(schema.user).where(eq(schema.user.email, email));
    expect(user?.emailVerified).toBe(false);
    expect(user?.locale).toBe("az");
    expect(user?.role).toBe("user");
    const mails = await listMail(handle.db, { to: email });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.template).toBe("auth.verify-email");
    expect(mails[0]?.locale).toBe("az");
    expect(mails[0]?.subject).toBe("Karvon üçün e-poçt ünvanınızı təsdiqləyin");
    expect(mails[0]?.text).toContain("http://localhost:3000/az/verify-email?token=");
  });

  it("stores the password as an Argon2id hash", async () => {
    const [row] = await handle.db
      .select({ password: schema.account.password })
      .from(schema.account)
      .innerJoin(schema.user, eq(schema.user.id, schema.account.userId))
      .where(eq(schema.user.email, email));
    expect(row?.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("refuses to sign in before the address is verified", async () => {
    await expect(auth.api.signInEmail({ body: { email, password } })).rejects.toMatchObject({
      statusCode: 403,
      body: { code: "EMAIL_NOT_VERIFIED" },
    });
  });

  it("verifies the address with the mailed token, then signs in and audits it", async () => {
    const token = await tokenFromMail(handle.db, email, "auth.verify-email");
    await auth.api.verifyEmail({ query: { token } });
    const [user] = await handle.db.select().from(schema.user).where(eq(schema.user.email, email));
    expect(user?.emailVerified).toBe(true);

    const { userId, headers } = await signIn(auth, email);
    const session = await auth.api.getSession({ headers });
    expect(session?.user.id).toBe(userId);
    const audit = await handle.db.select().from(schema.auditLog).where(eq(schema.auditLog.actorId, userId));
    expect(audit.map((row) => row.action)).toContain("auth.sign-in");
  });

  it("records a failed sign-in without the e-mail address", async () => {
    await expect(auth.api.signInEmail({ body: { email, password: "not-the-password" } })).rejects.toMatchObject({
      statusCode: 401,
    });
    const failures = await handle.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "auth.sign-in.failed"));
    expect(failures).toHaveLength(1);
    expect(JSON.stringify(failures)).not.toContain(email);
  });

  it("refuses common and short passwords with translation keys", async () => {
    await expect(
      auth.api.signUpEmail({ body: { name: "X", email: "x@example.uz", password: "password123", locale: "uz" } }),
    ).rejects.toMatchObject({ statusCode: 400, body: { message: "errors.password.common", field: "password" } });
    await expect(
      auth.api.signUpEmail({ body: { name: "X", email: "x@example.uz", password: "short", locale: "uz" } }),
    ).rejects.toMatchObject({ statusCode: 400, body: { message: "errors.password.tooShort" } });
  });

  it("answers a sign-up with a taken address exactly like a new one", async () => {
    const again = await auth.api.signUpEmail({ body: { name: "Someone", email, password, locale: "en" } });
    expect(again.token).toBeNull();
    expect(again.user.email).toBe(email);
    const users = await handle.db.select().from(schema.user).where(eq(schema.user.email, email));
    expect(users).toHaveLength(1);
  });

  it("mails a password reset link in the user's language and revokes sessions on reset", async () => {
    const { headers } = await signIn(auth, email);
    await auth.api.requestPasswordReset({ body: { email } });
    const token = await tokenFromMail(handle.db, email, "auth.reset-password");
    const mails = await listMail(handle.db, { to: email });
    expect(mails.find((m) => m.template === "auth.reset-password")?.text).toContain("/az/reset-password?token=");
    await auth.api.resetPassword({ body: { token, newPassword: "a-new-caravan-2026" } });
    expect(await auth.api.getSession({ headers })).toBeNull();
    await expect(auth.api.signInEmail({ body: { email, password } })).rejects.toMatchObject({ statusCode: 401 });
    await signIn(auth, email, "a-new-caravan-2026");
  });
});
