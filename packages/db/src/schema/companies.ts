import { reviewStatuses, verificationLevels, type CompanyProfile } from "@karvon/data";
import { relations, sql } from "drizzle-orm";
import { customType, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organization, user } from "./auth";
import { lifecycleDates } from "./lifecycle-dates";

export const reviewStatusEnum = pgEnum("review_status", reviewStatuses);
export const verificationLevelEnum = pgEnum("verification_level", verificationLevels);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * A business. Identity columns (country, tax ID, slug) are always current; `profile` is the working copy the
 * owner edits and submits; `published` is the last approved profile, the only one the public sees. The
 * columns after `published` are denormalised from it for search and facets.
 */
export const companies = pgTable(
  "companies",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: text()
      .notNull()
      .unique()
      .references(() => organization.id, { onDelete: "cascade" }),
    slug: text().notNull().unique(),
    country: text().notNull(),
    /**
     * Normalised (digits only). Unique per country only among published companies that are not deleted: a draft
     * or a submission never holds a tax ID against others (a second claim goes to the moderators as a conflict).
     */
    taxId: text().notNull(),
    legalName: text().notNull(),
    /** Status of the working copy in `profile`. */
    status: reviewStatusEnum().notNull().default("draft"),
    /** Bumped on every owner edit and every decision: moderation decisions are compare-and-set on it. */
    version: integer().notNull().default(1),
    /** The working copy, saved as the owner types. */
    profile: jsonb().$type<CompanyProfile>().notNull().default({}),
    /** The last approved profile; null until the first approval. */
    published: jsonb().$type<CompanyProfile>(),
    publishedAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    /** The moderator's reasons (codes of `moderationReasons`) and note of the last changes-requested/rejected decision. */
    reviewReasons: text().array().notNull().default([]),
    reviewNote: text(),
    region: text(),
    sizeBand: text(),
    economicZone: text(),
    sectors: text().array().notNull().default([]),
    hsChapters: text().array().notNull().default([]),
    verificationLevel: verificationLevelEnum().notNull().default("unverified"),
    verifiedAt: timestamp({ withTimezone: true }),
    verifiedBy: text().references(() => user.id, { onDelete: "set null" }),
    /** Set by a moderator: the company leaves search and can neither send nor receive contact. */
    suspendedAt: timestamp({ withTimezone: true }),
    suspendedReason: text(),
    /**
     * Set when the company's last member deleted their account: the row stays so that the other party of a
     * conversation keeps its history (shown as "a deleted company"); it is no longer public and holds no tax ID.
     */
    deletedAt: timestamp({ withTimezone: true }),
    /**
     * Set when the company came from a file a chamber or agency uploaded (it then has no members until someone
     * joins it). Such a company counts against a second import of its tax ID whatever its state, so importing
     * the same file twice creates nothing twice.
     */
    importedAt: timestamp({ withTimezone: true }),
    importedBy: text().references(() => user.id, { onDelete: "set null" }),
    ...lifecycleDates,
  },
  (t) => [
    uniqueIndex("companies_published_tax_id")
      .on(t.country, t.taxId)
      .where(sql`${t.published} is not null and ${t.deletedAt} is null`),
    index().on(t.country, t.taxId),
    index().on(t.status),
    index().on(t.country, t.publishedAt),
  ],
);

/**
 * Logos are re-encoded to WebP on the server; kept in the database so backups hold everything. `data` is the
 * working logo members upload; `publishedData` the one approved with the profile, the only one the public sees.
 */
export const companyLogos = pgTable("company_logos", {
  companyId: uuid()
    .primaryKey()
    .references(() => companies.id, { onDelete: "cascade" }),
  mimeType: text().notNull(),
  data: bytea().notNull(),
  publishedMimeType: text(),
  publishedData: bytea(),
  ...lifecycleDates,
});

export const companyRelations = relations(companies, ({ one }) => ({
  organization: one(organization, { fields: [companies.organizationId], references: [organization.id] }),
  logo: one(companyLogos, { fields: [companies.id], references: [companyLogos.companyId] }),
}));
