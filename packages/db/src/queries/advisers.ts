import type { AdviserOrganizationKind, CompanyAdviserStatus } from "@karvon/data";
import { and, count, desc, eq, gte, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { adviserOrganizations, advisers, companies, companyAdvisers, user } from "../schema";
import type { CompanyRow } from "./companies";

export type AdviserOrganizationRow = typeof adviserOrganizations.$inferSelect;
export type CompanyAdviserRow = typeof companyAdvisers.$inferSelect;

/** The organisation of advisers a person acts for, or null (a person acts for one at most). */
export async function getAdviserOrganizationOf(db: Db, userId: string): Promise<AdviserOrganizationRow | null> {
  const [row] = await db
    .select({ organization: adviserOrganizations })
    .from(advisers)
    .innerJoin(adviserOrganizations, eq(adviserOrganizations.id, advisers.organizationId))
    .where(eq(advisers.userId, userId))
    .limit(1);
  return row?.organization ?? null;
}

/**
 * Serialises, per person, the transactions that make them an adviser (registering an organisation, accepting an
 * invitation): each checks that the person acts for no organisation yet, and two at once would both see none.
 */
export async function lockAdviserPerson(tx: Db, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`adviser-person:${userId}`}))`);
}

/** Registers an organisation of advisers (pending staff approval) with the person as its first adviser. */
export async function registerAdviserOrganization(
  db: Db,
  params: {
    userId: string;
    name: string;
    kind: AdviserOrganizationKind;
    country: string;
    website?: string | undefined;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    at: Date;
  },
): Promise<AdviserOrganizationRow | null> {
  const { userId, at, website, ...application } = params;
  return db.transaction(async (tx) => {
    await lockAdviserPerson(tx, userId);
    if ((await getAdviserOrganizationOf(tx, userId)) !== null) return null;
    const [organization] = await tx
      .insert(adviserOrganizations)
      .values({ ...application, website: website ?? null, createdBy: userId, createdAt: at, updatedAt: at })
      .returning();
    if (organization === undefined) throw new Error("adviser_organizations insert returned no row");
    await tx.insert(advisers).values({ organizationId: organization.id, userId, createdAt: at });
    return organization;
  });
}

/** A pending application with the person who sent it (null once their account is deleted). */
export type PendingAdviserOrganization = { organization: AdviserOrganizationRow; applicant: { name: string; email: string } | null };

/** Applications waiting for staff, oldest first. */
export async function listPendingAdviserOrganizations(db: Db): Promise<PendingAdviserOrganization[]> {
  const rows = await db
    .select({ organization: adviserOrganizations, applicantName: user.name, applicantEmail: user.email })
    .from(adviserOrganizations)
    .leftJoin(user, eq(user.id, adviserOrganizations.createdBy))
    .where(eq(adviserOrganizations.status, "pending"))
    .orderBy(adviserOrganizations.createdAt);
  return rows.map(({ organization, applicantName, applicantEmail }) => ({
    organization,
    applicant: applicantName === null || applicantEmail === null ? null : { name: applicantName, email: applicantEmail },
  }));
}

/** Staff approve or reject a pending organisation; null when it is not pending (already decided or unknown). */
export async function decideAdviserOrganization(
  db: Db,
  params: { organizationId: string; approve: boolean; reason: string | null; deciderId: string; at: Date },
): Promise<AdviserOrganizationRow | null> {
  const [row] = await db
    .update(adviserOrganizations)
    .set({
      status: params.approve ? "approved" : "rejected",
      decisionReason: params.approve ? null : params.reason,
      decidedBy: params.deciderId,
      decidedAt: params.at,
      updatedAt: params.at,
    })
    .where(and(eq(adviserOrganizations.id, params.organizationId), eq(adviserOrganizations.status, "pending")))
    .returning();
  return row ?? null;
}

/** Links an imported company to the organisation that brought it, awaiting the company's consent. */
export async function insertCompanyAdviser(
  db: Db,
  params: { companyId: string; organizationId: string; consentEmail: string; consentTokenHash: string; addedBy: string; at: Date },
): Promise<void> {
  await db.insert(companyAdvisers).values({ ...params, createdAt: params.at, updatedAt: params.at });
}

export type CompanyAdviserByToken = { link: CompanyAdviserRow; company: CompanyRow; organization: AdviserOrganizationRow };

/** What a consent link is about: the link, its company and the organisation of advisers. */
export async function findCompanyAdviserByToken(db: Db, consentTokenHash: string): Promise<CompanyAdviserByToken | null> {
  const [row] = await db
    .select({ link: companyAdvisers, company: companies, organization: adviserOrganizations })
    .from(companyAdvisers)
    .innerJoin(companies, eq(companies.id, companyAdvisers.companyId))
    .innerJoin(adviserOrganizations, eq(adviserOrganizations.id, companyAdvisers.organizationId))
    .where(eq(companyAdvisers.consentTokenHash, consentTokenHash))
    .limit(1);
  return row ?? null;
}

/** Moves a link from one of `from` to `to`; null when it was in none of them (answered meanwhile). */
export async function setCompanyAdviserStatus(
  db: Db,
  params: { companyId: string; from: readonly CompanyAdviserStatus[]; to: CompanyAdviserStatus; at: Date },
): Promise<CompanyAdviserRow | null> {
  const [row] = await db
    .update(companyAdvisers)
    .set({
      status: params.to,
      updatedAt: params.at,
      ...(params.to === "confirmed" ? { confirmedAt: params.at } : {}),
      ...(params.to === "withdrawn" ? { withdrawnAt: params.at } : {}),
    })
    .where(and(eq(companyAdvisers.companyId, params.companyId), inArray(companyAdvisers.status, [...params.from])))
    .returning();
  return row ?? null;
}

/**
 * Consent requests (each one mail) an organisation's advisers created since `since`. With `lock`, first takes the
 * organisation's transaction-scoped lock, so two imports at once cannot both pass the cap.
 */
export async function countConsentRequestsSince(db: Db, params: { organizationId: string; since: Date; lock?: boolean }): Promise<number> {
  if (params.lock === true) await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`adviser-consent:${params.organizationId}`}))`);
  const [row] = await db
    .select({ n: count() })
    .from(companyAdvisers)
    .where(and(eq(companyAdvisers.organizationId, params.organizationId), gte(companyAdvisers.createdAt, params.since)));
  return row?.n ?? 0;
}

