import { eq, lte } from "drizzle-orm";
import type { Db } from "../client";
import { scheduledJobs } from "../schema";

/**
 * Timers drift: a process that claimed a run at t ticks again slightly before t + interval. A run is therefore
 * due once this share of the interval has passed, so that the next tick of any process takes it.
 */
const dueShare = 0.9;

/**
 * Claims the run of `name` at `at` if none was claimed within the last interval, in one statement: of several
 * processes claiming at once, PostgreSQL lets exactly one upsert through (the others re-check the condition
 * against the winner's row and update nothing). True means this caller runs the job.
 */
export async function claimScheduledJob(db: Db, params: { name: string; at: Date; intervalMs: number }): Promise<boolean> {
  const dueBefore = new Date(params.at.getTime() - params.intervalMs * dueShare);
  const rows = await db
    .insert(scheduledJobs)
    .values({ name: params.name, lastStartedAt: params.at })
    .onConflictDoUpdate({
      target: scheduledJobs.name,
      set: { lastStartedAt: params.at, lastFinishedAt: null, lastError: null },
      setWhere: lte(scheduledJobs.lastStartedAt, dueBefore),
    })
    .returning({ name: scheduledJobs.name });
  return rows.length > 0;
}

/** Records how a claimed run ended (`error` null when it succeeded). */
export async function finishScheduledJob(db: Db, params: { name: string; at: Date; error: string | null }): Promise<void> {
  await db
    .update(scheduledJobs)
    .set({ lastFinishedAt: params.at, lastError: params.error === null ? null : params.error.slice(0, 500) })
    .where(eq(scheduledJobs.name, params.name));
}

export async function listScheduledJobs(db: Db) {
  return db.select().from(scheduledJobs).orderBy(scheduledJobs.name);
}
