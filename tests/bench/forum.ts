/**
 * A forum of B2B meetings in the benchmark's database: an event with its slots and tables, published companies of
 * the dataset registered and available in three quarters of the slots, and meeting requests between them, written
 * in bulk (not measured). The bench user's planted companies take part, so the catalogue and the agenda can be
 * asked over HTTP as one of their members.
 */
import { schema, type Db, type EventRow } from "@karvon/db";
import { sql } from "drizzle-orm";
import { queryRows } from "./query-rows";
import { createRandom } from "./random";

export type ForumShape = { companies: number; days: number; slotsPerDay: number; tables: number; requests: number; batch: number };

/** The forum the requirement names: 600 companies, two days of 24 slots at 80 tables, 3,000 requests. */
export const fullForum: ForumShape = { companies: 600, days: 2, slotsPerDay: 24, tables: 80, requests: 3000, batch: 300 };

/**
 * The forum of `npm test`'s short run: the same event and participants with the first 300 requests, one batch timed
 * as in the full run, in a tenth of its time.
 */
export const shortForum: ForumShape = { ...fullForum, requests: 300 };

export type Forum = {
  event: EventRow;
  /** The requests to accept, in the order they are accepted. */
  requestIds: string[];
  /** The bench user's companies taking part: the catalogue and the agenda are asked as their member. */
  hostCompanyIds: string[];
};

const slug = "bench-forum";
const firstDay = "2030-05-21";
/** 09:00, and half-hour meetings from then on. */
const dayStartMinutes = 540;
/** Every request is accepted at this instant, before the first slot: all slots are still ahead. */
export const acceptedAt = new Date("2030-05-01T00:00:00Z");

/** Forum days are wall-clock time in Tashkent, UTC+5 all year. */
function tashkent(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (minutes - 300) * 60_000);
}

/** "HH:MM" of minutes since midnight. */
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function dayAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) await insert(rows.slice(start, start + 2000));
}

/** Removes the forum a previous run left (the PGlite dataset is kept between runs). */
async function dropForum(db: Db): Promise<void> {
  // Meetings first: a slot cannot be deleted while a meeting holds it (`restrict`), whatever order the cascades take.
  await db.execute(sql`delete from event_meetings where event_id in (select id from events where slug = ${slug})`);
  await db.execute(sql`delete from events where slug = ${slug}`);
}

/** Writes the forum anew; `hostCompanyIds` (the bench user's companies) are among its participants. */
export async function seedForum(db: Db, shape: ForumShape, hostCompanyIds: readonly string[], seed: number): Promise<Forum> {
  await dropForum(db);
  const [event] = await db
    .insert(schema.events)
    .values({
      slug,
      name: { en: "Bench forum" },
      description: { en: "The benchmark's forum of B2B meetings." },
      ...{ city: "Tashkent", venue: "Expo", timeZone: "Asia/Tashkent" },
      ...{ startDate: firstDay, endDate: dayAfter(firstDay, shape.days - 1) },
      ...{ dayStart: clock(dayStartMinutes), dayEnd: clock(dayStartMinutes + shape.slotsPerDay * 30), meetingMinutes: 30 },
      ...{ tableCount: shape.tables, requestLimit: 20 },
      ...{ registrationOpensAt: new Date("2030-01-01T00:00:00Z"), registrationClosesAt: acceptedAt },
      publishedAt: new Date("2026-01-01T00:00:00Z"),
    })
    .returning();
  if (event === undefined) throw new Error("the bench forum was not written");

  const slotValues = Array.from({ length: shape.days }, (_, day) => dayAfter(firstDay, day)).flatMap((date) =>
    Array.from({ length: shape.slotsPerDay }, (_, index) => ({ eventId: event.id, startsAt: tashkent(date, dayStartMinutes + index * 30), endsAt: tashkent(date, dayStartMinutes + 30 + index * 30) })),
  );
  const slots = await db.insert(schema.eventSlots).values(slotValues).returning({ id: schema.eventSlots.id });

  const published = await queryRows<{ id: string }>(
    db,
    sql`select id from companies where published is not null and suspended_at is null and deleted_at is null order by id limit ${shape.companies}`,
  );
  const companyIds = [...new Set([...hostCompanyIds, ...published.map((row) => row.id)])].slice(0, shape.companies);
  if (companyIds.length < shape.companies) throw new Error(`the dataset has ${companyIds.length} published companies, the forum needs ${shape.companies}`);
  const registrations = await db
    .insert(schema.eventRegistrations)
    .values(companyIds.map((companyId) => ({ eventId: event.id, companyId, status: "approved" as const, decidedAt: acceptedAt })))
    .returning({ id: schema.eventRegistrations.id, companyId: schema.eventRegistrations.companyId });
  const registrationOf = new Map(registrations.map((row) => [row.companyId, row.id]));
  const registrationIds = companyIds.map((companyId) => registrationOf.get(companyId) ?? "");

  // Each company is busy in a quarter of the slots, a different quarter for its neighbours.
  const availability = registrationIds.flatMap((registrationId, index) =>
    slots.filter((_, slotIndex) => (slotIndex + index) % 4 !== 0).map((slot) => ({ registrationId, slotId: slot.id })),
  );
  await insertInChunks(availability, (chunk) => db.insert(schema.eventAvailability).values(chunk));

  // Requests between random pairs, one per pair (either direction), at most the event's limit sent by each.
  const random = createRandom(seed);
  const pairs = new Set<string>();
  const sent = new Map<string, number>();
  const requests: { eventId: string; fromRegistrationId: string; toRegistrationId: string; message: string; createdAt: Date }[] = [];
  while (requests.length < shape.requests) {
    const from = random.pick(registrationIds);
    const to = random.pick(registrationIds);
    const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
    if (from === to || pairs.has(pair) || (sent.get(from) ?? 0) >= event.requestLimit) continue;
    pairs.add(pair);
    sent.set(from, (sent.get(from) ?? 0) + 1);
    requests.push({ eventId: event.id, fromRegistrationId: from, toRegistrationId: to, message: "Let us meet.", createdAt: acceptedAt });
  }
  const requestIds: string[] = [];
  await insertInChunks(requests, async (chunk) => {
    const rows = await db.insert(schema.eventMeetingRequests).values(chunk).returning({ id: schema.eventMeetingRequests.id });
    requestIds.push(...rows.map((row) => row.id));
  });
  return { event, requestIds, hostCompanyIds: companyIds.filter((companyId) => hostCompanyIds.includes(companyId)) };
}
