/**
 * Scheduling the forum's requests as they are accepted, in batches, with the product's own code: each request in
 * its own transaction, moved to "accepted" and placed by `scheduleMeeting` (the earliest common free slot, the
 * lowest free table, the database's uniqueness as the arbiter) as `events.accept` does, less its notices; then a
 * check of every placement against the rules, from the requests rather than the participant rows that enforce them.
 */
import { performance } from "node:perf_hooks";
import { scheduleMeeting } from "@karvon/api";
import { moveRequestStatus, type Db } from "@karvon/db";
import { sql } from "drizzle-orm";
import { acceptedAt, type Forum, type ForumShape } from "./forum";
import { createProgress } from "./progress";
import { queryRows } from "./query-rows";

export type SchedulingFigures = { batchMs: number[]; totalMs: number; scheduled: number; unschedulable: number };

export async function scheduleForum(db: Db, forum: Forum, shape: ForumShape, label: string): Promise<SchedulingFigures> {
  const figures: SchedulingFigures = { batchMs: [], totalMs: 0, scheduled: 0, unschedulable: 0 };
  const progress = createProgress(`${label} scheduling`, forum.requestIds.length);
  for (let start = 0; start < forum.requestIds.length; start += shape.batch) {
    const began = performance.now();
    for (const requestId of forum.requestIds.slice(start, start + shape.batch)) {
      const placed = await db.transaction(async (tx) => {
        const accepted = await moveRequestStatus(tx, { requestId, from: "pending", to: "accepted", at: acceptedAt });
        if (accepted === null) throw new Error(`request ${requestId} was not pending`);
        const meeting = await scheduleMeeting(tx, { event: forum.event, request: accepted, now: acceptedAt });
        if (meeting === null) await moveRequestStatus(tx, { requestId, from: "accepted", to: "unschedulable", at: acceptedAt });
        return meeting !== null;
      });
      if (placed) figures.scheduled += 1;
      else figures.unschedulable += 1;
    }
    figures.batchMs.push(performance.now() - began);
    progress.update(Math.min(start + shape.batch, forum.requestIds.length));
  }
  progress.done();
  figures.totalMs = figures.batchMs.reduce((sum, ms) => sum + ms, 0);
  return figures;
}

/** Live meetings of the forum and how many break a rule (0 when nothing is double-booked). */
export type BookingCheck = { meetings: number; tableClashes: number; companyClashes: number; outsideAvailability: number; badTables: number };

export async function checkBookings(db: Db, forum: Forum): Promise<BookingCheck> {
  const eventId = forum.event.id;
  const [row] = await queryRows<{ meetings: number; table_clashes: number; company_clashes: number; outside: number; bad_tables: number }>(
    db,
    sql`
      with live as (
        select m.id, m.slot_id, m.table_no, r.from_registration_id, r.to_registration_id
        from event_meetings m join event_meeting_requests r on r.id = m.request_id
        where m.event_id = ${eventId} and m.status <> 'cancelled'
      ),
      sides as (
        select slot_id, from_registration_id as registration_id from live
        union all select slot_id, to_registration_id from live
      )
      select
        (select count(*) from live)::int as meetings,
        (select count(*) from (select 1 from live group by slot_id, table_no having count(*) > 1) t)::int as table_clashes,
        (select count(*) from (select 1 from sides group by slot_id, registration_id having count(*) > 1) t)::int as company_clashes,
        (select count(*) from sides s where not exists (
          select 1 from event_availability a where a.registration_id = s.registration_id and a.slot_id = s.slot_id))::int as outside,
        (select count(*) from live where table_no not between 1 and ${forum.event.tableCount})::int as bad_tables`,
  );
  if (row === undefined) throw new Error("the booking check answered nothing");
  return {
    meetings: Number(row.meetings),
    tableClashes: Number(row.table_clashes),
    companyClashes: Number(row.company_clashes),
    outsideAvailability: Number(row.outside),
    badTables: Number(row.bad_tables),
  };
}

export function doubleBooked(check: BookingCheck): number {
  return check.tableClashes + check.companyClashes + check.outsideAvailability + check.badTables;
}
