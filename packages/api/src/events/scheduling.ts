/**
 * Placing an accepted meeting: the earliest slot both companies have available and free, with a free table. The
 * database refuses a double booking (unique table per slot, unique company per slot, slot within availability),
 * so two acceptances racing for the same place cannot both win: the loser's statement (which finds the place and
 * writes the meeting in one) fails inside a savepoint, and it looks again with what the winner committed.
 */
import { findCommonFreePlace, placeMeeting, type Db, type EventRow, type MeetingRequestRow, type MeetingRow } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { isPlacementClash } from "./db-errors";

const maxAttempts = 50;

/** Places the meeting, or answers null when no common free slot is left. */
export async function scheduleMeeting(
  db: Db,
  params: { event: EventRow; request: MeetingRequestRow; now: Date },
): Promise<MeetingRow | null> {
  const { event, request, now } = params;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    try {
      return await db.transaction((savepoint) =>
        placeMeeting(savepoint, {
          eventId: event.id,
          requestId: request.id,
          a: request.fromRegistrationId,
          b: request.toRegistrationId,
          // Only slots still ahead: nobody is scheduled into the past.
          after: now,
          tableCount: event.tableCount,
          at: now,
        }),
      );
    } catch (error) {
      if (!isPlacementClash(error)) throw error;
    }
  }
  throw new TRPCError({ code: "CONFLICT", message: "errors.event.slotTaken" });
}

/** Whether the two registrations still have a common free slot (asked before a request is sent). */
export async function haveCommonFreeSlot(db: Db, params: { event: EventRow; a: string; b: string; now: Date }): Promise<boolean> {
  const place = await findCommonFreePlace(db, {
    eventId: params.event.id,
    a: params.a,
    b: params.b,
    after: params.now,
    tableCount: params.event.tableCount,
  });
  return place !== null;
}
