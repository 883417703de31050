import { adviserOrganizationKinds, adviserOrganizationStatuses, companyAdviserStatuses } from "@karvon/data";
import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { companies } from "./companies";
import { lifecycleDates } from "./lifecycle-dates";

export const adviserOrganizationKindEnum = pgEnum("adviser_organization_kind", adviserOrganizationKinds);
export const adviserOrganizationStatusEnum = pgEnum("adviser_organization_status", adviserOrganizationStatuses);
export const companyAdviserStatusEnum = pgEnum("company_adviser_status", companyAdviserStatuses);

/**
 * A chamber of commerce, export agency, economic-zone administration or trade house that brings its companies to
 * the portal. Registered by its first adviser, approved by staff; only an approved one imports files.
 */
export const adviserOrganizations = pgTable("adviser_organizations", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  kind: adviserOrganizationKindEnum().notNull(),
  country: text().notNull(),
  website: text(),
  // Whom staff and the organisation's companies reach there (null only for rows older than the application form).
  contactName: text(),
  contactEmail: text(),
  contactPhone: text(),
  status: adviserOrganizationStatusEnum().notNull().default("pending"),
  createdBy: text().references(() => user.id, { onDelete: "set null" }),
  decidedBy: text().references(() => user.id, { onDelete: "set null" }),
  decidedAt: timestamp({ withTimezone: true }),
  /** Why staff rejected the application, as the applicant reads it. */
  decisionReason: text(),
  ...lifecycleDates,
});

/** The people who act for an organisation of advisers. */
export const advisers = pgTable(
  "advisers",
  {
    organizationId: uuid()
      .notNull()
      .references(() => adviserOrganizations.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index().on(t.userId)],
);

/**
 * An organisation of advisers acting for a company it imported, with the company's consent. The link is created
 * "awaiting" and a mail goes to the company's own contact address with a secret link (only its SHA-256 is kept):
 * confirming hands the profile to review, withdrawing ends the advisers' access at once. One adviser per company.
 */
export const companyAdvisers = pgTable(
  "company_advisers",
  {
    companyId: uuid()
      .primaryKey()
      .references(() => companies.id, { onDelete: "cascade" }),
    organizationId: uuid()
      .notNull()
      .references(() => adviserOrganizations.id, { onDelete: "cascade" }),
    status: companyAdviserStatusEnum().notNull().default("awaiting"),
    consentEmail: text().notNull(),
    consentTokenHash: text().notNull().unique(),
    addedBy: text().references(() => user.id, { onDelete: "set null" }),
    confirmedAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
    ...lifecycleDates,
  },
  // The daily cap on consent mails counts an organisation's links by creation time.
  (t) => [index().on(t.organizationId, t.createdAt)],
);

/**
 * An adviser's invitation of a colleague into the organisation, by e-mail. Company invitations live in
 * better-auth's `invitation` table, whose organisation is a company's (a foreign key to `organization`); an
 * organisation of advisers is no company, so its invitations are kept here in the same shape: the id (a random
 * UUID) is the link's secret, a newer invitation to the same address cancels the older one, and one is used once.
 */
export const adviserInvitations = pgTable(
  "adviser_invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => adviserOrganizations.id, { onDelete: "cascade" }),
    email: text().notNull(),
    status: text({ enum: ["pending", "accepted", "canceled"] }).notNull().default("pending"),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    inviterId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // The daily caps count an organisation's and a person's invitations by creation time.
  (t) => [index().on(t.organizationId, t.createdAt), index().on(t.inviterId, t.createdAt)],
);
