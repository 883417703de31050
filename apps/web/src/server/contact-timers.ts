import "server-only";
import { processContactRequestTimers } from "@karvon/api";
import { env } from "../env";
import { getDb } from "./db";
import { logger } from "./logger";
import { deliverMailSoon } from "./mail";

const everyMs = 15 * 60 * 1000;
let started = false;

/**
 * Every 15 minutes: the 7-day reminders and 30-day expiry of unanswered contact requests. Safe with several
 * server processes: each request is claimed by a conditional UPDATE and every mail has a dedupe key.
 */
export function startContactTimers(): void {
  if (started) return;
  started = true;
  const run = () => {
    void getDb()
      .then((db) => processContactRequestTimers(db, new Date(), { publicUrl: env().PUBLIC_URL }))
      .then((result) => {
        if (result.reminded > 0 || result.expired > 0) deliverMailSoon();
      })
      .catch((error: unknown) => logger().error({ err: error }, "Contact request timers failed"));
  };
  run();
  setInterval(run, everyMs).unref();
}
