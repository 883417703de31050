import { listUnsentMail, markMailFailed, markMailSent, type Db } from "@karvon/db";
import type { MailTransport } from "./send";

/** Sends pending outbox mail through the transport (SMTP); without a transport the outbox is the mailbox. */
export async function deliverPendingMail(db: Db, transport: MailTransport, now: () => Date = () => new Date()) {
  const pending = await listUnsentMail(db);
  let sent = 0;
  for (const mail of pending) {
    try {
      await transport.deliver({ to: mail.to, subject: mail.subject, text: mail.text });
      await markMailSent(db, mail.id, now());
      sent += 1;
    } catch (error) {
      await markMailFailed(db, mail.id, error instanceof Error ? error.message : String(error));
    }
  }
  return { sent, failed: pending.length - sent };
}
