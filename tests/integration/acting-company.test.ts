import { randomUUID } from "node:crypto";
import type { Session } from "@karvon/api";
import { schema, type Db } from "@karvon/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { failure } from "../support/errors";
import { firstPerson, type Person, seedCompanyWithPeople, type SeededCompany, seedListing } from "../support/factories";
import { mailsTo } from "../support/mail";
import { testDatabases, useTestDatabase } from "../support/databases";

/** An owner of two companies, A (older) and B, signed in with a real session row that remembers B as active. */
async function seedOwnerOfTwo(db: Db, a: SeededCompany, b: SeededCompany): Promise<Person> {
  const owner = firstPerson(a);
  await db.insert(schema.member).values({ id: randomUUID(), organizationId: b.organizationId, userId: owner.userId, role: "owner" });
  const sessionId = randomUUID();
  await db.insert(schema.session).values({
    id: sessionId,
    token: randomUUID(),
    userId: owner.userId,
    expiresAt: new Date("2030-01-01T00:00:00Z"),
    activeOrganizationId: b.organizationId,
  });
  return { ...owner, session: { ...owner.session, session: { id: sessionId, activeOrganizationId: b.organizationId } } };
}

/** The session as the next request would read it from the database. */
async function reloaded(db: Db, person: Person): Promise<Person> {
  const [row] = await db.select().from(schema.session).where(eq(schema.session.id, person.session.session.id));
  const session: Session = { ...person.session, session: { id: person.session.session.id, activeOrganizationId: row?.activeOrganizationId ?? null } };
  return { ...person, session };
}

