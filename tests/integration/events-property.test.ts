import { schema, type DbHandle } from "@karvon/db";
import { eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeClock } from "../support/clock";
import { testDatabases } from "../support/databases";
import { eventClockStart, participantCaller, sampleEventInput, seedEventCompany, seedStaff, type EventCompany } from "../support/events-fixture";

const message = "We would like to discuss cotton yarn supplies for next season.";
const slotCount = 6;
/** Random events per run: 25 in `npm test`; PROPERTY_RUNS asks for more (`npm run test:long`). */
const runs = Number.parseInt(process.env.PROPERTY_RUNS ?? "", 10) || 25;

/** A random event: which companies take part, the slots each can meet in, the requests and the order of answers. */
const scenario = fc.record({
  tables: fc.integer({ min: 1, max: 3 }),
  availability: fc.array(fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 0 }), { minLength: 6, maxLength: 6 }),
  requests: fc.array(fc.record({ from: fc.nat(5), to: fc.nat(5), decline: fc.boolean() }), { maxLength: 20 }),
  answerOrder: fc.array(fc.nat(), { maxLength: 20 }),
});

describe.each(testDatabases())("meeting scheduling properties on $name", (database) => {
  let handle: DbHandle;
  let companies: EventCompany[];
  beforeAll(async () => {
    handle = await database.open();
    companies = [];
    for (let index = 0; index < 3; index++) companies.push(await seedEventCompany(handle.db, { name: `Prop Yarn ${index}`, country: "UZ", verified: true }));
    for (let index = 0; index < 3; index++) companies.push(await seedEventCompany(handle.db, { name: `Prop Buyer ${index}`, country: "AZ", verified: true }));
  });
  afterAll(async () => {
    await handle.close();
  });

  it("never double-books a company or a table, nor places a meeting outside both companies' availability", { timeout: Math.max(60_000, runs * 2_000) }, async () => {
    const organiser = await seedStaff(handle.db);
    await fc.assert(
      fc.asyncProperty(scenario, async ({ tables, availability, requests, answerOrder }) => {
        const clock = fakeClock(eventClockStart);
        const staff = participantCaller(handle.db, organiser, clock);
        // Six 30-minute slots on one day.
        const event = await staff.events.create(sampleEventInput({ endDate: "2026-05-21", tableCount: tables, requestLimit: 20 }));
        const slots = (await staff.events.bySlug({ slug: event.slug })).slots;
        expect(slots).toHaveLength(slotCount);
        for (const [index, company] of companies.entries()) {
          const person = company.people[0];
          const chosen = availability[index] ?? [];
          if (person === undefined || chosen.length === 0) continue;
          await participantCaller(handle.db, person, clock).events.register({
            eventId: event.id,
            companyId: company.id,
            attendeeIds: [person.userId],
            slotIds: chosen.map((slot) => slots[slot]?.id ?? ""),
          });
        }
        const sent: { id: string; to: EventCompany; decline: boolean }[] = [];
        for (const request of requests) {
          const from = companies[request.from];
          const to = companies[request.to];
          const person = from?.people[0];
          if (from === undefined || to === undefined || person === undefined) continue;
          try {
            const row = await participantCaller(handle.db, person, clock).events.sendRequest({ eventId: event.id, fromCompanyId: from.id, toCompanyId: to.id, message });
            sent.push({ id: row.id, to, decline: request.decline });
          } catch {
            // Refusals (not registered, self, duplicate, no common slot) are part of the scenario.
          }
        }
        const order = sent.map((_, index) => index).sort((a, b) => (answerOrder[a] ?? a) - (answerOrder[b] ?? b));
        for (const index of order) {
          const request = sent[index];
          const person = request?.to.people[0];
          if (request === undefined || person === undefined) continue;
          const caller = participantCaller(handle.db, person, clock);
          if (request.decline) await caller.events.decline({ requestId: request.id });
          else await caller.events.accept({ requestId: request.id });
        }

        const meetings = await handle.db.select().from(schema.eventMeetings).where(eq(schema.eventMeetings.eventId, event.id));
        const live = meetings.filter((meeting) => meeting.status !== "cancelled");
        expect(new Set(live.map((meeting) => `${meeting.slotId}/${meeting.tableNo}`)).size).toBe(live.length);
        expect(live.every((meeting) => meeting.tableNo >= 1 && meeting.tableNo <= tables)).toBe(true);
        if (live.length === 0) return;
        const requestRows = await handle.db
          .select()
          .from(schema.eventMeetingRequests)
          .where(inArray(schema.eventMeetingRequests.id, live.map((meeting) => meeting.requestId)));
        const registrations = await handle.db.select().from(schema.eventRegistrations).where(eq(schema.eventRegistrations.eventId, event.id));
        const companyOf = new Map(registrations.map((row) => [row.id, row.companyId]));
        const busy = new Set<string>();
        for (const meeting of live) {
          const request = requestRows.find((row) => row.id === meeting.requestId);
          if (request === undefined) throw new Error("meeting without request");
          const slotIndex = slots.findIndex((slot) => slot.id === meeting.slotId);
          for (const registrationId of [request.fromRegistrationId, request.toRegistrationId]) {
            const companyIndex = companies.findIndex((company) => company.id === companyOf.get(registrationId));
            // Inside the company's availability …
            expect(availability[companyIndex]).toContain(slotIndex);
            // … and never two meetings of one company in one slot.
            const key = `${registrationId}/${meeting.slotId}`;
            expect(busy.has(key)).toBe(false);
            busy.add(key);
          }
        }
      }),
      { numRuns: runs },
    );
  });
});
