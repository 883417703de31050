import { schema, type DbHandle } from "@karvon/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeClock } from "../support/clock";
import { failure } from "../support/errors";
import { testDatabases } from "../support/databases";
import { eventClockStart, participantCaller, sampleEventInput, seedEventCompany, seedEventWith, type EventCompany } from "../support/events-fixture";
import { eventFormValues, eventInputOf, type EventFormValues } from "../../apps/web/src/components/events/event-form-values";

const message = "We would like to discuss cotton yarn supplies for next season.";

function firstPerson(company: EventCompany) {
  const person = company.people[0];
  if (person === undefined) throw new Error("company without people");
  return person;
}

/** The form as a browser submits it: text fields by name, checked boxes as "on", each chosen sector. */
function submitted(values: EventFormValues, changes: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...values.text, ...changes })) form.set(name, value);
  for (const sector of values.focusSectors) form.append("focusSectors", sector);
  if (values.autoApprove) form.set("autoApprove", "on");
  if (values.published) form.set("published", "on");
  return form;
}

describe.each(testDatabases())("events on $name", (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it("creates the slots in the event's time zone and shows only approved, public participants", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Toshkent Yarn", country: "UZ", verified: true });
    const az = await seedEventCompany(handle.db, { name: "Baku Textile", country: "AZ" });
    const clock = fakeClock(eventClockStart);
    const { event, staff } = await seedEventWith(handle.db, { clock, companies: [] });
    const uzCaller = participantCaller(handle.db, firstPerson(uz), clock);
    const azCaller = participantCaller(handle.db, firstPerson(az), clock);
    const uzRegistration = await uzCaller.events.register({ eventId: event.id, companyId: uz.id, attendeeIds: [firstPerson(uz).userId], listingIds: [uz.listingId] });
    const azRegistration = await azCaller.events.register({ eventId: event.id, companyId: az.id, attendeeIds: [firstPerson(az).userId] });
    // Registry-confirmed companies are approved at once; the others wait for the organiser.
    expect(uzRegistration.status).toBe("approved");
    expect(azRegistration.status).toBe("pending");

    const page = await participantCaller(handle.db, firstPerson(az), clock).events.bySlug({ slug: event.slug });
    expect(page.slots).toHaveLength(12);
    expect(page.slots[0]?.startsAt.toISOString()).toBe("2026-05-21T04:00:00.000Z");
    expect(page.participants.map((participant) => participant.name)).toEqual(["Toshkent Yarn"]);
    expect(JSON.stringify(page)).not.toContain("@example.com");

    await staff.events.decideRegistration({ registrationId: azRegistration.id, decision: "approved" });
    const after = await staff.events.bySlug({ slug: event.slug });
    expect(after.participants.map((participant) => participant.name).sort()).toEqual(["Baku Textile", "Toshkent Yarn"]);
  });

  it("refuses registration outside the window and attendees who are not members", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Late Yarn", country: "UZ", people: 1 });
    const other = await seedEventCompany(handle.db, { name: "Stranger Ltd", country: "UZ" });
    const clock = fakeClock(eventClockStart);
    const { event } = await seedEventWith(handle.db, { clock, companies: [] });
    const caller = participantCaller(handle.db, firstPerson(uz), clock);
    expect(await failure(caller.events.register({ eventId: event.id, companyId: uz.id, attendeeIds: [firstPerson(other).userId] }))).toEqual({
      code: "BAD_REQUEST",
      message: "errors.event.attendeeNotMember",
    });
    clock.set(new Date("2026-05-16T00:00:00Z"));
    expect(await failure(caller.events.register({ eventId: event.id, companyId: uz.id, attendeeIds: [firstPerson(uz).userId] }))).toEqual({
      code: "BAD_REQUEST",
      message: "errors.event.registrationClosed",
    });
  });

  it("suggests the complementary company with its reasons, and schedules an accepted request into the earliest common slot", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Fergana Cotton", country: "UZ" });
    const az = await seedEventCompany(handle.db, { name: "Ganja Weavers", country: "AZ" });
    const { event, clock, staff } = await seedEventWith(handle.db, { companies: [uz, az] });
    const azCaller = participantCaller(handle.db, firstPerson(az), clock);
    const uzCaller = participantCaller(handle.db, firstPerson(uz), clock);
    const slots = (await azCaller.events.bySlug({ slug: event.slug })).slots;
    // The seller is busy in the first two slots.
    await uzCaller.events.setAvailability({ eventId: event.id, companyId: uz.id, slotIds: slots.slice(2).map((slot) => slot.id) });

    const catalogue = await azCaller.events.catalogue({ eventId: event.id, companyId: az.id });
    expect(catalogue.suggestions.map((suggestion) => suggestion.company.companyId)).toEqual([uz.id]);
    expect(catalogue.suggestions[0]?.reasons[0]).toMatchObject({ code: "they-offer-what-you-seek", hsChapters: ["52"] });
    // Script-blind: the Cyrillic spelling finds the Latin name.
    expect((await azCaller.events.catalogue({ eventId: event.id, companyId: az.id, q: "Фергана" })).items.map((item) => item.companyId)).toEqual([uz.id]);
    // The portal's own search: a place named in another language, a typo, a word only the company's listing has.
    for (const q of ["Ташкент", "Fergnaa", "yarn"]) {
      expect((await azCaller.events.catalogue({ eventId: event.id, companyId: az.id, q })).items.map((item) => item.companyId), q).toEqual([uz.id]);
    }
    expect((await azCaller.events.catalogue({ eventId: event.id, companyId: az.id, q: "saffron" })).items).toEqual([]);

    const request = await azCaller.events.sendRequest({ eventId: event.id, fromCompanyId: az.id, toCompanyId: uz.id, message });
    expect(await failure(azCaller.events.sendRequest({ eventId: event.id, fromCompanyId: az.id, toCompanyId: uz.id, message }))).toEqual({
      code: "CONFLICT",
      message: "errors.event.duplicateRequest",
    });
    const inbox = await uzCaller.events.requests({ eventId: event.id, companyId: uz.id });
    expect(inbox).toMatchObject([{ id: request.id, incoming: true, status: "pending", company: { name: "Ganja Weavers" } }]);

    const accepted = await uzCaller.events.accept({ requestId: request.id });
    expect(accepted).toMatchObject({ status: "scheduled", tableNo: 1 });
    const uzAgenda = await uzCaller.events.agenda({ eventId: event.id, companyId: uz.id });
    const azAgenda = await azCaller.events.agenda({ eventId: event.id, companyId: az.id });
    expect(uzAgenda.items).toHaveLength(1);
    expect(uzAgenda.items[0]?.startsAt.toISOString()).toBe(slots[2]?.startsAt.toISOString());
    expect(azAgenda.items[0]?.meetingId).toBe(uzAgenda.items[0]?.meetingId);
    expect(azAgenda.items[0]?.partner.name).toBe("Fergana Cotton");
    expect(azAgenda.items[0]?.reasons.length).toBeGreaterThan(0);

    // The seller cannot take back the slot its meeting is in.
    expect(await failure(uzCaller.events.setAvailability({ eventId: event.id, companyId: uz.id, slotIds: slots.slice(3).map((slot) => slot.id) }))).toEqual({
      code: "CONFLICT",
      message: "errors.event.slotHasMeeting",
    });

    // On the day: check-in, then outcomes from both sides once the meeting has started.
    const meetingId = uzAgenda.items[0]?.meetingId ?? "";
    expect(await failure(uzCaller.events.reportOutcome({ meetingId, companyId: uz.id, outcome: "follow-up" }))).toEqual({
      code: "BAD_REQUEST",
      message: "errors.event.outcomeTooEarly",
    });
    // Checked in at the venue, a company may report before the slot (meetings start early on the day).
    const uzRegistration = (await staff.events.registrations({ eventId: event.id })).find((row) => row.companyId === uz.id);
    await staff.events.checkIn({ registrationId: uzRegistration?.registrationId ?? "", checkedIn: true });
    await uzCaller.events.reportOutcome({ meetingId, companyId: uz.id, outcome: "follow-up" });
    expect(await failure(azCaller.events.reportOutcome({ meetingId, companyId: az.id, outcome: "follow-up" }))).toEqual({
      code: "BAD_REQUEST",
      message: "errors.event.outcomeTooEarly",
    });
    clock.set(new Date("2026-05-21T06:00:00Z"));
    await uzCaller.events.reportOutcome({ meetingId, companyId: uz.id, outcome: "contract", valueUsd: 250_000, hsChapters: ["52"] });
    await azCaller.events.reportOutcome({ meetingId, companyId: az.id, outcome: "follow-up" });
    const page = await azCaller.events.bySlug({ slug: event.slug });
    expect(page.outcomes).toEqual({ meetingsHeld: 1, followUps: 0, contracts: 1, contractValueUsd: 250_000 });
  });

  it("tells the requester at once when no common slot is left, and enforces the per-company limit", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Busy Spinner", country: "UZ" });
    const azCompanies: EventCompany[] = [];
    for (let index = 0; index < 7; index++) azCompanies.push(await seedEventCompany(handle.db, { name: `Caspian Buyer ${index}`, country: "AZ" }));
    const { event, clock } = await seedEventWith(handle.db, { companies: [uz, ...azCompanies], event: { endDate: "2026-05-21", dayEnd: "10:00", requestLimit: 5 } });
    const uzCaller = participantCaller(handle.db, firstPerson(uz), clock);
    // Two slots (09:00, 09:30): two buyers get them; the third is told at once that nothing is left.
    for (const buyer of azCompanies.slice(0, 2)) {
      const request = await participantCaller(handle.db, firstPerson(buyer), clock).events.sendRequest({ eventId: event.id, fromCompanyId: buyer.id, toCompanyId: uz.id, message });
      expect((await uzCaller.events.accept({ requestId: request.id })).status).toBe("scheduled");
    }
    const third = azCompanies[2];
    if (third === undefined) throw new Error("missing buyer");
    expect(await failure(participantCaller(handle.db, firstPerson(third), clock).events.sendRequest({ eventId: event.id, fromCompanyId: third.id, toCompanyId: uz.id, message }))).toEqual({
      code: "CONFLICT",
      message: "errors.event.noCommonSlot",
    });

    // The limit: the seller may ask 5 companies; the sixth request is refused (others ask nothing of it).
    const outcomes = await Promise.allSettled(
      azCompanies.slice(2, 7).map((buyer) => uzCaller.events.sendRequest({ eventId: event.id, fromCompanyId: uz.id, toCompanyId: buyer.id, message })),
    );
    // Every one fails for want of a slot — the seller is fully booked — not for the limit.
    for (const outcome of outcomes) expect(String(outcome.status === "rejected" ? outcome.reason : "")).toContain("errors.event.noCommonSlot");
  });

  it("refuses the sixth request of a company whose event allows five", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Chatty Spinner", country: "UZ" });
    const buyers: EventCompany[] = [];
    for (let index = 0; index < 6; index++) buyers.push(await seedEventCompany(handle.db, { name: `Quiet Buyer ${index}`, country: "AZ" }));
    const { event, clock } = await seedEventWith(handle.db, { companies: [uz, ...buyers], event: { requestLimit: 5 } });
    const uzCaller = participantCaller(handle.db, firstPerson(uz), clock);
    const outcomes = await Promise.allSettled(
      buyers.map((buyer) => uzCaller.events.sendRequest({ eventId: event.id, fromCompanyId: uz.id, toCompanyId: buyer.id, message })),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(5);
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused.map((outcome) => String(outcome.reason))).toEqual([expect.stringContaining("errors.event.requestLimit")]);
  });

  it("lets the organiser move and cancel a meeting, never onto a taken place", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Mover Yarn", country: "UZ" });
    const az1 = await seedEventCompany(handle.db, { name: "Mover Buyer One", country: "AZ" });
    const az2 = await seedEventCompany(handle.db, { name: "Mover Buyer Two", country: "AZ" });
    const { event, clock, staff } = await seedEventWith(handle.db, { companies: [uz, az1, az2] });
    const uzCaller = participantCaller(handle.db, firstPerson(uz), clock);
    const first = await participantCaller(handle.db, firstPerson(az1), clock).events.sendRequest({ eventId: event.id, fromCompanyId: az1.id, toCompanyId: uz.id, message });
    const second = await participantCaller(handle.db, firstPerson(az2), clock).events.sendRequest({ eventId: event.id, fromCompanyId: az2.id, toCompanyId: uz.id, message });
    await uzCaller.events.accept({ requestId: first.id });
    await uzCaller.events.accept({ requestId: second.id });
    const meetings = await staff.events.meetings({ eventId: event.id });
    expect(meetings.map((meeting) => meeting.startsAt.toISOString())).toEqual(["2026-05-21T04:00:00.000Z", "2026-05-21T04:30:00.000Z"]);
    const [one, two] = meetings;
    if (one === undefined || two === undefined) throw new Error("meetings missing");
    // The seller is already in the second slot: moving the first meeting there is refused by the database.
    expect(await failure(staff.events.moveMeeting({ meetingId: one.meetingId, slotId: two.slotId, tableNo: 5 }))).toEqual({ code: "CONFLICT", message: "errors.event.slotTaken" });
    const slots = (await staff.events.bySlug({ slug: event.slug })).slots;
    const moved = await staff.events.moveMeeting({ meetingId: one.meetingId, slotId: slots[5]?.id ?? "" });
    expect(moved.slotId).toBe(slots[5]?.id);
    const participants = await handle.db.select().from(schema.eventMeetingParticipants).where(eq(schema.eventMeetingParticipants.meetingId, one.meetingId));
    expect(participants.map((row) => row.slotId)).toEqual([slots[5]?.id, slots[5]?.id]);
    await staff.events.cancelMeeting({ meetingId: two.meetingId });
    expect((await uzCaller.events.agenda({ eventId: event.id, companyId: uz.id })).items.map((item) => item.status)).toEqual(["cancelled", "scheduled"]);
  });

  it("refuses a double booking in the database itself, whatever the code does", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Direct Yarn", country: "UZ" });
    const az = await seedEventCompany(handle.db, { name: "Direct Buyer", country: "AZ" });
    const az2 = await seedEventCompany(handle.db, { name: "Direct Buyer Two", country: "AZ" });
    const { event, clock } = await seedEventWith(handle.db, { companies: [uz, az, az2] });
    const request = await participantCaller(handle.db, firstPerson(az), clock).events.sendRequest({ eventId: event.id, fromCompanyId: az.id, toCompanyId: uz.id, message });
    await participantCaller(handle.db, firstPerson(uz), clock).events.accept({ requestId: request.id });
    const [meeting] = await handle.db.select().from(schema.eventMeetings).where(eq(schema.eventMeetings.requestId, request.id));
    const second = await participantCaller(handle.db, firstPerson(az2), clock).events.sendRequest({ eventId: event.id, fromCompanyId: az2.id, toCompanyId: uz.id, message });
    const registrations = await handle.db.select().from(schema.eventRegistrations).where(eq(schema.eventRegistrations.eventId, event.id));
    const regOf = (companyId: string) => registrations.find((row) => row.companyId === companyId)?.id ?? "";
    // Same table, same slot:
    await expect(
      handle.db.insert(schema.eventMeetings).values({ eventId: event.id, requestId: second.id, slotId: meeting?.slotId ?? "", tableNo: meeting?.tableNo ?? 1 }),
    ).rejects.toThrow();
    // Another table, but the seller is already busy in that slot:
    await expect(
      handle.db.transaction(async (tx) => {
        const [other] = await tx.insert(schema.eventMeetings).values({ eventId: event.id, requestId: second.id, slotId: meeting?.slotId ?? "", tableNo: 2 }).returning();
        await tx.insert(schema.eventMeetingParticipants).values([
          { meetingId: other?.id ?? "", slotId: meeting?.slotId ?? "", registrationId: regOf(az2.id) },
          { meetingId: other?.id ?? "", slotId: meeting?.slotId ?? "", registrationId: regOf(uz.id) },
        ]);
      }),
    ).rejects.toThrow();
  });

  it("validates the event form with specific messages", async () => {
    const clock = fakeClock(eventClockStart);
    const { staff } = await seedEventWith(handle.db, { clock, companies: [] });
    const wrong = await failure(staff.events.create(sampleEventInput({ startDate: "2026-05-22", endDate: "2026-05-21" })));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toContain("errors.event.endBeforeStart");
    const input = sampleEventInput();
    await staff.events.create(input);
    expect(await failure(staff.events.create(input))).toEqual({ code: "CONFLICT", message: "errors.event.slugTaken" });
  });

  it("saves the edited fields of an event with meetings, whose day plan the form leaves as it was", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Edit Yarn", country: "UZ" });
    const az = await seedEventCompany(handle.db, { name: "Edit Buyer", country: "AZ" });
    const { event, clock, staff } = await seedEventWith(handle.db, {
      companies: [uz, az],
      event: { breaks: [{ start: "10:00", end: "10:30" }, { start: "11:00", end: "11:15" }], focusSectors: ["13"] },
    });
    const request = await participantCaller(handle.db, firstPerson(az), clock).events.sendRequest({
      eventId: event.id,
      fromCompanyId: az.id,
      toCompanyId: uz.id,
      message: "We would like to discuss cotton yarn supplies.",
    });
    await participantCaller(handle.db, firstPerson(uz), clock).events.accept({ requestId: request.id });
    const stored = (await staff.events.staffList()).find((row) => row.id === event.id);
    if (stored === undefined) throw new Error("event missing");

    const values = eventFormValues(stored);
    const edited = eventInputOf(submitted(values, { "name-az": "Regionlararası B2B günü", venue: "Expo Centre, hall 3", tableCount: "12" }), stored);
    const saved = await staff.events.update({ eventId: event.id, event: edited });
    expect(saved).toMatchObject({ venue: "Expo Centre, hall 3", tableCount: 12, name: { en: "Interregional B2B day", az: "Regionlararası B2B günü" } });
    expect(saved.breaks).toEqual(stored.breaks);
    expect(saved.focusSectors).toEqual(["13"]);
    expect(saved.registrationClosesAt.toISOString().slice(0, 10)).toBe(stored.registrationClosesAt.toISOString().slice(0, 10));
    expect((await staff.events.meetings({ eventId: event.id })).map((meeting) => meeting.status)).toEqual(["scheduled"]);

    // Changing the plan of an event with meetings is still refused, with the reason.
    const replanned = eventInputOf(submitted(values, { dayEnd: "13:00" }), stored);
    expect(await failure(staff.events.update({ eventId: event.id, event: replanned }))).toEqual({ code: "CONFLICT", message: "errors.event.scheduleLocked" });
  });
});
