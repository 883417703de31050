/** Meeting requests between participants: send (within the event's limit), accept (and schedule), decline, withdraw. */
import type { MeetingRequestInput } from "@karvon/data";
import {
  countRequestsFrom,
  getCompanyById,
  getEventById,
  getMeetingRequest,
  getRegistration,
  getRegistrationById,
  insertMeetingRequest,
  lockRegistration,
  moveRequestStatus,
  type Db,
  type MeetingRequestRow,
  type MeetingRow,
} from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { ErrorParams, type Session } from "../trpc";
import { eventNotFound, refuse, requireMemberOf, requireParticipant } from "./access";
import { noticeMeetingChange, noticeMeetingRequest } from "./notices";
import { haveCommonFreeSlot, scheduleMeeting } from "./scheduling";

function requestNotFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
}

export async function sendMeetingRequest(
  db: Db,
  params: { session: Session; input: MeetingRequestInput; now: Date; publicUrl: string },
): Promise<MeetingRequestRow> {
  const { session, input, now } = params;
  const { event, registration, company } = await requireParticipant(db, session, { eventId: input.eventId, companyId: input.fromCompanyId, now, approved: true });
  if (input.toCompanyId === input.fromCompanyId) refuse("BAD_REQUEST", "errors.event.selfRequest");
  const target = await getRegistration(db, { eventId: event.id, companyId: input.toCompanyId });
  // Only approved participants are listed; anyone else is not there to ask.
  if (target === null || target.status !== "approved") requestNotFound();

  return db.transaction(async (tx) => {
    await lockRegistration(tx, registration.id);
    if ((await countRequestsFrom(tx, registration.id)) >= event.requestLimit) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: "errors.event.requestLimit",
        cause: new ErrorParams({ limit: String(event.requestLimit) }),
      });
    }
    // Told at once: a request that could never become a meeting is not sent.
    if (!(await haveCommonFreeSlot(tx, { event, a: registration.id, b: target.id, now }))) refuse("CONFLICT", "errors.event.noCommonSlot");
    const request = await insertMeetingRequest(tx, {
      eventId: event.id,
      fromRegistrationId: registration.id,
      toRegistrationId: target.id,
      senderUserId: session.user.id,
      message: input.message,
      at: now,
    });
    if (request === null) refuse("CONFLICT", "errors.event.duplicateRequest");
    await noticeMeetingRequest(tx, { event, request, answer: "asked", companyId: target.companyId, partner: company, publicUrl: params.publicUrl });
    return request;
  });
}

/** The request and the side of it the caller stands on (as a member of that side's company); else NOT_FOUND. */
async function requireRequestSide(db: Db, session: Session, requestId: string, side: "from" | "to") {
  const request = await getMeetingRequest(db, requestId);
  if (request === null) requestNotFound();
  const registration = await getRegistrationById(db, side === "from" ? request.fromRegistrationId : request.toRegistrationId);
  if (registration === null) requestNotFound();
  try {
    await requireMemberOf(db, session, registration.companyId);
  } catch {
    requestNotFound();
  }
  const event = await getEventById(db, request.eventId);
  if (event === null) eventNotFound();
  return { request, registration, event };
}

export type AcceptOutcome = { status: "scheduled"; meeting: MeetingRow } | { status: "unschedulable" };

/**
 * Accepts and schedules in one transaction. Only one answer wins (compare-and-set on the status). When no common
 * free slot is left the request becomes "unschedulable": the accepter is told now, the requester sees it so.
 */
export async function acceptMeetingRequest(
  db: Db,
  params: { session: Session; requestId: string; now: Date; publicUrl: string },
): Promise<AcceptOutcome> {
  const { event } = await requireRequestSide(db, params.session, params.requestId, "to");
  return db.transaction(async (tx) => {
    const accepted = await moveRequestStatus(tx, { requestId: params.requestId, from: "pending", to: "accepted", at: params.now });
    if (accepted === null) refuse("CONFLICT", "errors.event.requestNotPending");
    const meeting = await scheduleMeeting(tx, { event, request: accepted, now: params.now });
    if (meeting !== null) {
      await noticeMeetingChange(tx, { event, meeting, registrationId: accepted.fromRegistrationId, change: "scheduled", publicUrl: params.publicUrl });
      return { status: "scheduled", meeting };
    }
    await moveRequestStatus(tx, { requestId: accepted.id, from: "accepted", to: "unschedulable", at: params.now });
    return { status: "unschedulable" };
  });
}

/** Declines a pending request; the person who asked is told (in the same transaction). */
export async function declineMeetingRequest(db: Db, params: { session: Session; requestId: string; now: Date; publicUrl: string }) {
  const { event, registration } = await requireRequestSide(db, params.session, params.requestId, "to");
  return db.transaction(async (tx) => {
    const declined = await moveRequestStatus(tx, { requestId: params.requestId, from: "pending", to: "declined", at: params.now });
    if (declined === null) refuse("CONFLICT", "errors.event.requestNotPending");
    const [decliner, asker] = await Promise.all([getCompanyById(tx, registration.companyId), getRegistrationById(tx, declined.fromRegistrationId)]);
    if (decliner !== null && asker !== null) {
      await noticeMeetingRequest(tx, { event, request: declined, answer: "declined", companyId: asker.companyId, partner: decliner, publicUrl: params.publicUrl });
    }
    return declined;
  });
}

export async function withdrawMeetingRequest(db: Db, params: { session: Session; requestId: string; now: Date }) {
  await requireRequestSide(db, params.session, params.requestId, "from");
  const withdrawn = await moveRequestStatus(db, { requestId: params.requestId, from: "pending", to: "withdrawn", at: params.now });
  if (withdrawn === null) refuse("CONFLICT", "errors.event.requestNotPending");
  return withdrawn;
}