describe.each(testDatabases())("an owner of two companies on $name", (database) => {
  const handle = useTestDatabase(database);
  const clock = fakeClock(new Date("2026-03-02T09:00:00Z"));

  const send = (from: SeededCompany, to: SeededCompany) =>
    callerFor({ db: handle.db, session: firstPerson(from).session, clock }).contact.send({
      targetCompanyId: to.id,
      purpose: "buy",
      message: "We look for a supplier of cotton yarn for our mill in Ganja.",
      idempotencyKey: randomUUID(),
    });

  async function world() {
    const a = await seedCompanyWithPeople(handle.db, { name: "Andijan Silk" });
    clock.advance(1000);
    const b = await seedCompanyWithPeople(handle.db, { name: "Bukhara Carpets" });
    const buyer = await seedCompanyWithPeople(handle.db, { name: "Ganja Weavers", locales: ["az"] });
    // The timestamps order the companies: A is older than B.
    await handle.db.update(schema.companies).set({ createdAt: new Date("2026-01-01T00:00:00Z") }).where(eq(schema.companies.id, a.id));
    await handle.db.update(schema.companies).set({ createdAt: new Date("2026-02-01T00:00:00Z") }).where(eq(schema.companies.id, b.id));
    const owner = await seedOwnerOfTwo(handle.db, a, b);
    return { a, b, buyer, owner };
  }

  it("names the acting company and the requests waiting at the other one", async () => {
    const { a, b, buyer, owner } = await world();
    await send(buyer, a);
    const current = await callerFor({ db: handle.db, session: owner.session, clock }).actingCompany.current();
    expect(current.actingCompanyId).toBe(b.id);
    expect(current.companies.map((company) => [company.name, company.pendingReceived])).toEqual([
      ["Bukhara Carpets", 0],
      ["Andijan Silk", 1],
    ]);
  });

  it("answers a request to the company that is not active, from the mail's link or a stale tab", async () => {
    const { a, buyer, owner } = await world();
    const toA = await send(buyer, a);
    const [mail] = await mailsTo(handle.db, owner.email, "contact.request-received");
    expect(JSON.stringify(mail)).toContain(`/en/inbox?company=${a.id}`);

    const accepted = await callerFor({ db: handle.db, session: owner.session, clock }).contact.accept({ requestId: toA.id });
    const thread = await callerFor({ db: handle.db, session: owner.session, clock }).contact.conversations.byId({ conversationId: accepted.conversationId });
    expect(thread.myCompanyId).toBe(a.id);
    expect(thread.myCompanyName).toBe("Andijan Silk");
    const sent = await callerFor({ db: handle.db, session: owner.session, clock }).contact.conversations.send({
      conversationId: accepted.conversationId,
      body: "Thank you, let us talk about volumes.",
      idempotencyKey: randomUUID(),
    });
    expect(sent.senderCompanyId).toBe(a.id);
  });

  it("declines a request to either company and lists each company's requests after switching", async () => {
    const { a, b, buyer, owner } = await world();
    const toA = await send(buyer, a);
    const toB = await send(buyer, b);
    expect((await callerFor({ db: handle.db, session: owner.session, clock }).contact.inbox()).received.map((request) => request.id)).toEqual([toB.id]);
    await callerFor({ db: handle.db, session: owner.session, clock }).contact.decline({ requestId: toB.id, reason: "no-capacity" });

    expect(await callerFor({ db: handle.db, session: owner.session, clock }).actingCompany.set({ companyId: a.id })).toEqual({ companyId: a.id });
    const switched = await reloaded(handle.db, owner);
    expect(switched.session.session.activeOrganizationId).toBe(a.organizationId);
    const inboxA = await callerFor({ db: handle.db, session: switched.session, clock }).contact.inbox();
    expect(inboxA.company?.id).toBe(a.id);
    expect(inboxA.received.map((request) => request.id)).toEqual([toA.id]);
    expect((await callerFor({ db: handle.db, session: switched.session, clock }).actingCompany.current()).actingCompanyId).toBe(a.id);
  });

  it("never switches to a company the person is not a member of, nor touches another person's session", async () => {
    const { b, buyer, owner } = await world();
    expect(await failure(callerFor({ db: handle.db, session: owner.session, clock }).actingCompany.set({ companyId: buyer.id }))).toEqual({
      code: "NOT_FOUND",
      message: "errors.company.notFound",
    });
    expect(await failure(callerFor({ db: handle.db, session: owner.session, clock }).actingCompany.set({ companyId: randomUUID() }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await reloaded(handle.db, owner)).session.session.activeOrganizationId).toBe(b.organizationId);

    // The buyer's member names the owner's session id: nothing of the owner's session changes.
    const buyerPerson = firstPerson(buyer);
    const intruder = callerFor({
      db: handle.db,
      clock,
      session: { ...buyerPerson.session, session: { id: owner.session.session.id, activeOrganizationId: null } },
    });
    await intruder.actingCompany.set({ companyId: buyer.id });
    expect((await reloaded(handle.db, owner)).session.session.activeOrganizationId).toBe(b.organizationId);
  });

  it("keeps a request of someone else's company hidden even from an owner of two companies", async () => {
    const { owner } = await world();
    const other = await seedCompanyWithPeople(handle.db, { name: "Shirvan Trade" });
    const third = await seedCompanyWithPeople(handle.db, { name: "Sumgait Chemicals" });
    const between = await send(other, third);
    expect(await failure(callerFor({ db: handle.db, session: owner.session, clock }).contact.accept({ requestId: between.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(callerFor({ db: handle.db, session: owner.session, clock }).contact.withdraw({ requestId: between.id }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("tells the members of a suspended company why, and why a listing is hidden", async () => {
    const { a, owner } = await world();
    const listingId = await seedListing(handle.db, { companyId: a.id, validUntil: new Date("2026-08-01T00:00:00Z") });
    await handle.db
      .update(schema.companies)
      .set({ suspendedAt: clock.now(), suspendedReason: "misleading, spam — Fake certificates" })
      .where(eq(schema.companies.id, a.id));
    await handle.db
      .update(schema.listings)
      .set({ hiddenAt: clock.now(), hiddenReason: "prohibited-goods" })
      .where(eq(schema.listings.id, listingId));
    const mine = await callerFor({ db: handle.db, session: owner.session, clock }).company.mine();
    expect(mine.find((company) => company.id === a.id)).toMatchObject({
      suspended: true,
      isPublic: false,
      suspension: { reasons: ["misleading", "spam"], note: "Fake certificates" },
    });
    expect(mine.find((company) => company.id !== a.id)?.suspension).toBeNull();
    const [listing] = await callerFor({ db: handle.db, session: owner.session, clock }).listing.mine({ companyId: a.id });
    expect(listing?.hiding).toEqual({ reasons: ["prohibited-goods"], note: null });
  });
});
