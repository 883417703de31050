/**
 * Deleting an account whose company then has no member left: the partner company keeps the request and the
 * whole conversation, with the departed side shown as a deleted company and a deleted user, and can no longer
 * write to it; the person's export before that holds their listings, contact requests and own messages.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { failure } from "../support/errors";
import { firstPerson, seedCompanyWithPeople, seedListing } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("account deletion and contacts on $name", (database) => {
  const handle = useTestDatabase(database);
  const clock = fakeClock(new Date("2026-03-02T09:00:00Z"));

  /** Leaver's company A writes to B, B accepts, both write; A also has a pending request to C. */
  async function talkingCompanies() {
    const leaverCompany = await seedCompanyWithPeople(handle.db, { name: "Andijan Silk" });
    const partner = await seedCompanyWithPeople(handle.db, { name: "Ganja Carpets" });
    const waiting = await seedCompanyWithPeople(handle.db, { name: "Sumqayit Chemicals" });
    const leaver = firstPerson(leaverCompany);
    const listingId = await seedListing(handle.db, { companyId: leaverCompany.id });
    const asLeaver = callerFor({ db: handle.db, session: leaver.session, clock });
    const asPartner = callerFor({ db: handle.db, session: firstPerson(partner).session, clock });
    const request = await asLeaver.contact.send({ targetCompanyId: partner.id, purpose: "buy", message: "We would like to buy your carpets.", idempotencyKey: randomUUID() });
    const pending = await asLeaver.contact.send({ targetCompanyId: waiting.id, purpose: "buy", message: "Do you sell caustic soda?", idempotencyKey: randomUUID() });
    const { conversationId } = await asPartner.contact.accept({ requestId: request.id });
    await asLeaver.contact.conversations.send({ conversationId, body: "Thank you, here are our volumes.", idempotencyKey: randomUUID() });
    await asPartner.contact.conversations.send({ conversationId, body: "Our price list is attached.", idempotencyKey: randomUUID() });
    return { leaver, leaverCompany, partner, waiting, listingId, request, pending, conversationId, asLeaver, asPartner };
  }

  it("the partner keeps the request and the conversation, shown as from a deleted company and user", async () => {
    const { leaver, partner, waiting, request, pending, conversationId, asLeaver, asPartner } = await talkingCompanies();
    await asLeaver.account.delete({ confirmEmail: leaver.email });

    const inbox = await asPartner.contact.inbox();
    const kept = inbox.received.find((row) => row.id === request.id);
    expect(kept?.status).toBe("accepted");
    expect(kept?.message).toBe("We would like to buy your carpets.");
    expect(kept?.otherCompany).toBeNull();
    expect(kept?.conversationId).toBe(conversationId);

    const conversations = await asPartner.contact.conversations.list();
    expect(conversations.map((row) => [row.id, row.otherCompany])).toEqual([[conversationId, null]]);

    const thread = await asPartner.contact.conversations.byId({ conversationId });
    expect(thread.otherCompany).toMatchObject({ name: "", deleted: true });
    expect(thread.otherContact).toBeNull();
    expect(thread.request?.message).toBe("We would like to buy your carpets.");
    // Both messages carry the fake clock's instant, so their order is not what is tested here.
    expect(thread.messages.map((row) => [row.body, row.mine, row.senderName]).sort()).toEqual([
      ["Our price list is attached.", true, firstPerson(partner).session.user.name],
      ["Thank you, here are our volumes.", false, null],
    ]);

    // Read-only from now on: nobody is there to answer.
    expect(await failure(asPartner.contact.conversations.send({ conversationId, body: "Hello?", idempotencyKey: randomUUID() }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "errors.contact.counterpartDeleted",
    });

    // A request still waiting for an answer is closed, not left to be accepted by someone else's inbox.
    const waitingInbox = await callerFor({ db: handle.db, session: firstPerson(waiting).session, clock }).contact.inbox();
    const closed = waitingInbox.received.find((row) => row.id === pending.id);
    expect(closed?.status).toBe("withdrawn");
    expect(closed?.otherCompany).toBeNull();
  });

  it("the export holds the person's listings, contact requests and own messages", async () => {
    const { listingId, request, pending, asLeaver } = await talkingCompanies();
    const data = await asLeaver.account.exportData();
    expect(data.listings.map((row) => row.id)).toEqual([listingId]);
    expect(data.contactRequests.map((row) => row.id).sort()).toEqual([request.id, pending.id].sort());
    expect(data.messages.map((row) => row.body)).toEqual(["Thank you, here are our volumes."]);
    // Only what the person wrote: the partner's message is not theirs to export (only mailed to them).
    expect(data.messages.every((row) => row.senderUserId === data.user.id)).toBe(true);
  });
});
