/**
 * Event scheduling at forum scale: 600 companies, two days of 24 slots, 80 tables, 3,000 meeting requests. Prints
 * how long it takes to schedule accepted requests (each as the accept procedure does: its own transaction, the
 * earliest common free slot, a free table, the database's uniqueness as the arbiter).
 *
 *   npx tsx tests/bench/events-scheduling.ts [--database-url postgres://…]   (PGlite in memory by default)
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { scheduleMeeting } from "@karvon/api";
import { createDb, insertMeetingRequest, schema, type Db } from "@karvon/db";
import { eq } from "drizzle-orm";

const companies = 600;
const requests = 3_000;
const batch = 300;

function zoned(date: string, minutes: number): Date {
  // Asia/Tashkent is UTC+5 all year.
  return new Date(Date.parse(`${date}T00:00:00Z`) + (minutes - 300) * 60_000);
}

async function seed(db: Db) {
  const [event] = await db
    .insert(schema.events)
    .values({
      slug: `bench-${randomUUID().slice(0, 8)}`,
      name: { en: "Bench forum" },
      description: { en: "Bench." },
      city: "Tashkent",
      venue: "Expo",
      timeZone: "Asia/Tashkent",
      startDate: "2030-05-21",
      endDate: "2030-05-22",
      dayStart: "09:00",
      dayEnd: "21:00",
      meetingMinutes: 30,
      tableCount: 80,
      registrationOpensAt: new Date("2030-01-01T00:00:00Z"),
      registrationClosesAt: new Date("2030-05-01T00:00:00Z"),
      publishedAt: new Date("2030-01-01T00:00:00Z"),
    })
    .returning();
  if (event === undefined) throw new Error("no event");
  const slotValues = ["2030-05-21", "2030-05-22"].flatMap((date) =>
    Array.from({ length: 24 }, (_, index) => ({ eventId: event.id, startsAt: zoned(date, 540 + index * 30), endsAt: zoned(date, 570 + index * 30) })),
  );
  const slots = await db.insert(schema.eventSlots).values(slotValues).returning();
  const registrationIds: string[] = [];
  for (let index = 0; index < companies; index++) {
    const organizationId = randomUUID();
    await db.insert(schema.organization).values({ id: organizationId, name: `Bench ${index}`, slug: organizationId });
    const [company] = await db
      .insert(schema.companies)
      .values({ organizationId, slug: `bench-${organizationId}`, country: index % 2 === 0 ? "UZ" : "AZ", taxId: String(800_000_000 + index), legalName: `Bench ${index}` })
      .returning();
    const [registration] = await db
      .insert(schema.eventRegistrations)
      .values({ eventId: event.id, companyId: company?.id ?? "", status: "approved" })
      .returning();
    registrationIds.push(registration?.id ?? "");
    // Each company is busy in a quarter of the slots (a different quarter for neighbours).
    const available = slots.filter((_, slotIndex) => (slotIndex + index) % 4 !== 0);
    await db.insert(schema.eventAvailability).values(available.map((slot) => ({ registrationId: registration?.id ?? "", slotId: slot.id })));
  }
  const rows = [];
  for (let index = 0; rows.length < requests; index++) {
    const from = registrationIds[index % companies] ?? "";
    const to = registrationIds[(index * 7 + 1 + Math.floor(index / companies)) % companies] ?? "";
    if (from === to) continue;
    const row = await insertMeetingRequest(db, { eventId: event.id, fromRegistrationId: from, toRegistrationId: to, senderUserId: null, message: "Bench.", at: new Date() });
    if (row !== null) rows.push(row);
  }
  return { event, rows };
}

async function main() {
  const urlFlag = process.argv.indexOf("--database-url");
  const handle = await createDb(urlFlag > 0 ? { databaseUrl: process.argv[urlFlag + 1] } : { dataDir: "memory://" });
  const seedStart = performance.now();
  const { event, rows } = await seed(handle.db);
  console.log(`seeded ${companies} companies, 48 slots, 80 tables, ${rows.length} requests in ${Math.round(performance.now() - seedStart)} ms`);
  const now = new Date("2030-05-01T00:00:00Z");
  let scheduled = 0;
  let unschedulable = 0;
  const batches: number[] = [];
  for (let start = 0; start < rows.length; start += batch) {
    const began = performance.now();
    for (const request of rows.slice(start, start + batch)) {
      const meeting = await handle.db.transaction(async (tx) => {
        await tx.update(schema.eventMeetingRequests).set({ status: "accepted" }).where(eq(schema.eventMeetingRequests.id, request.id));
        return scheduleMeeting(tx, { event, request, now });
      });
      if (meeting === null) unschedulable += 1;
      else scheduled += 1;
    }
    batches.push(performance.now() - began);
  }
  const total = batches.reduce((sum, ms) => sum + ms, 0);
  console.log(`scheduled ${scheduled}, no common slot ${unschedulable}`);
  console.log(`batches of ${batch} accepted requests: ${batches.map((ms) => Math.round(ms)).join(", ")} ms (slowest ${Math.round(Math.max(...batches))} ms)`);
  console.log(`all ${rows.length}: ${Math.round(total)} ms, ${(total / rows.length).toFixed(2)} ms per request`);
  await handle.close();
}

await main();
