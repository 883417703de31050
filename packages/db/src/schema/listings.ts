import type { ListingContent, ListingKind } from "@karvon/data";
import { relations } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { companies, reviewStatusEnum } from "./companies";
import { lifecycleDates } from "./lifecycle-dates";

/**
 * An offer, a request or a joint project of a company. Same pattern as `companies`: `content` is the working
 * copy the members edit and submit; `published` is the last approved version, the only one the public sees. The
 * columns after `published` are denormalised from it (never from the draft) for facets and matchmaking.
 */
export const listings = pgTable(
  "listings",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** Fixed at creation. */
    kind: text().$type<ListingKind>().notNull(),
    /** Status of the working copy in `content`. */
    status: reviewStatusEnum().notNull().default("draft"),
    /** Bumped on every member edit and every decision: moderation decisions are compare-and-set on it. */
    version: integer().notNull().default(1),
    /** The working copy. */
    content: jsonb().$type<ListingContent>().notNull().default({}),
    /** The last approved content; null until the first approval. */
    published: jsonb().$type<ListingContent>(),
    publishedAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    /** The moderator's reason codes and note of the last changes-requested / rejected decision. */
    reviewReasons: text().array().notNull().default([]),
    reviewNote: text(),
    createdBy: text().references(() => user.id, { onDelete: "set null" }),
    sectors: text().array().notNull().default([]),
    hsChapters: text().array().notNull().default([]),
    cooperationKinds: text().array().notNull().default([]),
    /** `export` | `import` | `both`, seen from the publishing company. */
    direction: text(),
    targetCountry: text(),
    /** For requests: the countries the company buys this from today (import substitution). */
    importsFrom: text().array().notNull().default([]),
    /** After this instant the listing leaves search until renewed. */
    validUntil: timestamp({ withTimezone: true }),
    /** Set by a moderator: the published version leaves search and the listing page. */
    hiddenAt: timestamp({ withTimezone: true }),
    hiddenReason: text(),
    /** When the owner was told the listing expired (so the mail goes once per expiry). */
    expiredNotifiedAt: timestamp({ withTimezone: true }),
    ...lifecycleDates,
  },
  (t) => [
    index().on(t.companyId),
    index().on(t.status),
    index().on(t.validUntil),
    index().using("gin", t.hsChapters),
    index().using("gin", t.sectors),
  ],
);

export const listingRelations = relations(listings, ({ one }) => ({
  company: one(companies, { fields: [listings.companyId], references: [companies.id] }),
}));
