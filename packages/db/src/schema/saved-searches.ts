import type { Locale } from "@karvon/data";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

/** Saved searches: a signed-in user is mailed daily about new listings that match. */
export const savedSearches = pgTable(
  "saved_searches",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** A `SearchInput` of @karvon/data (query text and filters). */
    query: jsonb().$type<Record<string, unknown>>().notNull(),
    locale: text().$type<Locale>().notNull().default("en"),
    /** Listings published after this instant are "new" for the next mail. */
    lastNotifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A random secret for the one-click unsubscribe link. */
    unsubscribeToken: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);
