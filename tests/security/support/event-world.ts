/**
 * The security world's event: next month, registration open, companies A, B and C approved. B has asked A for a
 * meeting (pending), and so has C asked B; A and C already have a meeting in the first slot.
 */
import { schema, type Db } from "@karvon/db";

export type EventWorld = {
  id: string;
  slug: string;
  registrationA: string;
  slotIds: string[];
  /** B → A, pending: A accepts or declines; only B may withdraw. */
  requestToA: string;
  /** C → B, pending: B accepts or declines (what A's people reach for when the world is seen from B's side). */
  requestToB: string;
  /** A ↔ C, scheduled in the first slot. */
  meetingA: string;
};

const day = 86_400_000;

export async function seedEventWorld(db: Db, params: { now: Date; a: string; b: string; c: string; ownerIds: [string, string, string] }): Promise<EventWorld> {
  const { now } = params;
  const date = new Date(now.getTime() + 30 * day).toISOString().slice(0, 10);
  const [event] = await db
    .insert(schema.events)
    .values({
      slug: "world-forum",
      name: { en: "World forum" },
      description: { en: "Meetings." },
      city: "Tashkent",
      venue: "Expo",
      timeZone: "Asia/Tashkent",
      startDate: date,
      endDate: date,
      dayStart: "09:00",
      dayEnd: "11:00",
      meetingMinutes: 30,
      tableCount: 5,
      registrationOpensAt: new Date(now.getTime() - day),
      registrationClosesAt: new Date(now.getTime() + 20 * day),
      publishedAt: new Date(now.getTime() - day),
    })
    .returning();
  if (event === undefined) throw new Error("event not seeded");
  const start = Date.parse(`${date}T04:00:00Z`);
  const slots = await db
    .insert(schema.eventSlots)
    .values([0, 1, 2, 3].map((index) => ({ eventId: event.id, startsAt: new Date(start + index * 1_800_000), endsAt: new Date(start + (index + 1) * 1_800_000) })))
    .returning();
  const registrations = await db
    .insert(schema.eventRegistrations)
    .values([params.a, params.b, params.c].map((companyId, index) => ({ eventId: event.id, companyId, status: "approved" as const, attendeeIds: [params.ownerIds[index] ?? ""] })))
    .returning();
  const [regA, regB, regC] = registrations;
  if (regA === undefined || regB === undefined || regC === undefined) throw new Error("registrations not seeded");
  await db.insert(schema.eventAvailability).values(registrations.flatMap((registration) => slots.map((slot) => ({ registrationId: registration.id, slotId: slot.id }))));
  const [pending, accepted, pendingToB] = await db
    .insert(schema.eventMeetingRequests)
    .values([
      { eventId: event.id, fromRegistrationId: regB.id, toRegistrationId: regA.id, message: "Let us meet about dried apricots." },
      { eventId: event.id, fromRegistrationId: regA.id, toRegistrationId: regC.id, message: "Let us meet about raisins.", status: "accepted" as const },
      { eventId: event.id, fromRegistrationId: regC.id, toRegistrationId: regB.id, message: "Let us meet about cotton yarn." },
    ])
    .returning();
  const firstSlot = slots[0];
  if (pending === undefined || accepted === undefined || pendingToB === undefined || firstSlot === undefined) throw new Error("requests not seeded");
  const [meeting] = await db.insert(schema.eventMeetings).values({ eventId: event.id, requestId: accepted.id, slotId: firstSlot.id, tableNo: 1 }).returning();
  if (meeting === undefined) throw new Error("meeting not seeded");
  await db.insert(schema.eventMeetingParticipants).values([
    { meetingId: meeting.id, slotId: firstSlot.id, registrationId: regA.id },
    { meetingId: meeting.id, slotId: firstSlot.id, registrationId: regC.id },
  ]);
  return { id: event.id, slug: event.slug, registrationA: regA.id, slotIds: slots.map((slot) => slot.id), requestToA: pending.id, requestToB: pendingToB.id, meetingA: meeting.id };
}
