/** Staff create and edit events; the slots follow the day plan until the first meeting is scheduled. */
import type { EventInput } from "@karvon/data";
import {
  countEventMeetings,
  getEventById,
  insertEvent,
  isEventSlugTaken,
  listEventParticipants,
  listEventSlots,
  replaceEventSlots,
  setAvailability,
  updateEvent,
  type Db,
  type EventRow,
} from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { eventNotFound } from "./access";
import { buildSlots, type DayPlan } from "./slots";

function columnsOf(input: EventInput, now: Date) {
  const { published, ...rest } = input;
  return { ...rest, publishedAt: published ? now : null, updatedAt: now };
}

/**
 * The day plan as one comparable string. Breaks are compared by their times, not as objects: the database hands a
 * stored break back with its keys reordered (jsonb), and an unchanged plan must compare equal.
 */
function planOf(event: DayPlan): string {
  const { startDate, endDate, dayStart, dayEnd, meetingMinutes, breaks, timeZone } = event;
  return JSON.stringify([startDate, endDate, dayStart, dayEnd, meetingMinutes, breaks.map((entry) => [entry.start, entry.end]), timeZone]);
}

function slugTaken(): never {
  throw new TRPCError({ code: "CONFLICT", message: "errors.event.slugTaken" });
}

export async function createEvent(db: Db, params: { input: EventInput; userId: string | null; now: Date }): Promise<EventRow> {
  return db.transaction(async (tx) => {
    const event = await insertEvent(tx, { ...columnsOf(params.input, params.now), createdBy: params.userId, createdAt: params.now });
    if (event === null) slugTaken();
    await replaceEventSlots(tx, event.id, buildSlots(event));
    return event;
  });
}

/**
 * Edits an event. A change of the day plan rebuilds the slots, and every registration becomes available in all
 * of them again; once a meeting exists the plan is locked (its meetings' slots must stay).
 */
export async function editEvent(db: Db, params: { eventId: string; input: EventInput; now: Date }): Promise<EventRow> {
  return db.transaction(async (tx) => {
    const current = await getEventById(tx, params.eventId);
    if (current === null) eventNotFound();
    if (await isEventSlugTaken(tx, params.input.slug, current.id)) slugTaken();
    const columns = columnsOf(params.input, params.now);
    const planChanged = planOf(current) !== planOf(params.input);
    if (planChanged && (await countEventMeetings(tx, current.id)) > 0) {
      throw new TRPCError({ code: "CONFLICT", message: "errors.event.scheduleLocked" });
    }
    const event = await updateEvent(tx, current.id, {
      ...columns,
      // Publishing keeps the first publication time.
      publishedAt: columns.publishedAt === null ? null : (current.publishedAt ?? columns.publishedAt),
    });
    if (event === null) eventNotFound();
    if (planChanged) {
      await replaceEventSlots(tx, event.id, buildSlots(event));
      const slotIds = (await listEventSlots(tx, event.id)).map((slot) => slot.id);
      for (const participant of await listEventParticipants(tx, { eventId: event.id, publicOnly: false })) {
        await setAvailability(tx, participant.registrationId, slotIds);
      }
    }
    return event;
  });
}
