import type { Locale } from "@karvon/data";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Every mail the portal sends is first written here, in the same transaction as the change that caused it
 * (outbox pattern): a failed write sends nothing, a committed one is never lost. With SMTP configured a
 * deliverer sends pending rows; without it the outbox is the mailbox shown at /dev/mail.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    locale: text().$type<Locale>().notNull(),
    /** Template name, e.g. "auth.verify-email" — for tests and analytics. */
    template: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    /** Optional: a mail with the same key is written once (reminders, "at most one per hour"). */
    dedupeKey: text().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    lastError: text(),
  },
  (t) => [index().on(t.to, t.createdAt), index().on(t.sentAt)],
);
