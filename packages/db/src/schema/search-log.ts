import { bigint, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per search a visitor runs, without who ran it: what people look for and do not find (the admin
 * dashboard's "searches with no results"). Kept minimal on purpose; search calls `recordSearch`.
 */
export const searchLog = pgTable(
  "search_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The query as folded by `foldText` (one script, lower case), so variants count together. */
    query: text().notNull(),
    /** The "what" facet searched (`company`, `offer`, …), if any. */
    kind: text(),
    country: text(),
    resultCount: integer().notNull(),
  },
  (t) => [index().on(t.at), index().on(t.resultCount, t.at)],
);
