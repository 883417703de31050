import { insertMail, type Db } from "@karvon/db";
import type { Locale } from "@karvon/data";
import { markMailQueued } from "./queued-signal";
import { renderMail, type MailTemplate } from "./template";

export type MailTransport = {
  /** Delivers one mail (SMTP); throws on failure, and the mail stays in the outbox for a retry. */
  deliver: (mail: { to: string; subject: string; text: string }) => Promise<void>;
};

/**
 * Queues a mail, translated into the recipient's language, in the outbox — inside the caller's transaction when
 * `db` is one. Returns false when `dedupeKey` was already used (the mail was sent before).
 */
export async function queueMail<P>(
  db: Db,
  mail: { to: string; locale: Locale; template: MailTemplate<P>; params: P; dedupeKey?: string },
): Promise<boolean> {
  const rendered = renderMail(mail.template, mail.locale, mail.params);
  const written = await insertMail(db, {
    to: mail.to.toLowerCase(),
    locale: mail.locale,
    template: mail.template.name,
    subject: rendered.subject,
    text: rendered.text,
    dedupeKey: mail.dedupeKey,
  });
  if (written) markMailQueued();
  return written;
}
