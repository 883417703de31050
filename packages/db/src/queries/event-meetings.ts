/**
 * Meeting requests, meetings and their outcomes at an event. Double bookings are refused by the database
 * (see schema/events.ts); these queries find a free place and write it, and the caller retries on a conflict.
 */
import type { MeetingOutcome, MeetingRequestStatus } from "@karvon/data";
import { aliasedTable, and, asc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import {
  companies,
  eventMeetingOutcomes,
  eventMeetingParticipants,
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  eventSlots,
} from "../schema";
import { executeRows } from "./execute-rows";

export type MeetingRequestRow = typeof eventMeetingRequests.$inferSelect;
export type MeetingRow = typeof eventMeetings.$inferSelect;

export async function countRequestsFrom(db: Db, registrationId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(eventMeetingRequests)
    .where(and(eq(eventMeetingRequests.fromRegistrationId, registrationId), ne(eventMeetingRequests.status, "withdrawn")));
  return row?.count ?? 0;
}

/** Null when an open request or a meeting between the two already exists (either direction). */
export async function insertMeetingRequest(
  db: Db,
  values: { eventId: string; fromRegistrationId: string; toRegistrationId: string; senderUserId: string | null; message: string; at: Date },
): Promise<MeetingRequestRow | null> {
  const [existing] = await db
    .select({ id: eventMeetingRequests.id })
    .from(eventMeetingRequests)
    .where(
      and(
        inArray(eventMeetingRequests.status, ["pending", "accepted"]),
        or(
          and(eq(eventMeetingRequests.fromRegistrationId, values.fromRegistrationId), eq(eventMeetingRequests.toRegistrationId, values.toRegistrationId)),
          and(eq(eventMeetingRequests.fromRegistrationId, values.toRegistrationId), eq(eventMeetingRequests.toRegistrationId, values.fromRegistrationId)),
        ),
      ),
    )
    .limit(1);
  if (existing !== undefined) return null;
  const [row] = await db
    .insert(eventMeetingRequests)
    .values({ ...values, createdAt: values.at })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function getMeetingRequest(db: Db, requestId: string): Promise<MeetingRequestRow | null> {
  const [row] = await db.select().from(eventMeetingRequests).where(eq(eventMeetingRequests.id, requestId)).limit(1);
  return row ?? null;
}

/** Compare-and-set of a request's status: null when it was no longer `from` (someone answered first). */
export async function moveRequestStatus(
  db: Db,
  params: { requestId: string; from: MeetingRequestStatus; to: MeetingRequestStatus; at: Date },
): Promise<MeetingRequestRow | null> {
  const [row] = await db
    .update(eventMeetingRequests)
    .set({ status: params.to, respondedAt: params.at })
    .where(and(eq(eventMeetingRequests.id, params.requestId), eq(eventMeetingRequests.status, params.from)))
    .returning();
  return row ?? null;
}

export type FreePlace = { slotId: string; tableNo: number };
export type FreePlaceParams = { eventId: string; a: string; b: string; after: Date; tableCount: number; slotId?: string };

/**
 * The earliest slot from `after` on that both registrations have in their availability, in which neither has a
 * meeting and a table is free, with the lowest free table number: one row (slot_id, table_no) or none. Slots are
 * read in time order and the first with a free table ends the search, so a full slot costs one look at its tables.
 */
function freePlaceQuery(params: FreePlaceParams): SQL {
  const onlySlot = params.slotId === undefined ? sql`` : sql`and s.id = ${params.slotId}::uuid`;
  return sql`
      select s.id as slot_id, free.table_no
      from event_slots s
      join event_availability av_a on av_a.slot_id = s.id and av_a.registration_id = ${params.a}::uuid
      join event_availability av_b on av_b.slot_id = s.id and av_b.registration_id = ${params.b}::uuid
      cross join lateral (
        select t.n as table_no from generate_series(1, ${params.tableCount}::int) as t(n)
        where not exists (
          select 1 from event_meetings m where m.slot_id = s.id and m.table_no = t.n and m.status <> 'cancelled'
        )
        order by t.n
        limit 1
      ) as free
      where s.event_id = ${params.eventId}::uuid and s.starts_at >= ${params.after.toISOString()}::timestamptz ${onlySlot}
        and not exists (
          select 1 from event_meeting_participants p where p.slot_id = s.id and p.registration_id in (${params.a}::uuid, ${params.b}::uuid)
        )
      order by s.starts_at
      limit 1`;
}

/** The earliest common free place of two registrations (see freePlaceQuery); null when there is none. */
export async function findCommonFreePlace(db: Db, params: FreePlaceParams): Promise<FreePlace | null> {
  const [row] = await executeRows<{ slot_id: string; table_no: number }>(db, freePlaceQuery(params));
  return row === undefined ? null : { slotId: row.slot_id, tableNo: Number(row.table_no) };
}

type MeetingRecord = {
  id: string;
  event_id: string;
  request_id: string;
  slot_id: string;
  table_no: number;
  status: MeetingRow["status"];
  created_at: Date | string;
  updated_at: Date | string;
};

/**
 * Writes a meeting between `a` and `b` and its two participant rows at their earliest common free place, found
 * and taken in one statement (an accepted request schedules at the cost of one round trip); null when there is
 * no place. Throws the database's unique or foreign-key error when a concurrent transaction took the place first:
 * the caller runs it in a savepoint and tries again.
 */
export async function placeMeeting(db: Db, params: FreePlaceParams & { requestId: string; at: Date }): Promise<MeetingRow | null> {
  const at = params.at.toISOString();
  const [row] = await executeRows<MeetingRecord>(
    db,
    sql`
      with place as (${freePlaceQuery(params)}),
      meeting as (
        insert into event_meetings (event_id, request_id, slot_id, table_no, created_at, updated_at)
        select ${params.eventId}::uuid, ${params.requestId}::uuid, place.slot_id, place.table_no, ${at}::timestamptz, ${at}::timestamptz
        from place
        returning id, event_id, request_id, slot_id, table_no, status, created_at, updated_at
      ),
      sides as (
        insert into event_meeting_participants (meeting_id, slot_id, registration_id)
        select meeting.id, meeting.slot_id, side.registration_id
        from meeting cross join (values (${params.a}::uuid), (${params.b}::uuid)) as side(registration_id)
      )
      select * from meeting`,
  );
  if (row === undefined) return null;
  return {
    id: row.id,
    eventId: row.event_id,
    requestId: row.request_id,
    slotId: row.slot_id,
    tableNo: Number(row.table_no),
    status: row.status,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

export async function getMeeting(db: Db, meetingId: string): Promise<MeetingRow | null> {
  const [row] = await db.select().from(eventMeetings).where(eq(eventMeetings.id, meetingId)).limit(1);
  return row ?? null;
}

/** The two registrations of a meeting (from its request: they stay known after a cancellation). */
export async function meetingSides(db: Db, meetingId: string): Promise<{ from: string; to: string } | null> {
  const [row] = await db
    .select({ from: eventMeetingRequests.fromRegistrationId, to: eventMeetingRequests.toRegistrationId })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .where(eq(eventMeetings.id, meetingId))
    .limit(1);
  return row ?? null;
}

/** Moves a live meeting; its participant rows follow through the cascading reference. */
export async function moveMeeting(db: Db, params: { meetingId: string; slotId: string; tableNo: number; at: Date }): Promise<MeetingRow | null> {
  const [row] = await db
    .update(eventMeetings)
    .set({ slotId: params.slotId, tableNo: params.tableNo, updatedAt: params.at })
    .where(and(eq(eventMeetings.id, params.meetingId), eq(eventMeetings.status, "scheduled")))
    .returning();
  return row ?? null;
}

/** Cancels a meeting (or marks it missed) and frees its table; cancelling also frees both companies' slot. */
export async function setMeetingStatus(
  db: Db,
  params: { meetingId: string; status: "cancelled" | "no-show" | "scheduled"; at: Date },
): Promise<MeetingRow | null> {
  const [row] = await db
    .update(eventMeetings)
    .set({ status: params.status, updatedAt: params.at })
    .where(eq(eventMeetings.id, params.meetingId))
    .returning();
  if (row !== undefined && params.status === "cancelled") {
    await db.delete(eventMeetingParticipants).where(eq(eventMeetingParticipants.meetingId, params.meetingId));
  }
  return row ?? null;
}

const fromRegistration = aliasedTable(eventRegistrations, "from_registration");
const toRegistration = aliasedTable(eventRegistrations, "to_registration");
const fromCompany = aliasedTable(companies, "from_company");
const toCompany = aliasedTable(companies, "to_company");

/** What a list of requests or meetings shows of each side's company. */
const companyFields = (company: typeof fromCompany) => ({
  id: company.id,
  slug: company.slug,
  legalName: company.legalName,
  published: company.published,
  country: company.country,
});

/** Requests a registration sent or received, newest first, with both companies. */
export async function listRequestsOfRegistration(db: Db, registrationId: string) {
  return db
    .select({ request: eventMeetingRequests, fromCompany: companyFields(fromCompany), toCompany: companyFields(toCompany) })
    .from(eventMeetingRequests)
    .innerJoin(fromRegistration, eq(fromRegistration.id, eventMeetingRequests.fromRegistrationId))
    .innerJoin(toRegistration, eq(toRegistration.id, eventMeetingRequests.toRegistrationId))
    .innerJoin(fromCompany, eq(fromCompany.id, fromRegistration.companyId))
    .innerJoin(toCompany, eq(toCompany.id, toRegistration.companyId))
    .where(or(eq(eventMeetingRequests.fromRegistrationId, registrationId), eq(eventMeetingRequests.toRegistrationId, registrationId)))
    .orderBy(sql`${eventMeetingRequests.createdAt} desc`);
}

/** Every meeting of an event (or of one registration), in time order, with its slot and both companies. */
export async function listMeetings(db: Db, params: { eventId: string; registrationId?: string }) {
  const ofRegistration =
    params.registrationId === undefined
      ? undefined
      : or(eq(eventMeetingRequests.fromRegistrationId, params.registrationId), eq(eventMeetingRequests.toRegistrationId, params.registrationId));
  return db
    .select({
      meeting: eventMeetings,
      slot: { startsAt: eventSlots.startsAt, endsAt: eventSlots.endsAt },
      fromRegistrationId: eventMeetingRequests.fromRegistrationId,
      toRegistrationId: eventMeetingRequests.toRegistrationId,
      fromCompany: companyFields(fromCompany),
      toCompany: companyFields(toCompany),
    })
    .from(eventMeetings)
    .innerJoin(eventSlots, eq(eventSlots.id, eventMeetings.slotId))
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .innerJoin(fromRegistration, eq(fromRegistration.id, eventMeetingRequests.fromRegistrationId))
    .innerJoin(toRegistration, eq(toRegistration.id, eventMeetingRequests.toRegistrationId))
    .innerJoin(fromCompany, eq(fromCompany.id, fromRegistration.companyId))
    .innerJoin(toCompany, eq(toCompany.id, toRegistration.companyId))
    .where(and(eq(eventMeetings.eventId, params.eventId), ofRegistration))
    .orderBy(asc(eventSlots.startsAt), asc(eventMeetings.tableNo));
}

export async function upsertOutcome(
  db: Db,
  values: { meetingId: string; registrationId: string; outcome: MeetingOutcome; valueUsd: number | null; hsChapters: string[]; reportedBy: string | null; at: Date },
): Promise<void> {
  const row = { ...values, reportedAt: values.at };
  await db
    .insert(eventMeetingOutcomes)
    .values(row)
    .onConflictDoUpdate({
      target: [eventMeetingOutcomes.meetingId, eventMeetingOutcomes.registrationId],
      set: { outcome: row.outcome, valueUsd: row.valueUsd, hsChapters: row.hsChapters, reportedBy: row.reportedBy, reportedAt: row.reportedAt },
    });
}

export async function listOutcomesOfMeetings(db: Db, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return db.select().from(eventMeetingOutcomes).where(inArray(eventMeetingOutcomes.meetingId, [...meetingIds]));
}

export type OutcomeTotals = { meetingsHeld: number; followUps: number; contracts: number; contractValueUsd: number };

/**
 * Reported outcomes per meeting (of one event, or of all): a meeting counts once, with the furthest outcome either
 * side reported (a contract over a follow-up over no fit); its value is the larger of the two declared values.
 */
export async function outcomeTotals(db: Db, eventId: string | null): Promise<OutcomeTotals> {
  const ofEvent = eventId === null ? sql`` : sql`and m.event_id = ${eventId}`;
  const rows = await executeRows<{ held: number; follow_ups: number; contracts: number; value: string | null }>(
    db,
    sql`
      with per_meeting as (
        select o.meeting_id,
          bool_or(o.outcome = 'contract') as contract,
          bool_or(o.outcome = 'follow-up') as follow_up,
          max(o.value_usd) filter (where o.outcome = 'contract') as value
        from event_meeting_outcomes o
        join event_meetings m on m.id = o.meeting_id
        where m.status = 'scheduled' ${ofEvent}
        group by o.meeting_id
      )
      select count(*)::int as held,
        count(*) filter (where follow_up and not contract)::int as follow_ups,
        count(*) filter (where contract)::int as contracts,
        coalesce(sum(value), 0)::text as value
      from per_meeting`,
  );
  const row = rows[0];
  return {
    meetingsHeld: Number(row?.held ?? 0),
    followUps: Number(row?.follow_ups ?? 0),
    contracts: Number(row?.contracts ?? 0),
    contractValueUsd: Number(row?.value ?? 0),
  };
}