/** One page of the companies an organisation brought, with their links (withdrawn ones too), newest first. */
export async function listAdviserClients(
  db: Db,
  params: { organizationId: string; limit: number; offset: number },
): Promise<{ company: CompanyRow; link: CompanyAdviserRow }[]> {
  return db
    .select({ company: companies, link: companyAdvisers })
    .from(companyAdvisers)
    .innerJoin(companies, eq(companies.id, companyAdvisers.companyId))
    .where(eq(companyAdvisers.organizationId, params.organizationId))
    .orderBy(desc(companyAdvisers.createdAt), companyAdvisers.companyId)
    .limit(params.limit)
    .offset(params.offset);
}

/** How many companies an organisation brought, in any state. */
export async function countAdviserClients(db: Db, organizationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(companyAdvisers).where(eq(companyAdvisers.organizationId, organizationId));
  return row?.n ?? 0;
}

/**
 * The company a person may edit as an adviser: their organisation is approved and acts for it, and the company
 * has not withdrawn it (`statuses`: only links in these states; "confirmed" alone for acting in the company's name).
 * Read on every call, so a withdrawal takes effect at the next request.
 */
export async function findAdvisedCompany(
  db: Db,
  params: { userId: string; companyId: string; statuses?: readonly CompanyAdviserStatus[] },
): Promise<{ company: CompanyRow; link: CompanyAdviserRow; organization: AdviserOrganizationRow } | null> {
  const [row] = await db
    .select({ company: companies, link: companyAdvisers, organization: adviserOrganizations })
    .from(companyAdvisers)
    .innerJoin(companies, eq(companies.id, companyAdvisers.companyId))
    .innerJoin(adviserOrganizations, eq(adviserOrganizations.id, companyAdvisers.organizationId))
    .innerJoin(advisers, and(eq(advisers.organizationId, companyAdvisers.organizationId), eq(advisers.userId, params.userId)))
    .where(
      and(
        eq(companyAdvisers.companyId, params.companyId),
        inArray(companyAdvisers.status, [...(params.statuses ?? ["awaiting", "confirmed"])]),
        eq(adviserOrganizations.status, "approved"),
      ),
    )
    .limit(1);
  return row ?? null;
}
