import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { failure } from "../support/errors";
import { createUser, firstPerson, openConversation, seedCompanyWithPeople } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("reports on contact requests and messages on $name", (database) => {
  const handle = useTestDatabase(database);
  const clock = fakeClock(new Date("2026-03-02T09:00:00Z"));

  /** A sends B a request, B accepts, A writes a message in the conversation; C stands outside. */
  async function conversationWithMessage() {
    const a = await seedCompanyWithPeople(handle.db, { name: `Sender ${randomUUID().slice(0, 4)}` });
    const b = await seedCompanyWithPeople(handle.db, { name: `Recipient ${randomUUID().slice(0, 4)}` });
    const c = await seedCompanyWithPeople(handle.db, { name: `Outsider ${randomUUID().slice(0, 4)}` });
    const callA = callerFor({ db: handle.db, session: firstPerson(a).session, clock });
    const callB = callerFor({ db: handle.db, session: firstPerson(b).session, clock });
    const callC = callerFor({ db: handle.db, session: firstPerson(c).session, clock });
    const { requestId, conversationId } = await openConversation(handle.db, {
      from: firstPerson(a),
      to: { ...firstPerson(b), companyId: b.id },
      clock,
      purpose: "investment",
      message: "Guaranteed 40% a month: pay the deposit to my private card.",
      firstMessage: "Send 5,000 USD to card 4000 0000 0000 0002 today.",
    });
    const thread = await callB.contact.conversations.byId({ conversationId });
    const messageId = thread.messages[0]?.id ?? "";
    return { callA, callB, callC, requestId, messageId };
  }

  it("lets the receiving company report the request and the other company's message; moderators see the words", async () => {
    const { callB, requestId, messageId } = await conversationWithMessage();
    const onRequest = await callB.report.create({ targetType: "contact-request", targetId: requestId, reason: "fraud", note: "Impossible returns." });
    const onMessage = await callB.report.create({ targetType: "message", targetId: messageId, reason: "fraud" });
    expect(onRequest.status).toBe("open");
    expect(onMessage.status).toBe("open");
    expect((await failure(callB.report.create({ targetType: "message", targetId: messageId, reason: "spam" }))).message).toBe("errors.report.alreadyOpen");

    const moderator = await createUser(handle.db, `mod-${randomUUID().slice(0, 6)}`, { role: "moderator" });
    const open = await callerFor({ db: handle.db, session: moderator, clock }).moderation.reports.list({ status: "open" });
    const requestReport = open.find((report) => report.id === onRequest.id);
    const messageReport = open.find((report) => report.id === onMessage.id);
    expect(requestReport).toMatchObject({ targetType: "contact-request", targetExcerpt: expect.stringContaining("private card") });
    expect(messageReport).toMatchObject({ targetType: "message", targetExcerpt: expect.stringContaining("4000 0000 0000 0002") });
    expect(messageReport?.targetCompanyName).toMatch(/^Sender /);
  });

  it("answers NOT_FOUND to anyone else: the author, a third company, a person of no company", async () => {
    const { callA, callC, requestId, messageId } = await conversationWithMessage();
    // The sender reports neither its own request nor its own message.
    expect((await failure(callA.report.create({ targetType: "contact-request", targetId: requestId, reason: "spam" }))).code).toBe("NOT_FOUND");
    expect((await failure(callA.report.create({ targetType: "message", targetId: messageId, reason: "spam" }))).code).toBe("NOT_FOUND");
    // A company outside the conversation learns nothing about it.
    expect((await failure(callC.report.create({ targetType: "contact-request", targetId: requestId, reason: "spam" }))).code).toBe("NOT_FOUND");
    expect((await failure(callC.report.create({ targetType: "message", targetId: messageId, reason: "spam" }))).code).toBe("NOT_FOUND");
    const loner = await createUser(handle.db, `loner-${randomUUID().slice(0, 6)}`);
    const callLoner = callerFor({ db: handle.db, session: loner, clock });
    expect((await failure(callLoner.report.create({ targetType: "message", targetId: messageId, reason: "spam" }))).code).toBe("NOT_FOUND");
    // A made-up id is as absent.
    expect((await failure(callC.report.create({ targetType: "message", targetId: randomUUID(), reason: "spam" }))).code).toBe("NOT_FOUND");
  });
});
