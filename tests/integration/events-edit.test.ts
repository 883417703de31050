import type { DbHandle } from "@karvon/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventFormValues, eventInputOf, type EventFormValues } from "@/components/events/event-form-values";
import { failure } from "../support/errors";
import { testDatabases } from "../support/databases";
import { participantCaller, seedEventCompany, seedEventWith, type EventCompany } from "../support/events-fixture";

/** The form as a browser submits it: text fields by name, checked boxes as "on", each chosen sector. */
function submitted(values: EventFormValues, changes: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...values.text, ...changes })) form.set(name, value);
  for (const sector of values.focusSectors) form.append("focusSectors", sector);
  if (values.autoApprove) form.set("autoApprove", "on");
  if (values.published) form.set("published", "on");
  return form;
}

function firstPerson(company: EventCompany) {
  const person = company.people[0];
  if (person === undefined) throw new Error("company without people");
  return person;
}

describe.each(testDatabases())("editing an event in the staff form on $name", (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle.close();
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

  it("offers a new event the usual day plan", () => {
    expect(eventFormValues(null)).toMatchObject({ text: { dayStart: "09:00", dayEnd: "17:00", timeZone: "Asia/Tashkent" }, published: true });
  });
});
