import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companies } from "../schema";
import type { CompanyRow } from "./companies";

/** Suspends a company (its content leaves search; no contact either way); null when already suspended. */
export async function suspendCompany(db: Db, params: { companyId: string; reason: string; at: Date }): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({ suspendedAt: params.at, suspendedReason: params.reason, updatedAt: params.at })
    .where(and(eq(companies.id, params.companyId), isNull(companies.suspendedAt)))
    .returning();
  return row ?? null;
}

/** Lifts a suspension (an appeal granted); null when the company was not suspended. */
export async function liftCompanySuspension(db: Db, params: { companyId: string; at: Date }): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({ suspendedAt: null, suspendedReason: null, updatedAt: params.at })
    .where(and(eq(companies.id, params.companyId), isNotNull(companies.suspendedAt)))
    .returning();
  return row ?? null;
}

/** A rejected company goes back to the queue (an appeal granted); null when it is no longer rejected. */
export async function reopenRejectedCompany(db: Db, params: { companyId: string; at: Date }): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({ status: "submitted", submittedAt: params.at, version: sql`${companies.version} + 1`, updatedAt: params.at })
    .where(and(eq(companies.id, params.companyId), eq(companies.status, "rejected")))
    .returning();
  return row ?? null;
}

/** A moderator checked the national register: verification becomes registry-confirmed; null if it already was. */
export async function confirmCompanyRegistry(db: Db, params: { companyId: string; moderatorId: string; at: Date }): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({ verificationLevel: "registry-confirmed", verifiedAt: params.at, verifiedBy: params.moderatorId, updatedAt: params.at })
    .where(and(eq(companies.id, params.companyId), ne(companies.verificationLevel, "registry-confirmed")))
    .returning();
  return row ?? null;
}
