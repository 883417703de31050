import { createAuth, type Auth } from "@karvon/api";
import { listMail, schema, type DbHandle } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { signUpVerified, testBaseUrl, testSecret } from "../support/auth";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { failure } from "../support/errors";
import { type Person, seedCompanyWithPeople, seedPerson, setSuspended } from "../support/factories";
import { mailsTo } from "../support/mail";
import { testDatabases, useTestDatabase } from "../support/databases";

const clock = fakeClock(new Date("2026-11-20T10:00:00Z"));
const hourMs = 60 * 60 * 1000;

/** A caller whose context counts the delivery signals, as the web server's deliverMailSoon would receive them. */
function callerCountingDeliveries(handle: DbHandle, person: Person | null, config: { outboxIsMailbox?: boolean } = {}) {
  const signals = { count: 0 };
  const caller = callerFor({ db: handle.db, session: person?.session ?? null, clock, config, onMailQueued: () => (signals.count += 1) });
  return { caller, signals };
}

describe.each(testDatabases())("mail: delivery signal, outbox access and abuse limits on $name", (database) => {
  const handle = useTestDatabase(database);

  it("signals delivery after a procedure queued mail, and not after one that queued none or failed", async () => {
    const company = await seedCompanyWithPeople(handle.db, { name: "Signal Tekstil" });
    const owner = company.people[0] as Person;
    const { caller, signals } = callerCountingDeliveries(handle, owner);

    await caller.company.listMembers({ companyId: company.id });
    expect(signals.count).toBe(0);

    await caller.company.invite({ companyId: company.id, email: "colleague.signal@example.com" });
    expect(await mailsTo(handle.db, "colleague.signal@example.com", "companies.invitation")).toHaveLength(1);
    expect(signals.count).toBe(1);

    // Refused (already a member): nothing was queued, nothing is signalled.
    await failure(caller.company.invite({ companyId: company.id, email: owner.email }));
    expect(signals.count).toBe(1);
  });

  it("lets only admins read the outbox, and nobody once SMTP delivers it", async () => {
    const admin = await seedPerson(handle.db, { name: "Outbox Admin" });
    admin.session.user.role = "admin";
    const moderator = await seedPerson(handle.db, { name: "Outbox Moderator" });
    moderator.session.user.role = "moderator";
    const member = await seedPerson(handle.db, { name: "Outbox Member" });

    const [newest] = await listMail(handle.db, { limit: 1 });
    const { caller: adminCaller } = callerCountingDeliveries(handle, admin);
    expect((await adminCaller.moderation.outbox.list({})).length).toBeGreaterThan(0);
    expect((await adminCaller.moderation.outbox.byId({ id: newest?.id ?? "" }))?.text).toBe(newest?.text);

    for (const [person, code] of [[null, "UNAUTHORIZED"], [member, "FORBIDDEN"], [moderator, "FORBIDDEN"]] as const) {
      const { caller } = callerCountingDeliveries(handle, person);
      expect((await failure(caller.moderation.outbox.list({}))).code).toBe(code);
      expect((await failure(caller.moderation.outbox.byId({ id: newest?.id ?? "" }))).code).toBe(code);
    }
    const { caller: withSmtp } = callerCountingDeliveries(handle, admin, { outboxIsMailbox: false });
    expect((await failure(withSmtp.moderation.outbox.list({}))).code).toBe("NOT_FOUND");
  });

  it("lets only a published, unsuspended company invite", async () => {
    const draft = await seedCompanyWithPeople(handle.db, { name: "Karvon Official Support", published: false });
    const { caller: draftOwner } = callerCountingDeliveries(handle, draft.people[0] as Person);
    expect(await failure(draftOwner.company.invite({ companyId: draft.id, email: "victim.one@example.com" }))).toEqual({
      code: "FORBIDDEN",
      message: "errors.company.invitationsNeedPublished",
    });

    const suspended = await seedCompanyWithPeople(handle.db, { name: "Suspended Ipak" });
    await setSuspended(handle.db, suspended.id, clock.now());
    const { caller: suspendedOwner } = callerCountingDeliveries(handle, suspended.people[0] as Person);
    expect((await failure(suspendedOwner.company.invite({ companyId: suspended.id, email: "victim.two@example.com" }))).message).toBe(
      "errors.company.invitationsNeedPublished",
    );
    expect(await mailsTo(handle.db, "victim.one@example.com", "companies.invitation")).toHaveLength(0);
    expect(await mailsTo(handle.db, "victim.two@example.com", "companies.invitation")).toHaveLength(0);
  });

  it("limits invitations to 20 per company and 50 per person a day", async () => {
    const company = await seedCompanyWithPeople(handle.db, { name: "Limit Paxta" });
    const owner = company.people[0] as Person;
    const { caller } = callerCountingDeliveries(handle, owner);
    for (let i = 0; i < 20; i += 1) await caller.company.invite({ companyId: company.id, email: `limit.${i}@example.com` });
    expect(await failure(caller.company.invite({ companyId: company.id, email: "limit.20@example.com" }))).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "errors.company.invitationLimitCompany",
    });
    expect(await mailsTo(handle.db, "limit.20@example.com", "companies.invitation")).toHaveLength(0);

    // The same person owns more companies: 50 a day across all of them.
    const others = [];
    for (const name of ["Limit Ikki", "Limit Uch"]) {
      const other = await seedCompanyWithPeople(handle.db, { name, locales: [] });
      await handle.db.insert(schema.member).values({
        id: crypto.randomUUID(),
        organizationId: other.organizationId,
        userId: owner.userId,
        role: "owner",
      });
      others.push(other);
    }
    for (let i = 0; i < 20; i += 1) await caller.company.invite({ companyId: others[0]?.id ?? "", email: `second.${i}@example.com` });
    for (let i = 0; i < 10; i += 1) await caller.company.invite({ companyId: others[1]?.id ?? "", email: `third.${i}@example.com` });
    expect((await failure(caller.company.invite({ companyId: others[1]?.id ?? "", email: "third.10@example.com" }))).message).toBe(
      "errors.company.invitationLimitUser",
    );

    // A day later the company may invite again.
    clock.advance(24 * hourMs + 1000);
    await caller.company.invite({ companyId: company.id, email: "limit.20@example.com" });
    expect(await mailsTo(handle.db, "limit.20@example.com", "companies.invitation")).toHaveLength(1);
  });

  it("shows a stored name in a subject on one line, without its web address, capped", async () => {
    const name = `Karvon Official Support (verify at http://evil.example)\nCall now ${"x".repeat(300)}`;
    const company = await seedCompanyWithPeople(handle.db, { name });
    const { caller } = callerCountingDeliveries(handle, company.people[0] as Person);
    await caller.company.invite({ companyId: company.id, email: "subject.check@example.com" });
    const [mail] = await mailsTo(handle.db, "subject.check@example.com", "companies.invitation");
    expect(mail?.subject).not.toMatch(/[\r\n]|http|evil/);
    expect(Array.from(mail?.subject ?? "").length).toBeLessThan(200);
  });

  describe("verification and reset mails", () => {
    let auth: Auth;
    beforeAll(() => {
      auth = createAuth({ db: handle.db, secret: testSecret, baseUrl: testBaseUrl });
    });

    it("sends at most 3 reset mails an hour to one address, answering every request alike", async () => {
      const email = "reset.flood@example.az";
      await signUpVerified(auth, handle.db, email);
      for (let i = 0; i < 6; i += 1) {
        expect(await auth.api.requestPasswordReset({ body: { email } })).toMatchObject({ status: true });
      }
      expect(await mailsTo(handle.db, email, "auth.reset-password")).toHaveLength(3);
    });
  });
});
