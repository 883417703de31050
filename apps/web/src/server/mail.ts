import "server-only";
import { createSmtpTransport, deliverPendingMail, type MailTransport } from "@karvon/api";
import { env } from "../env";
import { getDb } from "./db";
import { logger } from "./logger";

let transport: MailTransport | null | undefined;

/** The SMTP transport when SMTP_URL is set; null means the outbox is the mailbox (/dev/mail). */
export function getMailTransport(): MailTransport | null {
  if (transport === undefined) {
    const config = env();
    transport = config.SMTP_URL ? createSmtpTransport({ url: config.SMTP_URL, from: config.MAIL_FROM }) : null;
  }
  return transport;
}

export function isOutboxMailbox(): boolean {
  return getMailTransport() === null;
}

/**
 * Sends what is pending in the outbox, after a change that queued mail. Runs in the background: the request
 * that queued the mail has already committed it, and a failed delivery stays in the outbox for the next run.
 */
export function deliverMailSoon(): void {
  const smtp = getMailTransport();
  if (!smtp) return;
  void getDb()
    .then((db) => deliverPendingMail(db, smtp))
    .catch((error: unknown) => logger().error({ err: error }, "Mail delivery failed"));
}
