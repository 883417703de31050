import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { companies } from "./companies";
import { lifecycleDates } from "./lifecycle-dates";

/** The countries a moderator covers (one or both): their items come first in the queues. */
export const staffCountries = pgTable(
  "staff_countries",
  {
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    country: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.country] })],
);

/**
 * A moderator working on an item, so two people do not review it at once. One claim per item; a claim past
 * `expiresAt` (30 minutes) counts as released and may be taken over.
 */
export const reviewClaims = pgTable(
  "review_claims",
  {
    id: uuid().primaryKey().defaultRandom(),
    itemType: text().notNull(),
    itemId: uuid().notNull(),
    moderatorId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    claimedAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex().on(t.itemType, t.itemId), index().on(t.moderatorId)],
);

/**
 * One row per decision on one version of a company profile or listing. The unique (item, version) index is the
 * last line of the compare-and-set: a version is decided once. `snapshot` is what was decided on, so an edit can
 * be diffed against the last approved version.
 */
export const moderationDecisions = pgTable(
  "moderation_decisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    itemType: text().notNull(),
    itemId: uuid().notNull(),
    /** The company the item belongs to (the company itself for a company decision): its history. */
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    /** "approve" | "request-changes" | "reject" */
    decision: text().notNull(),
    /** Codes of `moderationReasons` (@karvon/data). */
    reasons: text().array().notNull().default([]),
    note: text(),
    moderatorId: text().references(() => user.id, { onDelete: "set null" }),
    /** When the decided version was submitted: time to decision for analytics. */
    submittedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }).notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    uniqueIndex().on(t.itemType, t.itemId, t.version),
    index().on(t.companyId, t.decidedAt),
    index().on(t.decidedAt),
  ],
);

/** A signed-in user's report of a company, listing, message or contact request. */
export const reports = pgTable(
  "reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    reporterId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** "company" | "listing" | "message" | "contact-request" */
    targetType: text().notNull(),
    targetId: uuid().notNull(),
    /** A code of `reportReasons` (@karvon/data). */
    reason: text().notNull(),
    note: text(),
    /** "open" | "dismissed" | "actioned" */
    status: text().notNull().default("open"),
    /** What the moderator did: "dismiss" | "hide" | "suspend" | "ban". */
    action: text(),
    /** Codes of `moderationReasons` given with the resolution. */
    resolutionReasons: text().array().notNull().default([]),
    resolution: text(),
    resolvedBy: text().references(() => user.id, { onDelete: "set null" }),
    resolvedAt: timestamp({ withTimezone: true }),
    ...lifecycleDates,
  },
  (t) => [
    uniqueIndex("reports_one_open_per_reporter_target")
      .on(t.reporterId, t.targetType, t.targetId)
      .where(sql`${t.status} = 'open'`),
    index().on(t.status, t.createdAt),
    index().on(t.targetType, t.targetId),
  ],
);

/**
 * An owner's appeal of a rejection, a suspension or a hidden listing. `subjectKey` names the decision appealed
 * ("decision:<id>", "suspension:<companyId>:<suspendedAt>" or "hiding:<listingId>:<hiddenAt>"), unique: one
 * appeal per decision.
 */
export const appeals = pgTable(
  "appeals",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** "rejection" | "suspension" | "hiding" */
    kind: text().notNull(),
    /** What is appealed: the rejected company or listing, the suspended company or the hidden listing. */
    itemType: text().notNull(),
    itemId: uuid().notNull(),
    subjectKey: text().notNull().unique(),
    /** The moderator who decided what is appealed: they may not decide the appeal. */
    originalModeratorId: text(),
    authorId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    message: text().notNull(),
    /** "open" | "granted" | "denied" */
    status: text().notNull().default("open"),
    decisionNote: text(),
    decidedBy: text().references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    ...lifecycleDates,
  },
  (t) => [index().on(t.status, t.createdAt), index().on(t.companyId)],
);

/** In-portal notices for a company (all its members) or one user: rendered from `kind` + `params` in the reader's language. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid().references(() => companies.id, { onDelete: "cascade" }),
    userId: text().references(() => user.id, { onDelete: "cascade" }),
    /** e.g. "moderation.approved", "moderation.changes-requested", "report.outcome". */
    kind: text().notNull(),
    params: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.companyId, t.createdAt), index().on(t.userId, t.createdAt)],
);
