import "server-only";
import { expireListings, notifySavedSearches, processContactRequestTimers } from "@karvon/api";
import { env } from "../env";
import { getDb } from "./db";
import { logger } from "./logger";
import { deliverMailSoon, deliverPendingMailNow } from "./mail";

type Job = { name: string; everyMs: number; run: (now: Date, publicUrl: string) => Promise<number> };

const minutes = (n: number) => n * 60 * 1000;

/**
 * The portal's timed work, run in every server process. Each job is safe to run in several processes at once
 * (rows are claimed by conditional UPDATEs, every mail has a dedupe key) and returns how many mails it queued.
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

export function startScheduledJobs(): void {
  if (started) return;
  started = true;
  for (const job of jobs) {
    const run = () => {
      void job
        .run(new Date(), env().PUBLIC_URL)
        .then((queued) => {
          if (queued > 0) deliverMailSoon();
        })
        .catch((error: unknown) => logger().error({ err: error }, `Scheduled job "${job.name}" failed`));
    };
    run();
    setInterval(run, job.everyMs).unref();
  }
}
