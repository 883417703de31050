import "server-only";
import {
  claimScheduledJob,
  expireListings,
  finishScheduledJob,
  notifySavedSearches,
  processContactRequestTimers,
  processEventReminders,
} from "@karvon/api";
import { env } from "../env";
import { getDb } from "./db";
import { trackWork } from "./lifecycle";
import { logger } from "./logger";
import { deliverMailSoon, deliverPendingMailNow } from "./mail";
import { metrics } from "./metrics";

type Job = { name: string; everyMs: number; run: (now: Date, publicUrl: string) => Promise<number> };

const minutes = (n: number) => n * 60 * 1000;

/**
 * The portal's timed work. Every server process ticks each job, and each run is claimed once across all of them
 * (the scheduled_jobs table). Each job would also be safe to run in several processes at once (rows are claimed
 * by conditional UPDATEs, every mail has a dedupe key); it returns how many mails it queued.
 */
const jobs: Job[] = [
  {
    // 7-day reminders and 30-day expiry of unanswered contact requests.
    name: "contact request timers",
    everyMs: minutes(15),
    run: async (now, publicUrl) => {
      const result = await processContactRequestTimers(await getDb(), now, { publicUrl });
      return result.reminded + result.expired;
    },
  },
  {
    // The day-before reminder of each company's meetings at an event: once per company and event (claimed).
    name: "event reminders",
    everyMs: minutes(15),
    run: async (now, publicUrl) => processEventReminders(await getDb(), now, { publicUrl }),
  },
  {
    // Expired listings leave search and their owners are told.
    name: "listing expiry",
    everyMs: minutes(15),
    run: async (now, publicUrl) => expireListings(await getDb(), now, { publicUrl }),
  },
  {
    // The saved-search digest: at most one mail per search and day (deduplicated), so hourly runs are safe.
    name: "saved search digest",
    everyMs: minutes(60),
    run: async (now, publicUrl) => notifySavedSearches(await getDb(), now, { publicUrl }),
  },
  {
    // Retries mail an SMTP server refused or that a process stopped before delivering; new mail is delivered
    // as soon as the change that queued it commits. Without SMTP there is nothing to do.
    name: "mail delivery",
    everyMs: minutes(5),
    run: async () => {
      await deliverPendingMailNow();
      return 0;
    },
  },
];

let started = false;

/**
 * One tick of a job in this process: the run happens only if this process claims it (no other process ran it
 * within the interval, claimScheduledJob), so N web processes still run each job once per interval.
 */
async function tick(job: Job): Promise<void> {
  const db = await getDb();
  const startedAt = new Date();
  if (!(await claimScheduledJob(db, { name: job.name, at: startedAt, intervalMs: job.everyMs }))) return;
  let error: string | null = null;
  try {
    const queued = await job.run(startedAt, env().PUBLIC_URL);
    metrics().jobLastSuccess.set({ job: job.name }, Date.now() / 1000);
    if (queued > 0) deliverMailSoon();
  } catch (failure: unknown) {
    error = failure instanceof Error ? failure.message : String(failure);
    metrics().jobFailures.inc({ job: job.name });
    logger().error({ err: failure }, `Scheduled job "${job.name}" failed`);
  }
  metrics().jobLastRun.set({ job: job.name }, Date.now() / 1000);
  await finishScheduledJob(db, { name: job.name, at: new Date(), error });
}

export function startScheduledJobs(): void {
  if (started) return;
  started = true;
  for (const job of jobs) {
    // Tracked: a graceful shutdown waits for a run in progress before it closes the database.
    const run = () => {
      void trackWork(tick(job)).catch((error: unknown) => logger().error({ err: error }, `Scheduled job "${job.name}" could not be claimed`));
    };
    run();
    setInterval(run, job.everyMs).unref();
  }
}
