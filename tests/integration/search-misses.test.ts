/**
 * Searches with no results (#7 analytics): the search page reports a miss through `search.recordMiss`; the server
 * runs the search again, logs only real misses with text, once per text/kind/country per 10 minutes, at most
 * 30 per client address an hour, and never who searched. The admin analytics lists the terms.
 */
import { randomUUID } from "node:crypto";
import type { Session } from "@karvon/api";
import { schema } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { createUser, seedCompany } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";


/** A client address of its own for each test (the per-address limit lives in the process's memory). */
const freshIp = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

describe.each(testDatabases())("searches with no results on $name", (database) => {
  const handle = useTestDatabase(database);
  let admin: Session;

  beforeAll(async () => {
    admin = await createUser(handle.db, "admin-misses", { role: "admin" });
    await seedCompany(handle.db, { legalName: "Samarqand Apricot Export", country: "UZ", description: { en: "Dried apricots from Samarkand." } });
  });

  it("logs a real miss once per window, folded, with no personal data", async () => {
    const clock = fakeClock();
    const ip = freshIp();
    const visitor = callerFor({ db: handle.db, session: null, clock, ip });
    expect(await visitor.search.recordMiss({ q: "Pistachio Kernels" })).toEqual({ recorded: true });
    // The same text again (another spelling of the same folded text) within 10 minutes: not logged twice.
    clock.advanceMinutes(5);
    expect(await visitor.search.recordMiss({ q: "PISTACHIO kernels" })).toEqual({ recorded: false });
    clock.advanceMinutes(6);
    expect(await visitor.search.recordMiss({ q: "pistachio kernels" })).toEqual({ recorded: true });

    const rows = await handle.db.select().from(schema.searchLog);
    const misses = rows.filter((row) => row.query.includes("pistachio"));
    expect(misses).toHaveLength(2);
    for (const row of misses) {
      expect(row.resultCount).toBe(0);
      expect(Object.keys(row).sort()).toEqual(["at", "country", "id", "kind", "query", "resultCount"]);
      expect(JSON.stringify(row)).not.toContain(ip);
    }
  });

  it("does not log a search that has results, or one without text", async () => {
    const visitor = callerFor({ db: handle.db, session: null, ip: freshIp() });
    expect(await visitor.search.recordMiss({ q: "apricots" })).toEqual({ recorded: false });
    expect(await visitor.search.recordMiss({ q: "" })).toEqual({ recorded: false });
    const rows = await handle.db.select().from(schema.searchLog);
    expect(rows.filter((row) => row.query.includes("apricot"))).toEqual([]);
  });

  it("keeps one client address to 30 reported misses an hour", async () => {
    const clock = fakeClock();
    const visitor = callerFor({ db: handle.db, session: null, clock, ip: freshIp() });
    const answers: boolean[] = [];
    for (let index = 0; index < 32; index += 1) answers.push((await visitor.search.recordMiss({ q: `flood term ${index} zyx` })).recorded);
    expect(answers.filter(Boolean)).toHaveLength(30);
    expect(answers.slice(30)).toEqual([false, false]);
    // Another client is not affected.
    expect(await callerFor({ db: handle.db, session: null, clock, ip: freshIp() }).search.recordMiss({ q: "flood term 99 zyx" })).toEqual({ recorded: true });
  });

  it("counts a client under its own address whatever X-Forwarded-For it sends", async () => {
    const clock = fakeClock();
    const peer = freshIp();
    const answers: boolean[] = [];
    for (let index = 0; index < 31; index += 1) {
      const visitor = callerFor({ db: handle.db, session: null, clock, ip: peer, headers: { "x-forwarded-for": `203.0.113.${index + 1}` } });
      answers.push((await visitor.search.recordMiss({ q: `forged term ${index} zyx` })).recorded);
    }
    expect(answers.filter(Boolean)).toHaveLength(30);
    expect(answers[30]).toBe(false);
  });

  it("shows the missed terms to admins, most frequent first", async () => {
    const clock = fakeClock(new Date("2026-11-20T10:30:00Z"));
    const overview = await callerFor({ db: handle.db, session: admin, clock }).moderation.analytics.overview({});
    expect(overview.noResults[0]).toEqual({ key: "pistachio kernels", total: 2 });
  });
});
