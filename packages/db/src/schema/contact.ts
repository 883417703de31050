import { contactRequestStatuses } from "@karvon/data";
import { relations, sql } from "drizzle-orm";
import { index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { companies } from "./companies";
import { listings } from "./listings";

export const contactRequestStatusEnum = pgEnum("contact_request_status", contactRequestStatuses);

/**
 * An expression of interest from one company to another. Times are written by the application from its clock
 * (not `defaultNow()` alone), so reminders, expiry and the daily limit can be tested with a fake clock.
 */
export const contactRequests = pgTable(
  "contact_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    senderCompanyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** The member who wrote it; null once that person's account is deleted (the request stays). */
    senderUserId: text().references(() => user.id, { onDelete: "set null" }),
    recipientCompanyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** The recipient's listing the request is about. */
    listingId: uuid().references(() => listings.id, { onDelete: "set null" }),
    /** Which of the sender's own listings it concerns. */
    aboutListingId: uuid().references(() => listings.id, { onDelete: "set null" }),
    /** A `ContactPurpose` code of @karvon/data. */
    purpose: text().notNull(),
    message: text().notNull(),
    status: contactRequestStatusEnum().notNull().default("pending"),
    /** A `DeclineReason` code of @karvon/data, when the recipient gave one. */
    declineReason: text(),
    /** Generated once per opened form: a retried or double-clicked submission finds the same row. */
    idempotencyKey: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp({ withTimezone: true }),
    /** When the single 7-day reminder went out. */
    remindedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("contact_requests_sender_idempotency_key").on(t.senderCompanyId, t.idempotencyKey),
    // Never two open requests from one company about the same listing.
    uniqueIndex("contact_requests_open_per_listing")
      .on(t.senderCompanyId, t.listingId)
      .where(sql`${t.status} = 'pending' and ${t.listingId} is not null`),
    index().on(t.recipientCompanyId, t.status),
    index().on(t.senderCompanyId, t.createdAt),
    index().on(t.status, t.createdAt),
  ],
);

/** Opened when a request is accepted: the thread between the two companies. */
export const conversations = pgTable(
  "conversations",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid()
      .notNull()
      .unique()
      .references(() => contactRequests.id, { onDelete: "cascade" }),
    /** The company that sent the request. */
    companyA: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** The company that accepted it. */
    companyB: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.companyA, t.lastMessageAt), index().on(t.companyB, t.lastMessageAt)],
);

/** A message is plain text, stored as typed and never rendered as HTML. */
export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    senderCompanyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** Null once the author's account is deleted: the conversation stays readable for both companies. */
    senderUserId: text().references(() => user.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.conversationId, t.createdAt)],
);

/**
 * Per person and conversation: what they have read (unread counts) and when they were last mailed about a new
 * message (at most one mail per conversation per hour).
 */
export const conversationReads = pgTable(
  "conversation_reads",
  {
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    lastReadAt: timestamp({ withTimezone: true }),
    lastMailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.userId] }), index().on(t.userId)],
);

export const contactRequestRelations = relations(contactRequests, ({ one }) => ({
  conversation: one(conversations, { fields: [contactRequests.id], references: [conversations.requestId] }),
}));

export const conversationRelations = relations(conversations, ({ one, many }) => ({
  request: one(contactRequests, { fields: [conversations.requestId], references: [contactRequests.id] }),
  messages: many(messages),
}));

export const messageRelations = relations(messages, ({ one }) => ({
  conversation: one(conversations, { fields: [messages.conversationId], references: [conversations.id] }),
}));
