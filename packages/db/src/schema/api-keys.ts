import { check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { user } from "./auth";

/**
 * Keys of the public read API, issued by staff to partner organisations. Only the SHA-256 of a key is stored,
 * with its first characters (the prefix) to recognise it in lists: the key itself is shown once, at creation.
 * The organisation is named here; it is not (yet) an account of the portal.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationName: text().notNull(),
    contactEmail: text().notNull(),
    /** Codes of `apiScopes` (@karvon/data): which parts of the API the key may read. */
    scopes: text().array().notNull(),
    /** The first characters of the key, shown in the admin list ("krv_AbC123…"). */
    keyPrefix: text().notNull(),
    /** Hex SHA-256 of the whole key: the key is 256 random bits, so a fast hash is enough (see README). */
    keyHash: text().notNull(),
    createdBy: text().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    /** Requests answered with data (refused ones over the limit are not counted). */
    usageCount: integer().notNull().default(0),
    rateLimitPerMinute: integer().notNull(),
    /** The current fixed one-minute window of the rate limit and the requests made in it. */
    windowStartedAt: timestamp({ withTimezone: true }),
    windowCount: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex().on(t.keyHash),
    check("api_keys_rate_limit_positive", sql`${t.rateLimitPerMinute} > 0`),
  ],
);
