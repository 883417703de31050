/** The day-before reminder of an event's meetings: which registrations are due, claimed once across processes. */
import { and, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { eventMeetingParticipants, eventMeetings, eventRegistrations, events, eventSlots } from "../schema";
import type { EventRegistrationRow } from "./events";

/**
 * Marks as reminded, and returns, the approved registrations that have at least one scheduled meeting at a
 * published event whose first slot starts within `within` milliseconds after `now` (and not before it). The
 * conditional UPDATE claims each registration once: a second run, here or in another process, finds none.
 */
export async function claimEventReminders(db: Db, params: { now: Date; within: number }): Promise<EventRegistrationRow[]> {
  const until = new Date(params.now.getTime() + params.within);
  const firstSlot = db
    .select({ eventId: eventSlots.eventId })
    .from(eventSlots)
    .groupBy(eventSlots.eventId)
    .having(sql`min(${eventSlots.startsAt}) > ${params.now.toISOString()}::timestamptz and min(${eventSlots.startsAt}) <= ${until.toISOString()}::timestamptz`);
  const published = db.select({ id: events.id }).from(events).where(and(isNotNull(events.publishedAt), lte(events.publishedAt, params.now)));
  const withMeetings = db
    .select({ registrationId: eventMeetingParticipants.registrationId })
    .from(eventMeetingParticipants)
    .innerJoin(eventMeetings, eq(eventMeetings.id, eventMeetingParticipants.meetingId))
    .where(eq(eventMeetings.status, "scheduled"));
  return db
    .update(eventRegistrations)
    .set({ remindedAt: params.now })
    .where(
      and(
        isNull(eventRegistrations.remindedAt),
        eq(eventRegistrations.status, "approved"),
        inArray(eventRegistrations.eventId, firstSlot),
        inArray(eventRegistrations.eventId, published),
        inArray(eventRegistrations.id, withMeetings),
      ),
    )
    .returning();
}
