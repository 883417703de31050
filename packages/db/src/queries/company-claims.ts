import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { advisers, companies, companyAdvisers, member } from "../schema";
import { findCompanyAdviserByToken, type CompanyAdviserByToken } from "./advisers";
import { addCompanyMember } from "./company-members";

/** A company an organisation of advisers brought, with its link and the organisation (by the company's id). */
export async function findCompanyAdviserByCompany(db: Db, companyId: string): Promise<CompanyAdviserByToken | null> {
  const [link] = await db.select({ hash: companyAdvisers.consentTokenHash }).from(companyAdvisers).where(eq(companyAdvisers.companyId, companyId)).limit(1);
  return link === undefined ? null : findCompanyAdviserByToken(db, link.hash);
}

/**
 * Makes a person the owner of a company that has none (one an adviser brought), through the members' own path.
 * The company's row is locked first, so of two claims at once the second finds the owner the first made.
 * "owned": somebody owns it already; "gone": the company no longer exists or was deleted.
 */
export async function claimCompanyOwnership(db: Db, params: { companyId: string; userId: string; at: Date }): Promise<"claimed" | "owned" | "gone"> {
  return db.transaction(async (tx) => {
    const [company] = await tx
      .select({ organizationId: companies.organizationId, deletedAt: companies.deletedAt })
      .from(companies)
      .where(eq(companies.id, params.companyId))
      .for("update");
    if (company === undefined || company.deletedAt !== null) return "gone";
    const [owner] = await tx
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.organizationId, company.organizationId), eq(member.role, "owner")))
      .limit(1);
    if (owner !== undefined) return "owned";
    await addCompanyMember(tx, { organizationId: company.organizationId, userId: params.userId, role: "owner", at: params.at });
    return "claimed";
  });
}

/** The people who act for an organisation of advisers (each is told what happens to its companies). */
export async function listAdviserUserIds(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db.select({ userId: advisers.userId }).from(advisers).where(eq(advisers.organizationId, organizationId));
  return rows.map((row) => row.userId);
}
