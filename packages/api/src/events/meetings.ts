/** The organiser's hand on meetings (move, cancel, no-show, check-in) and the participants' agendas and outcomes. */
import type { MeetingOutcomeInput } from "@karvon/data";
import {
  findCommonFreePlace,
  getEventById,
  getMeeting,
  getRegistrationById,
  listEventSlots,
  listMeetings,
  listOutcomesOfMeetings,
  meetingSides,
  moveMeeting,
  setCheckedIn,
  setMeetingStatus,
  upsertOutcome,
  type Db,
  type MeetingRow,
} from "@karvon/db";
import { TRPCError } from "@trpc/server";
import type { Session } from "../trpc";
import { eventNotFound, requireParticipant } from "./access";
import { isPlacementClash } from "./db-errors";
import { noticeMeetingChange } from "./notices";

function meetingNotFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
}

async function requireMeeting(db: Db, meetingId: string): Promise<MeetingRow> {
  const meeting = await getMeeting(db, meetingId);
  if (meeting === null) meetingNotFound();
  return meeting;
}

/**
 * Moves a meeting to another slot (and table: the one given, or the lowest free). Both companies must be available
 * and free then; the database holds that rule, a clash answers CONFLICT and nothing changes. A real change is told
 * to both companies.
 */
export async function moveMeetingTo(db: Db, params: { meetingId: string; slotId: string; tableNo?: number; now: Date; publicUrl: string }) {
  const meeting = await requireMeeting(db, params.meetingId);
  const event = await getEventById(db, meeting.eventId);
  if (event === null) eventNotFound();
  if (!(await listEventSlots(db, event.id)).some((slot) => slot.id === params.slotId)) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "errors.event.slotNotInEvent" });
  }
  if (meeting.status !== "scheduled") throw new TRPCError({ code: "CONFLICT", message: "errors.event.meetingNotLive" });
  const tableCount = event.tableCount;
  let tableNo = params.tableNo;
  if (tableNo !== undefined && tableNo > tableCount) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.event.tableCount" });
  const sides = await meetingSides(db, meeting.id);
  if (sides === null) meetingNotFound();
  if (tableNo === undefined) {
    // Looks for a table as if the meeting were not there (it leaves its own slot).
    const place = await findCommonFreePlace(db, { eventId: event.id, a: sides.from, b: sides.to, after: new Date(0), tableCount, slotId: params.slotId });
    tableNo = place?.tableNo ?? (meeting.slotId === params.slotId ? meeting.tableNo : undefined);
    if (tableNo === undefined) throw new TRPCError({ code: "CONFLICT", message: "errors.event.slotTaken" });
  }
  try {
    const moved = await db.transaction(async (tx) => {
      const row = await moveMeeting(tx, { meetingId: meeting.id, slotId: params.slotId, tableNo, at: params.now });
      if (row !== null && (row.slotId !== meeting.slotId || row.tableNo !== meeting.tableNo)) {
        await noticeMeetingChange(tx, { event, meeting: row, registrationId: sides.from, change: "moved", publicUrl: params.publicUrl });
      }
      return row;
    });
    if (moved === null) throw new TRPCError({ code: "CONFLICT", message: "errors.event.meetingNotLive" });
    return moved;
  } catch (error) {
    if (isPlacementClash(error)) throw new TRPCError({ code: "CONFLICT", message: "errors.event.slotTaken" });
    throw error;
  }
}

/** Cancels a meeting (both companies are told) or marks it missed (nobody is: they were there, or not). */
export async function setMeetingState(db: Db, params: { meetingId: string; status: "cancelled" | "no-show"; now: Date; publicUrl: string }) {
  const meeting = await requireMeeting(db, params.meetingId);
  if (meeting.status === "cancelled") throw new TRPCError({ code: "CONFLICT", message: "errors.event.meetingNotLive" });
  const [event, sides] = await Promise.all([getEventById(db, meeting.eventId), meetingSides(db, meeting.id)]);
  if (event === null || sides === null) meetingNotFound();
  return db.transaction(async (tx) => {
    const row = await setMeetingStatus(tx, { meetingId: meeting.id, status: params.status, at: params.now });
    if (row === null) meetingNotFound();
    if (params.status === "cancelled") await noticeMeetingChange(tx, { event, meeting: row, registrationId: sides.from, change: "cancelled", publicUrl: params.publicUrl });
    return row;
  });
}

export async function checkIn(db: Db, params: { registrationId: string; checkedIn: boolean; now: Date }) {
  const registration = await getRegistrationById(db, params.registrationId);
  if (registration === null) meetingNotFound();
  return setCheckedIn(db, { registrationId: registration.id, at: params.checkedIn ? params.now : null });
}

/** One side's report; only for a live meeting that has started, by a member of one of its two companies. */
export async function reportOutcome(db: Db, params: { session: Session; input: MeetingOutcomeInput; now: Date }) {
  const { input, now, session } = params;
  const meeting = await requireMeeting(db, input.meetingId);
  const { registration } = await requireParticipant(db, session, { eventId: meeting.eventId, companyId: input.companyId, now });
  const sides = await meetingSides(db, meeting.id);
  if (sides === null || (sides.from !== registration.id && sides.to !== registration.id)) meetingNotFound();
  if (meeting.status !== "scheduled") throw new TRPCError({ code: "CONFLICT", message: "errors.event.meetingNotLive" });
  const [own] = (await listMeetings(db, { eventId: meeting.eventId, registrationId: registration.id })).filter((row) => row.meeting.id === meeting.id);
  // Once the meeting's slot has begun, or once the company is checked in at the venue (it may meet early).
  if (own === undefined || (own.slot.startsAt > now && registration.checkedInAt === null)) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "errors.event.outcomeTooEarly" });
  }
  await upsertOutcome(db, {
    meetingId: meeting.id,
    registrationId: registration.id,
    outcome: input.outcome,
    valueUsd: input.outcome === "contract" ? (input.valueUsd ?? null) : null,
    hsChapters: input.hsChapters,
    reportedBy: session.user.id,
    at: now,
  });
  return { ok: true as const };
}

/** Meetings with both companies' names and each side's reported outcome. */
export async function meetingsWithOutcomes(db: Db, params: { eventId: string; registrationId?: string }) {
  const rows = await listMeetings(db, params);
  const outcomes = await listOutcomesOfMeetings(db, rows.map((row) => row.meeting.id));
  return rows.map((row) => ({
    ...row,
    outcomes: outcomes
      .filter((outcome) => outcome.meetingId === row.meeting.id)
      .map((outcome) => ({ registrationId: outcome.registrationId, outcome: outcome.outcome, valueUsd: outcome.valueUsd, hsChapters: outcome.hsChapters })),
  }));
}
