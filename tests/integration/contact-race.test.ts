import { randomUUID } from "node:crypto";
import { schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { seedCompanyWithPeople, seedListing } from "../support/factories";
import { mailsTo } from "../support/mail";
import { testDatabases, useTestDatabase } from "../support/databases";

const message = "We would like to buy 40 tonnes of cotton yarn every month.";

// Real concurrency needs real connections, which the PostgreSQL server gives. PGlite has one connection and queues
// the calls: the outcome must be the same there, and the file also runs where no PostgreSQL server is installed.
describe.each(testDatabases())("contact.send under concurrency on $name", (database) => {
  const handle = useTestDatabase(database);
  const clock = fakeClock(new Date("2026-03-02T09:00:00Z"));

  it("turns 20 parallel identical submissions into one request, and all 20 get its id", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Parallel Sender" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Parallel Recipient" });
    const listingId = await seedListing(handle.db, { companyId: b.id });
    const person = a.people[0];
    if (person === undefined) throw new Error("sender without people");
    const input = { targetListingId: listingId, purpose: "buy" as const, message, idempotencyKey: randomUUID() };

    const results = await Promise.all(
      Array.from({ length: 20 }, () => callerFor({ db: handle.db, session: person.session, clock }).contact.send(input)),
    );
    const ids = new Set(results.map((result) => result.id));
    expect(ids.size).toBe(1);
    const rows = await handle.db.select().from(schema.contactRequests).where(eq(schema.contactRequests.senderCompanyId, a.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toBe(results[0]?.id);
    expect(await mailsTo(handle.db, b.people[0]?.email ?? "", "contact.request-received")).toHaveLength(1);
  });

  it("never lets parallel submissions with different keys pass the daily limit", async () => {
    const a = await seedCompanyWithPeople(handle.db, { name: "Eager Sender" });
    const b = await seedCompanyWithPeople(handle.db, { name: "Popular Recipient" });
    const listingIds: string[] = [];
    for (let i = 0; i < 25; i++) listingIds.push(await seedListing(handle.db, { companyId: b.id }));
    const person = a.people[0];
    if (person === undefined) throw new Error("sender without people");
    const outcomes = await Promise.allSettled(
      listingIds.map((targetListingId) =>
        callerFor({ db: handle.db, session: person.session, clock }).contact.send({ targetListingId, purpose: "buy", message, idempotencyKey: randomUUID() }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(20);
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused).toHaveLength(5);
    for (const outcome of refused) expect(String(outcome.reason)).toContain("errors.contact.dailyLimit");
  });
});
