/** Events, their slots and the companies registered for them. Meetings are in ./event-meetings.ts. */
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companies, eventAvailability, eventMeetings, eventRegistrations, events, eventSlots, member, user } from "../schema";

export type EventRow = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type EventSlotRow = typeof eventSlots.$inferSelect;
export type EventRegistrationRow = typeof eventRegistrations.$inferSelect;
export type SlotTimes = { startsAt: Date; endsAt: Date };

export async function insertEvent(db: Db, values: NewEvent): Promise<EventRow | null> {
  const [row] = await db.insert(events).values(values).onConflictDoNothing({ target: events.slug }).returning();
  return row ?? null;
}

export async function updateEvent(db: Db, eventId: string, values: Partial<NewEvent>): Promise<EventRow | null> {
  const [row] = await db.update(events).set(values).where(eq(events.id, eventId)).returning();
  return row ?? null;
}

export async function getEventById(db: Db, eventId: string): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.id, eventId)).limit(1);
  return row ?? null;
}

export async function getEventBySlug(db: Db, slug: string): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.slug, slug)).limit(1);
  return row ?? null;
}

export async function isEventSlugTaken(db: Db, slug: string, exceptEventId: string | null): Promise<boolean> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug)).limit(1);
  return row !== undefined && row.id !== exceptEventId;
}

/** Published events, the coming ones first (by first day), then the past ones, latest first. */
export async function listPublishedEvents(db: Db, params: { now: Date }): Promise<EventRow[]> {
  const rows = await db
    .select()
    .from(events)
    .where(and(isNotNull(events.publishedAt), lte(events.publishedAt, params.now)))
    .orderBy(desc(events.startDate));
  const today = params.now.toISOString().slice(0, 10);
  const coming = rows.filter((row) => row.endDate >= today).reverse();
  return [...coming, ...rows.filter((row) => row.endDate < today)];
}

export async function listAllEvents(db: Db): Promise<EventRow[]> {
  return db.select().from(events).orderBy(desc(events.startDate));
}

/** Replaces the slots of an event that has no meetings yet (the caller checks). */
export async function replaceEventSlots(db: Db, eventId: string, slots: readonly SlotTimes[]): Promise<void> {
  await db.delete(eventSlots).where(eq(eventSlots.eventId, eventId));
  if (slots.length > 0) await db.insert(eventSlots).values(slots.map((slot) => ({ eventId, ...slot })));
}

export async function listEventSlots(db: Db, eventId: string): Promise<EventSlotRow[]> {
  return db.select().from(eventSlots).where(eq(eventSlots.eventId, eventId)).orderBy(asc(eventSlots.startsAt));
}

export async function countEventMeetings(db: Db, eventId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(eventMeetings).where(eq(eventMeetings.eventId, eventId));
  return row?.count ?? 0;
}

// ─── registrations ───────────────────────────────────────────────────────────────────────────────────────

export async function getRegistration(db: Db, params: { eventId: string; companyId: string }): Promise<EventRegistrationRow | null> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, params.eventId), eq(eventRegistrations.companyId, params.companyId)))
    .limit(1);
  return row ?? null;
}

export async function getRegistrationById(db: Db, registrationId: string): Promise<EventRegistrationRow | null> {
  const [row] = await db.select().from(eventRegistrations).where(eq(eventRegistrations.id, registrationId)).limit(1);
  return row ?? null;
}

/** Locks the registration row for the rest of the transaction (per-company limits count under it). */
export async function lockRegistration(db: Db, registrationId: string): Promise<void> {
  await db.select({ id: eventRegistrations.id }).from(eventRegistrations).where(eq(eventRegistrations.id, registrationId)).for("update");
}

/** Inserts or updates the company's registration (attendees, listings); a decided status is kept. */
export async function upsertRegistration(
  db: Db,
  values: { eventId: string; companyId: string; attendeeIds: string[]; listingIds: string[]; status: "pending" | "approved"; at: Date },
): Promise<EventRegistrationRow> {
  const [row] = await db
    .insert(eventRegistrations)
    .values({
      eventId: values.eventId,
      companyId: values.companyId,
      attendeeIds: values.attendeeIds,
      listingIds: values.listingIds,
      status: values.status,
      decidedAt: values.status === "approved" ? values.at : null,
      createdAt: values.at,
    })
    .onConflictDoUpdate({
      target: [eventRegistrations.eventId, eventRegistrations.companyId],
      set: { attendeeIds: values.attendeeIds, listingIds: values.listingIds },
    })
    .returning();
  if (row === undefined) throw new Error("registration not written");
  return row;
}

