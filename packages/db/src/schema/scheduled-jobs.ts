import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per scheduled job (listing expiry, digests, contact timers, mail delivery): when a run was last
 * claimed and how it ended. Every web process ticks every job's interval; a run starts only in the process whose
 * conditional upsert claims it (queries/scheduled-jobs.ts), so the portal runs each job once per interval however
 * many processes it has.
 */
export const scheduledJobs = pgTable("scheduled_jobs", {
  name: text().primaryKey(),
  lastStartedAt: timestamp({ withTimezone: true }).notNull(),
  lastFinishedAt: timestamp({ withTimezone: true }),
  /** The error of the last run, null when it succeeded (or is still running). */
  lastError: text(),
});
