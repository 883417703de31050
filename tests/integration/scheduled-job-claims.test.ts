/**
 * Scheduled jobs run once per interval across all web processes: of many simultaneous claims of one run exactly
 * one succeeds (on PostgreSQL over separate connections, as separate processes would claim), the next claim
 * succeeds once the interval has (nearly) passed, and each job is claimed on its own.
 */
import { claimScheduledJob, finishScheduledJob, listScheduledJobs } from "@karvon/db";
import { describe, expect, it } from "vitest";
import { testDatabases } from "../support/databases";

const minute = 60_000;

describe.each(testDatabases())("scheduled job claims on $name", (database) => {
  it("lets one of many simultaneous claims run the job, then waits for the interval", async () => {
    const handle = await database.open();
    try {
      const t0 = new Date("2026-03-01T10:00:00Z");
      const claim = (at: Date, name = "listing expiry") => claimScheduledJob(handle.db, { name, at, intervalMs: 15 * minute });
      const first = await Promise.all(Array.from({ length: 12 }, () => claim(t0)));
      expect(first.filter(Boolean)).toHaveLength(1);
      // Another job is independent of the first.
      expect(await claim(t0, "saved search digest")).toBe(true);
      // Within the interval nobody runs it again; a tick that drifted a little early still does.
      expect(await claim(new Date(t0.getTime() + 5 * minute))).toBe(false);
      expect(await claim(new Date(t0.getTime() + 13 * minute))).toBe(false);
      const next = await Promise.all(Array.from({ length: 12 }, () => claim(new Date(t0.getTime() + 15 * minute - 200))));
      expect(next.filter(Boolean)).toHaveLength(1);

      await finishScheduledJob(handle.db, { name: "listing expiry", at: new Date(t0.getTime() + 15 * minute), error: "SMTP refused" });
      const rows = await listScheduledJobs(handle.db);
      expect(rows.map((row) => [row.name, row.lastError])).toEqual([
        ["listing expiry", "SMTP refused"],
        ["saved search digest", null],
      ]);
    } finally {
      await handle.close();
    }
  });
});
