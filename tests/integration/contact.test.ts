import { randomUUID } from "node:crypto";
import { processContactRequestTimers } from "@karvon/api";
import { schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { failure } from "../support/errors";
import { firstPerson, seedCompanyWithPeople, type SeededCompany, seedListing, seedPerson, setSuspended } from "../support/factories";
import { mailsTo } from "../support/mail";
import { testDatabases, useTestDatabase } from "../support/databases";

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const message = "We make cotton yarn in Fergana and look for a distributor in Baku.";

describe.each(testDatabases())("contact on $name", (database) => {
  const handle = useTestDatabase(database);
  const clock = fakeClock(new Date("2026-03-02T09:00:00Z"));

  const send = (from: SeededCompany, input: { targetCompanyId?: string; targetListingId?: string; key?: string; text?: string }) =>
    callerFor({ db: handle.db, session: firstPerson(from).session, clock }).contact.send({
      targetCompanyId: input.targetCompanyId,
      targetListingId: input.targetListingId,
      purpose: "buy",
      message: input.text ?? message,
      idempotencyKey: input.key ?? randomUUID(),
    });

  it("delivers a request to the inbox and mails every member of the recipient in their language", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Fergana Yarn" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Baku Textiles", locales: ["az", "ru"] });
    const sent = await send(a, { targetCompanyId: b.id });
    expect(sent.status).toBe("pending");

    const inboxB = await callerFor({ db: handle.db, session: firstPerson(b).session, clock }).contact.inbox();
    expect(inboxB.received.map((request) => request.id)).toEqual([sent.id]);
    expect(inboxB.received[0]?.otherCompany?.name).toBe("Fergana Yarn");
    const inboxA = await callerFor({ db: handle.db, session: firstPerson(a).session, clock }).contact.inbox();
    expect(inboxA.sent.map((request) => request.id)).toEqual([sent.id]);
    expect(inboxB.received[0]?.listingTitle).toBeNull();

    const [az, ru] = b.people;
    const azMails = await mailsTo(handle.db, az?.email ?? "", "contact.request-received");
    const ruMails = await mailsTo(handle.db, ru?.email ?? "", "contact.request-received");
    expect(azMails).toHaveLength(1);
    expect(azMails[0]?.locale).toBe("az");
    expect(azMails[0]?.subject).toContain("əməkdaşlıq");
    expect(ruMails[0]?.subject).toContain("сотрудничать");
  });

  it("refuses bad requests with specific reasons", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Andijan Fruit" });
    const draft = await seedCompanyWithPeople(handle.db, { name: "Draft Co", published: false });
    const suspended = await seedCompanyWithPeople(handle.db, { name: "Suspended Co", suspended: true });
    const b = await seedCompanyWithPeople(handle.db, { name: "Ganja Foods" });
    const expired = await seedListing(handle.db, { companyId: b.id, validUntil: new Date(clock.now().getTime() - day) });
    const hidden = await seedListing(handle.db, { companyId: b.id, hidden: true });

    expect(await failure(send(a, { targetCompanyId: a.id }))).toEqual({ code: "BAD_REQUEST", message: "errors.contact.ownCompany" });
    expect(await failure(send(a, { targetCompanyId: draft.id }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "errors.contact.recipientNotPublished",
    });
    expect(await failure(send(a, { targetCompanyId: suspended.id }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "errors.contact.recipientSuspended",
    });
    expect(await failure(send(a, { targetListingId: expired }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "errors.contact.listingExpired",
    });
    expect(await failure(send(a, { targetListingId: hidden }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "errors.contact.listingUnavailable",
    });
    expect((await failure(send(a, { targetCompanyId: b.id, text: "   " }))).code).toBe("BAD_REQUEST");
    expect((await failure(send(a, { targetCompanyId: b.id, text: "x".repeat(2001) }))).code).toBe("BAD_REQUEST");
    // An unpublished company cannot send.
    expect(await failure(send(draft, { targetCompanyId: b.id }))).toEqual({
      code: "FORBIDDEN",
      message: "errors.contact.senderNotPublished",
    });
    // A person without a company cannot send.
    const loner = await seedPerson(handle.db, { name: "Loner" });
    const lonerCall = callerFor({ db: handle.db, session: loner.session, clock }).contact.send({
      targetCompanyId: b.id,
      purpose: "sell",
      message,
      idempotencyKey: randomUUID(),
    });
    expect(await failure(lonerCall)).toEqual({ code: "FORBIDDEN", message: "errors.contact.noCompany" });
    // Nobody signed in.
    expect((await failure(callerFor({ db: handle.db, session: null, clock }).contact.inbox())).code).toBe("UNAUTHORIZED");
  });

  it("answers a repeated key with the same request", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Samarkand Silk" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Sheki Silk" });
    const key = randomUUID();
    const first = await send(a, { targetCompanyId: b.id, key });
    const second = await send(a, { targetCompanyId: b.id, key });
    expect(second.id).toBe(first.id);
    const rows = await handle.db.select().from(schema.contactRequests).where(eq(schema.contactRequests.senderCompanyId, a.id));
    expect(rows).toHaveLength(1);
    expect(await mailsTo(handle.db, firstPerson(b).email, "contact.request-received")).toHaveLength(1);
  });

  it("answers request 21 of a day with the daily limit, and allows more a day later", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Busy Sender" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Many Listings" });
    const listingIds: string[] = [];
    for (let i = 0; i < 22; i++) listingIds.push(await seedListing(handle.db, { companyId: b.id }));
    for (let i = 0; i < 20; i++) await send(a, { targetListingId: listingIds[i] });
    // The recipient sees which of its listings each request is about, by title.
    const received = (await callerFor({ db: handle.db, session: firstPerson(b).session, clock }).contact.inbox()).received;
    expect(received.every((request) => request.listingTitle !== null && Object.values(request.listingTitle).some((title) => title !== ""))).toBe(true);
    expect(await failure(send(a, { targetListingId: listingIds[20] }))).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "errors.contact.dailyLimit",
    });
    const before = clock.now();
    clock.advance(day + 1000);
    try {
      const later = await send(a, { targetListingId: listingIds[20] });
      expect(later.status).toBe("pending");
    } finally {
      clock.set(before);
    }
    // The limit is configurable.
    const c = await seedCompanyWithPeople(handle.db, { name: "Careful Sender" });
    const strict = callerFor({ db: handle.db, session: firstPerson(c).session, clock, config: { contactRequestsPerDay: 1 } });
    const input = { purpose: "buy" as const, message };
    await strict.contact.send({ ...input, targetListingId: listingIds[0], idempotencyKey: randomUUID() });
    expect((await failure(strict.contact.send({ ...input, targetListingId: listingIds[1], idempotencyKey: randomUUID() }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
  });

  it("never holds two open requests about one listing", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Navoi Metals" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Sumqayit Steel" });
    const listing = await seedListing(handle.db, { companyId: b.id });
    const first = await send(a, { targetListingId: listing });
    expect(await failure(send(a, { targetListingId: listing }))).toEqual({ code: "CONFLICT", message: "errors.contact.alreadyOpen" });
    await callerFor({ db: handle.db, session: firstPerson(a).session, clock }).contact.withdraw({ requestId: first.id });
    const again = await send(a, { targetListingId: listing });
    expect(again.id).not.toBe(first.id);
  });

  it("shows contact details only after acceptance and only to the two companies", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Bukhara Carpets" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Quba Carpets" });
    const c = await seedCompanyWithPeople(handle.db, { name: "Curious Third" });
    const callA = callerFor({ db: handle.db, session: firstPerson(a).session, clock });
    const callB = callerFor({ db: handle.db, session: firstPerson(b).session, clock });
    const callC = callerFor({ db: handle.db, session: firstPerson(c).session, clock });
    const request = await send(a, { targetCompanyId: b.id });

    expect(await callA.contact.contactDetails({ companyId: b.id })).toBeNull();
    expect(await callB.contact.contactDetails({ companyId: a.id })).toBeNull();

    // Only the recipient may answer.
    expect((await failure(callC.contact.accept({ requestId: request.id }))).code).toBe("NOT_FOUND");
    expect((await failure(callA.contact.accept({ requestId: request.id }))).code).toBe("NOT_FOUND");
    const { conversationId } = await callB.contact.accept({ requestId: request.id });
    expect((await failure(callB.contact.accept({ requestId: request.id }))).message).toBe("errors.contact.notPending");

    expect(await callA.contact.contactDetails({ companyId: b.id })).toEqual({
      name: "Quba Carpets Contact",
      email: expect.stringContaining("contact@quba-carpets"),
      phone: "+998901234567",
    });
    expect((await callB.contact.contactDetails({ companyId: a.id }))?.name).toBe("Bukhara Carpets Contact");
    expect(await callC.contact.contactDetails({ companyId: a.id })).toBeNull();
    expect(await callC.contact.contactDetails({ companyId: b.id })).toBeNull();

    const thread = await callA.contact.conversations.byId({ conversationId });
    expect(thread.otherContact?.name).toBe("Quba Carpets Contact");
    expect(await mailsTo(handle.db, firstPerson(a).email, "contact.request-accepted")).toHaveLength(1);

    // A non-member cannot read the conversation: it does not exist for them.
    expect(await failure(callC.contact.conversations.byId({ conversationId }))).toEqual({
      code: "NOT_FOUND",
      message: "errors.contact.conversationNotFound",
    });
    expect((await failure(callC.contact.conversations.send({ conversationId, body: "hello" }))).code).toBe("NOT_FOUND");
    expect((await failure(callC.contact.markRead({ conversationId }))).code).toBe("NOT_FOUND");
  });

  it("records a decline with its reason and mails the sender", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Termez Logistics" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Lankaran Tea" });
    const request = await send(a, { targetCompanyId: b.id });
    await callerFor({ db: handle.db, session: firstPerson(b).session, clock }).contact.decline({ requestId: request.id, reason: "no-capacity" });
    const inbox = await callerFor({ db: handle.db, session: firstPerson(a).session, clock }).contact.inbox();
    expect(inbox.sent[0]).toMatchObject({ status: "declined", declineReason: "no-capacity" });
    const mails = await mailsTo(handle.db, firstPerson(a).email, "contact.request-declined");
    expect(mails[0]?.text).toContain("No capacity at the moment");
  });

  it("exchanges messages with unread counts and at most one mail per conversation per hour", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Khiva Ceramics" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Shamakhi Wine" });
    const callA = callerFor({ db: handle.db, session: firstPerson(a).session, clock });
    const callB = callerFor({ db: handle.db, session: firstPerson(b).session, clock });
    const request = await send(a, { targetCompanyId: b.id });
    const { conversationId } = await callB.contact.accept({ requestId: request.id });

    const start = clock.now();
    try {
      await callA.contact.conversations.send({ conversationId, body: "Hello! <b>not bold</b> https://karvon.uz" });
      clock.advance(10 * 60 * 1000);
      await callA.contact.conversations.send({ conversationId, body: "Second message" });
      expect(await callB.contact.unreadCount()).toBe(2);
      expect(await callA.contact.unreadCount()).toBe(0);
      expect(await mailsTo(handle.db, firstPerson(b).email, "contact.new-message")).toHaveLength(1);

      const thread = await callB.contact.conversations.byId({ conversationId });
      expect(thread.messages.map((m) => m.body)).toEqual(["Hello! <b>not bold</b> https://karvon.uz", "Second message"]);
      expect(thread.messages.every((m) => !m.mine)).toBe(true);

      await callB.contact.markRead({ conversationId });
      expect(await callB.contact.unreadCount()).toBe(0);
      const list = await callB.contact.conversations.list();
      expect(list[0]).toMatchObject({ id: conversationId, unread: 0, lastMessage: "Second message" });

      clock.advance(hour);
      await callA.contact.conversations.send({ conversationId, body: "Third, an hour later" });
      expect(await mailsTo(handle.db, firstPerson(b).email, "contact.new-message")).toHaveLength(2);
      expect(await callB.contact.unreadCount()).toBe(1);

      // A retried send with the same key writes one message.
      const key = randomUUID();
      const once = await callB.contact.conversations.send({ conversationId, body: "Reply", idempotencyKey: key });
      const twice = await callB.contact.conversations.send({ conversationId, body: "Reply", idempotencyKey: key });
      expect(twice.id).toBe(once.id);

      expect((await failure(callA.contact.conversations.send({ conversationId, body: " " }))).code).toBe("BAD_REQUEST");
      expect((await failure(callA.contact.conversations.send({ conversationId, body: "x".repeat(4001) }))).code).toBe("BAD_REQUEST");
    } finally {
      clock.set(start);
    }
  });

  it("keeps a suspended company from sending and receiving", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Urgench Cotton" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Mingachevir Textile" });
    const request = await send(a, { targetCompanyId: b.id });
    const { conversationId } = await callerFor({ db: handle.db, session: firstPerson(b).session, clock }).contact.accept({ requestId: request.id });

    await setSuspended(handle.db, a.id, clock.now());
    const c = await seedCompanyWithPeople(handle.db, { name: "Other Partner" });
    expect(await failure(send(a, { targetCompanyId: c.id }))).toEqual({ code: "FORBIDDEN", message: "errors.contact.senderSuspended" });
    expect(await failure(send(c, { targetCompanyId: a.id }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "errors.contact.recipientSuspended",
    });
    const fromA = callerFor({ db: handle.db, session: firstPerson(a).session, clock }).contact.conversations.send({ conversationId, body: "Still here?" });
    expect((await failure(fromA)).message).toBe("errors.contact.senderSuspended");
    const toA = callerFor({ db: handle.db, session: firstPerson(b).session, clock }).contact.conversations.send({ conversationId, body: "Hello?" });
    expect((await failure(toA)).message).toBe("errors.contact.counterpartSuspended");
  });

  it("keeps a conversation readable after the author leaves the company", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Kokand Furniture", locales: ["uz", "en"] });
    const b = await seedCompanyWithPeople(handle.db, { name: "Nakhchivan Wood" });
    const [author, colleague] = a.people;
    if (author === undefined || colleague === undefined) throw new Error("two people expected");
    const request = await send(a, { targetCompanyId: b.id });
    const { conversationId } = await callerFor({ db: handle.db, session: firstPerson(b).session, clock }).contact.accept({ requestId: request.id });
    await callerFor({ db: handle.db, session: author.session, clock }).contact.conversations.send({ conversationId, body: "Written before leaving" });

    // The author leaves the company, then deletes the account.
    await handle.db.delete(schema.member).where(eq(schema.member.userId, author.userId));
    expect((await failure(callerFor({ db: handle.db, session: author.session, clock }).contact.conversations.byId({ conversationId }))).code).toBe("FORBIDDEN");
    await handle.db.delete(schema.user).where(eq(schema.user.id, author.userId));

    const forColleague = await callerFor({ db: handle.db, session: colleague.session, clock }).contact.conversations.byId({ conversationId });
    expect(forColleague.messages.map((m) => ({ body: m.body, senderName: m.senderName, mine: m.mine }))).toEqual([
      { body: "Written before leaving", senderName: null, mine: true },
    ]);
    const forB = await callerFor({ db: handle.db, session: firstPerson(b).session, clock }).contact.conversations.byId({ conversationId });
    expect(forB.messages).toHaveLength(1);
    expect(forB.request?.message).toBe(message);
  });

  it("reminds once after 7 days and expires after 30, with a fake clock", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Jizzakh Solar" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Shirvan Energy" });
    const sentAt = clock.now();
    const request = await send(a, { targetCompanyId: b.id });
    const recipient = firstPerson(b).email;

    await processContactRequestTimers(handle.db, new Date(sentAt.getTime() + 7 * day - 1000));
    expect(await mailsTo(handle.db, recipient, "contact.request-reminder")).toHaveLength(0);
    await processContactRequestTimers(handle.db, new Date(sentAt.getTime() + 7 * day));
    await processContactRequestTimers(handle.db, new Date(sentAt.getTime() + 8 * day));
    await processContactRequestTimers(handle.db, new Date(sentAt.getTime() + 20 * day));
    expect(await mailsTo(handle.db, recipient, "contact.request-reminder")).toHaveLength(1);

    await processContactRequestTimers(handle.db, new Date(sentAt.getTime() + 30 * day - 1000));
    const [stillOpen] = await handle.db.select().from(schema.contactRequests).where(eq(schema.contactRequests.id, request.id));
    expect(stillOpen?.status).toBe("pending");

    const result = await processContactRequestTimers(handle.db, new Date(sentAt.getTime() + 30 * day));
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const [expired] = await handle.db.select().from(schema.contactRequests).where(eq(schema.contactRequests.id, request.id));
    expect(expired?.status).toBe("expired");
    expect(await mailsTo(handle.db, firstPerson(a).email, "contact.request-expired")).toHaveLength(1);
    expect(await mailsTo(handle.db, recipient, "contact.request-reminder")).toHaveLength(1);

    // An expired request can no longer be accepted.
    const late = callerFor({ db: handle.db, session: firstPerson(b).session, clock }).contact.accept({ requestId: request.id });
    expect((await failure(late)).message).toBe("errors.contact.notPending");
  });

  it("computes response rate and median response time from real requests", async () => {
    const b = await seedCompanyWithPeople(handle.db, { name: "Responsive Co" });
    const callB = callerFor({ db: handle.db, session: firstPerson(b).session, clock });
    const anonymous = callerFor({ db: handle.db, session: null, clock });
    expect(await anonymous.contact.responseStats({ companyId: b.id })).toEqual({
      decided: 0,
      answered: 0,
      responseRate: null,
      medianResponseHours: null,
    });
    const start = clock.now();
    try {
      const senders = await Promise.all(
        ["One", "Two", "Three"].map((name) => seedCompanyWithPeople(handle.db, { name: `Sender ${name}` })),
      );
      const requests = [];
      for (const sender of senders) requests.push(await send(sender, { targetCompanyId: b.id }));
      const [first, second, third] = requests;
      if (first === undefined || second === undefined || third === undefined) throw new Error("three requests");
      clock.advance(2 * hour);
      await callB.contact.accept({ requestId: first.id });
      clock.advance(2 * hour);
      await callB.contact.decline({ requestId: second.id });
      await processContactRequestTimers(handle.db, new Date(start.getTime() + 31 * day));
      const stats = await anonymous.contact.responseStats({ companyId: b.id });
      expect(stats).toEqual({ decided: 3, answered: 2, responseRate: 2 / 3, medianResponseHours: 3 });
    } finally {
      clock.set(start);
    }
  });
});
