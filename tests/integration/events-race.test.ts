import { schema, type DbHandle } from "@karvon/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../support/databases";
import { participantCaller, seedEventCompany, seedEventWith, type EventCompany } from "../support/events-fixture";

const message = "We would like to discuss cotton yarn supplies for next season.";

function firstPerson(company: EventCompany) {
  const person = company.people[0];
  if (person === undefined) throw new Error("company without people");
  return person;
}

// Real concurrency needs real connections (PostgreSQL); PGlite queues the calls, and the outcome must be the same.
describe.each(testDatabases())("meeting scheduling under concurrency on $name", (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it("gives the last common slot to exactly one of two simultaneous acceptances; the other is told", async () => {
    const seller = await seedEventCompany(handle.db, { name: "Last Slot Yarn", country: "UZ", people: 2 });
    const buyers = [await seedEventCompany(handle.db, { name: "Racer One", country: "AZ" }), await seedEventCompany(handle.db, { name: "Racer Two", country: "AZ" })];
    // One day, one slot (09:00–09:30), ten tables: the seller can meet only one of them.
    const { event, clock } = await seedEventWith(handle.db, { companies: [seller, ...buyers], event: { endDate: "2026-05-21", dayEnd: "09:30" } });
    const requests = [];
    for (const buyer of buyers) {
      requests.push(await participantCaller(handle.db, firstPerson(buyer), clock).events.sendRequest({ eventId: event.id, fromCompanyId: buyer.id, toCompanyId: seller.id, message }));
    }
    // Two people of the seller accept the two requests at the same moment.
    const outcomes = await Promise.all(
      requests.map((request, index) => participantCaller(handle.db, seller.people[index] ?? firstPerson(seller), clock).events.accept({ requestId: request.id })),
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["scheduled", "unschedulable"]);
    const meetings = await handle.db.select().from(schema.eventMeetings).where(eq(schema.eventMeetings.eventId, event.id));
    expect(meetings).toHaveLength(1);
    // The requester whose meeting could not be placed sees it in its requests.
    const loser = outcomes.findIndex((outcome) => outcome.status === "unschedulable");
    const loserCompany = buyers[loser];
    if (loserCompany === undefined) throw new Error("no loser");
    const sent = await participantCaller(handle.db, firstPerson(loserCompany), clock).events.requests({ eventId: event.id, companyId: loserCompany.id });
    expect(sent.map((request) => request.status)).toEqual(["unschedulable"]);
  });

  it("answers the same request once when two members accept it together", async () => {
    const seller = await seedEventCompany(handle.db, { name: "Twin Clicks Yarn", country: "UZ", people: 2 });
    const buyer = await seedEventCompany(handle.db, { name: "Twin Clicks Buyer", country: "AZ" });
    const { event, clock } = await seedEventWith(handle.db, { companies: [seller, buyer] });
    const request = await participantCaller(handle.db, firstPerson(buyer), clock).events.sendRequest({ eventId: event.id, fromCompanyId: buyer.id, toCompanyId: seller.id, message });
    const outcomes = await Promise.allSettled(seller.people.map((person) => participantCaller(handle.db, person, clock).events.accept({ requestId: request.id })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect(String(refused?.status === "rejected" ? refused.reason : "")).toContain("errors.event.requestNotPending");
    expect(await handle.db.select().from(schema.eventMeetings).where(eq(schema.eventMeetings.eventId, event.id))).toHaveLength(1);
  });

  it("never double-books a company or a table when many acceptances race", async () => {
    const sellers = [await seedEventCompany(handle.db, { name: "Crowd Yarn", country: "UZ", people: 1 }), await seedEventCompany(handle.db, { name: "Crowd Cloth", country: "UZ", people: 1 })];
    const buyers: EventCompany[] = [];
    for (let index = 0; index < 8; index++) buyers.push(await seedEventCompany(handle.db, { name: `Crowd Buyer ${index}`, country: "AZ" }));
    // Three slots, two tables: at most six meetings, at most three per seller.
    const { event, clock } = await seedEventWith(handle.db, { companies: [...sellers, ...buyers], event: { endDate: "2026-05-21", dayEnd: "10:30", tableCount: 2, requestLimit: 10 } });
    const requests: { id: string; seller: EventCompany }[] = [];
    for (const buyer of buyers) {
      for (const seller of sellers) {
        try {
          const request = await participantCaller(handle.db, firstPerson(buyer), clock).events.sendRequest({ eventId: event.id, fromCompanyId: buyer.id, toCompanyId: seller.id, message });
          requests.push({ id: request.id, seller });
        } catch {
          // No common slot left is a fine answer here.
        }
      }
    }
    await Promise.allSettled(requests.map((request) => participantCaller(handle.db, firstPerson(request.seller), clock).events.accept({ requestId: request.id })));
    const participants = await handle.db.select().from(schema.eventMeetingParticipants);
    const meetings = await handle.db.select().from(schema.eventMeetings).where(eq(schema.eventMeetings.eventId, event.id));
    const tables = new Set(meetings.map((meeting) => `${meeting.slotId}/${meeting.tableNo}`));
    expect(tables.size).toBe(meetings.length);
    const mine = participants.filter((row) => meetings.some((meeting) => meeting.id === row.meetingId));
    expect(new Set(mine.map((row) => `${row.slotId}/${row.registrationId}`)).size).toBe(mine.length);
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.length).toBeLessThanOrEqual(6);
  });
});
