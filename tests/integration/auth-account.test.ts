import { getApiSession, systemClock, type Auth } from "@karvon/api";
import { schema, type DbHandle } from "@karvon/db";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { cookieFrom, createTestAuth, password, signIn, signUpVerified } from "../support/auth";
import { testDatabases, useTestDatabase } from "../support/databases";
import { insertOwnedCompany } from "../support/factories";
import { rowsOf } from "../support/raw-rows";

/** Every table of the public schema whose rows, cast to text, contain `needle`. */
async function tablesContaining(handle: DbHandle, needle: string): Promise<string[]> {
  const tables = rowsOf<{ table_name: string }>(
    await handle.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    ),
  );
  expect(tables.length).toBeGreaterThan(5);
  const found: string[] = [];
  for (const { table_name } of tables) {
    const hits = rowsOf(
      await handle.db.execute(sql`select 1 from ${sql.identifier(table_name)} t where t::text ilike ${`%${needle}%`} limit 1`),
    );
    if (hits.length > 0) found.push(table_name);
  }
  return found;
}

describe.each(testDatabases())("my account on $name", (database) => {
  const handle = useTestDatabase(database);
  let auth: Auth;
  beforeAll(async () => {
    auth = createTestAuth(handle.db);
  });

  async function signedInCaller(headers: Headers) {
    const session = await getApiSession(auth, headers);
    expect(session).not.toBeNull();
    return callerFor({ db: handle.db, session, clock: systemClock });
  }

  it("revokes the other sessions when the password changes", async () => {
    const email = "dilnoza@example.uz";
    const phone = await signUpVerified(auth, handle.db, email, "uz");
    const laptop = await signIn(auth, email);
    const changed = await auth.api.changePassword({
      headers: laptop.headers,
      body: { currentPassword: password, newPassword: "silk-and-cotton-77", revokeOtherSessions: true },
      returnHeaders: true,
    });
    expect(await auth.api.getSession({ headers: phone.headers })).toBeNull();
    // The device that changed the password stays signed in with a fresh session cookie.
    expect(await auth.api.getSession({ headers: cookieFrom(changed.headers) })).not.toBeNull();
  });

  it("updates name and language", async () => {
    const { headers } = await signUpVerified(auth, handle.db, "farid@example.az", "az");
    const caller = await signedInCaller(headers);
    await caller.account.updateProfile({ name: "Fərid Məmmədov", locale: "ru" });
    expect(await caller.account.profile()).toMatchObject({ name: "Fərid Məmmədov", locale: "ru" });
    await expect(caller.account.updateProfile({ name: "", locale: "ru" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("exports my data with my companies, without secrets", async () => {
    const email = "export-me@example.uz";
    const { headers, userId } = await signUpVerified(auth, handle.db, email);
    const company = { country: "UZ", taxId: "301234560", legalName: "Ipak Yoʻli MChJ" } as const;
    await insertOwnedCompany(handle.db, { userId, organizationId: "org-export", name: "Ipak Yoʻli", slug: "ipak-yoli", company });
    const data = await (await signedInCaller(headers)).account.exportData();
    expect(data.user.email).toBe(email);
    expect(data.memberships.map((m) => m.organization.name)).toEqual(["Ipak Yoʻli"]);
    expect(data.companies.map((c) => c.legalName)).toEqual(["Ipak Yoʻli MChJ"]);
    expect(data.mail.some((m) => m.template === "auth.verify-email")).toBe(true);
    expect(data.sessions.length).toBeGreaterThan(0);
    const text = JSON.stringify(data);
    expect(text).not.toContain("$argon2id$");
    const sessionTokens = await handle.db.select({ token: schema.session.token }).from(schema.session);
    for (const { token } of sessionTokens) expect(text).not.toContain(token);
  });

  it("refuses to delete without the right confirmation", async () => {
    const { headers } = await signIn(auth, "export-me@example.uz");
    await expect(
      (await signedInCaller(headers)).account.delete({ confirmEmail: "someone-else@example.uz" }),
    ).rejects.toMatchObject({ message: "errors.account.confirmEmail" });
  });

  it("deletes me: no table holds my e-mail; a shared company stays, a company of mine alone goes", async () => {
    const email = "delete-me@example.az";
    const { headers, userId } = await signUpVerified(auth, handle.db, email, "az");
    const partner = await signUpVerified(auth, handle.db, "partner@example.az", "az");
    // A failed sign-in and a password reset leave traces too.
    await expect(auth.api.signInEmail({ body: { email, password: "wrong-password-1" } })).rejects.toBeDefined();
    await auth.api.requestPasswordReset({ body: { email } });
    await handle.db.insert(schema.organization).values([
      { id: "org-alone", name: "Alone", slug: "alone" },
      { id: "org-shared", name: "Shared", slug: "shared" },
    ]);
    await handle.db.insert(schema.member).values([
      { id: "m1", organizationId: "org-alone", userId, role: "owner" },
      { id: "m2", organizationId: "org-shared", userId, role: "owner" },
      { id: "m3", organizationId: "org-shared", userId: partner.userId, role: "member" },
    ]);
    // I am the contact person of the company that stays.
    const contact = { contactName: "Leyla", contactPosition: "CEO", contactEmail: email, contactPhone: "+994501234567" };
    await handle.db.insert(schema.companies).values({
      organizationId: "org-shared",
      slug: "shared",
      country: "AZ",
      taxId: "1400057421",
      legalName: "Shared MMC",
      profile: { legalName: "Shared MMC", ...contact },
      published: { legalName: "Shared MMC", ...contact },
    });
    await handle.db.insert(schema.invitation).values({
      id: "inv1",
      organizationId: "org-shared",
      email,
      inviterId: partner.userId,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    expect(await tablesContaining(handle, email)).not.toEqual([]);

    await (await signedInCaller(headers)).account.delete({ confirmEmail: email });

    expect(await tablesContaining(handle, email)).toEqual([]);
    expect(await tablesContaining(handle, "994501234567")).toEqual([]);
    expect(await auth.api.getSession({ headers })).toBeNull();
    const organizations = await handle.db.query.organization.findMany();
    expect(organizations.map((o) => o.id)).toContain("org-shared");
    expect(organizations.map((o) => o.id)).not.toContain("org-alone");
    const [shared] = await handle.db.query.companies.findMany({ where: (c, { eq }) => eq(c.slug, "shared") });
    expect(shared?.published).toEqual({ legalName: "Shared MMC" });
    const sharedMembers = await handle.db.query.member.findMany({ where: (m, { eq }) => eq(m.organizationId, "org-shared") });
    expect(sharedMembers).toEqual([expect.objectContaining({ userId: partner.userId, role: "owner" })]);
  });
});
