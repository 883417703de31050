import { appRouter, createCallerFactory, createTRPCContext, seedDemoData } from "@karvon/api";
import { interregionalForums } from "@karvon/data";
import type { DbHandle } from "@karvon/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../support/databases";

const createCaller = createCallerFactory(appRouter);
const pglite = testDatabases()[0];

describe("demo events", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    if (pglite === undefined) throw new Error("no PGlite");
    handle = await pglite.open();
    await seedDemoData(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it("shows the second Interregional Forum on its real date with reported outcomes, and a coming day open for registration", async () => {
    const visitor = createCaller(createTRPCContext({ db: handle.db, session: null }));
    const events = await visitor.events.list();
    const forum = await visitor.events.bySlug({ slug: "second-interregional-forum-quba" });
    expect(forum.event.startDate).toBe(interregionalForums[1].period.from);
    expect(forum.event.city).toBe("Quba");
    expect(forum.participants.length).toBeGreaterThanOrEqual(10);
    expect(forum.outcomes.meetingsHeld).toBeGreaterThan(0);
    expect(forum.outcomes.contracts).toBeGreaterThan(0);
    const coming = events.find((event) => event.slug === "b2b-meetings-day-tashkent");
    const now = new Date();
    expect(coming !== undefined && coming.registrationOpensAt <= now && now < coming.registrationClosesAt).toBe(true);
    // The coming event is listed first.
    expect(events[0]?.slug).toBe("b2b-meetings-day-tashkent");
  });
});
