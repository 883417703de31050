import "server-only";
import { createSmtpTransport, deliverPendingMail, type MailTransport } from "@karvon/api";
import { env } from "../env";
import { getDb } from "./db";
import { trackWork } from "./lifecycle";
import { logger } from "./logger";
import { metrics } from "./metrics";

let transport: MailTransport | null | undefined;

/** The SMTP transport when SMTP_URL is set; null means the outbox is the mailbox (see outbox-access.ts). */
export function getMailTransport(): MailTransport | null {
  if (transport === undefined) {
    const config = env();
    transport = config.SMTP_URL ? createSmtpTransport({ url: config.SMTP_URL, from: config.MAIL_FROM }) : null;
  }
  return transport;
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Sends what is pending in the outbox. One run at a time in this process, so two requests that queue mail
 * together never hand the same mail to SMTP twice; a call during a run asks for one more run after it, which
 * picks up mail committed meanwhile. A failed delivery stays in the outbox for the next run.
 */
export function deliverPendingMailNow(): Promise<void> {
  const smtp = getMailTransport();
  if (!smtp) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  // Tracked: a graceful shutdown lets the mail being handed to SMTP go before it closes the database.
  running = trackWork((async () => {
    try {
      do {
        again = false;
        const { sent, failed } = await deliverPendingMail(await getDb(), smtp);
        metrics().mailSent.inc(sent);
        metrics().mailFailures.inc(failed);
      } while (again);
    } catch (error: unknown) {
      logger().error({ err: error }, "Mail delivery failed");
    } finally {
      running = null;
    }
  })());
  return running;
}

/** After a change that queued mail and has committed: delivers in the background, the response does not wait. */
export function deliverMailSoon(): void {
  void deliverPendingMailNow();
}