export async function listAvailability(db: Db, registrationId: string): Promise<string[]> {
  const rows = await db.select({ slotId: eventAvailability.slotId }).from(eventAvailability).where(eq(eventAvailability.registrationId, registrationId));
  return rows.map((row) => row.slotId);
}

/**
 * Sets the slots a registration is available in. Removing a slot that holds one of its meetings fails with the
 * database's foreign-key error (23503), which the caller translates.
 */
export async function setAvailability(db: Db, registrationId: string, slotIds: readonly string[]): Promise<void> {
  const current = new Set(await listAvailability(db, registrationId));
  const wanted = new Set(slotIds);
  const removed = [...current].filter((slotId) => !wanted.has(slotId));
  const added = [...wanted].filter((slotId) => !current.has(slotId));
  if (removed.length > 0) {
    await db.delete(eventAvailability).where(and(eq(eventAvailability.registrationId, registrationId), inArray(eventAvailability.slotId, removed)));
  }
  if (added.length > 0) await db.insert(eventAvailability).values(added.map((slotId) => ({ registrationId, slotId })));
}

export async function decideRegistration(
  db: Db,
  params: { registrationId: string; status: "approved" | "rejected"; at: Date },
): Promise<EventRegistrationRow | null> {
  const [row] = await db
    .update(eventRegistrations)
    .set({ status: params.status, decidedAt: params.at })
    .where(eq(eventRegistrations.id, params.registrationId))
    .returning();
  return row ?? null;
}

export async function setCheckedIn(db: Db, params: { registrationId: string; at: Date | null }): Promise<EventRegistrationRow | null> {
  const [row] = await db
    .update(eventRegistrations)
    .set({ checkedInAt: params.at })
    .where(eq(eventRegistrations.id, params.registrationId))
    .returning();
  return row ?? null;
}

/** A registered company with the public fields of its approved profile. */
export type EventParticipantRow = {
  registrationId: string;
  companyId: string;
  status: "pending" | "approved" | "rejected";
  checkedInAt: Date | null;
  listingIds: string[];
  attendeeIds: string[];
  slug: string;
  legalName: string;
  /** The published profile's description (raw JSON), the only part of it the participants' lists show. */
  description: unknown;
  country: string;
  region: string | null;
  sectors: string[];
  hsChapters: string[];
  verificationLevel: string;
  createdAt: Date;
};

/** Registrations of an event with their companies; `publicOnly` keeps approved, published, unsuspended ones. */
export async function listEventParticipants(db: Db, params: { eventId: string; publicOnly: boolean }): Promise<EventParticipantRow[]> {
  const visible = params.publicOnly
    ? and(eq(eventRegistrations.status, "approved"), isNotNull(companies.published), isNull(companies.suspendedAt), isNull(companies.deletedAt))
    : undefined;
  return db
    .select({
      registrationId: eventRegistrations.id,
      companyId: companies.id,
      status: eventRegistrations.status,
      checkedInAt: eventRegistrations.checkedInAt,
      listingIds: eventRegistrations.listingIds,
      attendeeIds: eventRegistrations.attendeeIds,
      slug: companies.slug,
      legalName: companies.legalName,
      // Not the whole profile: 600 participants' profiles are most of what a catalogue request would read.
      description: sql<unknown>`${companies.published} -> 'description'`,
      country: companies.country,
      region: companies.region,
      sectors: companies.sectors,
      hsChapters: companies.hsChapters,
      verificationLevel: companies.verificationLevel,
      createdAt: eventRegistrations.createdAt,
    })
    .from(eventRegistrations)
    .innerJoin(companies, eq(companies.id, eventRegistrations.companyId))
    .where(and(eq(eventRegistrations.eventId, params.eventId), visible))
    .orderBy(asc(companies.legalName));
}

/** The members of a company who may attend, by name (never their e-mail: organisers see names only). */
export async function listCompanyPeople(db: Db, companyId: string): Promise<{ userId: string; name: string }[]> {
  return db
    .select({ userId: user.id, name: user.name })
    .from(member)
    .innerJoin(companies, eq(companies.organizationId, member.organizationId))
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(companies.id, companyId))
    .orderBy(asc(user.name));
}

/** Events the company is registered for, with the registration's status. */
export async function listRegistrationsOfCompanies(db: Db, companyIds: readonly string[]): Promise<EventRegistrationRow[]> {
  if (companyIds.length === 0) return [];
  return db.select().from(eventRegistrations).where(inArray(eventRegistrations.companyId, [...companyIds]));
}
