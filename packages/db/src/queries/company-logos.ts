import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companyLogos } from "../schema";

export type CompanyLogo = { mimeType: string; data: Uint8Array; updatedAt: Date };

/** The logo members work on, or the one approved with the published profile (the only one the public sees). */
export type LogoVersion = "working" | "published";

/** Stores (or replaces) a company's working logo, already re-encoded by the caller; the approved one stays. */
export async function saveCompanyLogo(
  db: Db,
  params: { companyId: string; mimeType: string; data: Uint8Array; at: Date },
): Promise<void> {
  await db
    .insert(companyLogos)
    .values({ companyId: params.companyId, mimeType: params.mimeType, data: params.data, createdAt: params.at, updatedAt: params.at })
    .onConflictDoUpdate({
      target: companyLogos.companyId,
      set: { mimeType: params.mimeType, data: params.data, updatedAt: params.at },
    });
}

export async function getCompanyLogo(db: Db, companyId: string, version: LogoVersion): Promise<CompanyLogo | null> {
  const [row] = await db
    .select({
      mimeType: version === "working" ? companyLogos.mimeType : companyLogos.publishedMimeType,
      data: version === "working" ? companyLogos.data : companyLogos.publishedData,
      updatedAt: companyLogos.updatedAt,
    })
    .from(companyLogos)
    .where(eq(companyLogos.companyId, companyId))
    .limit(1);
  if (row === undefined || row.mimeType === null || row.data === null) return null;
  return { mimeType: row.mimeType, data: row.data, updatedAt: row.updatedAt };
}

export type CompanyLogoState = { working: boolean; published: boolean; changed: boolean };

/** Which logos a company has, and whether the working one differs from the approved one (an edit to review). */
export async function companyLogoState(db: Db, companyId: string): Promise<CompanyLogoState> {
  const [row] = await db
    .select({
      published: sql<boolean>`${companyLogos.publishedData} is not null`,
      changed: sql<boolean>`${companyLogos.publishedData} is distinct from ${companyLogos.data}`,
    })
    .from(companyLogos)
    .where(eq(companyLogos.companyId, companyId))
    .limit(1);
  return row === undefined ? { working: false, published: false, changed: false } : { working: true, ...row };
}

export async function hasCompanyLogo(db: Db, companyId: string, version: LogoVersion): Promise<boolean> {
  return (await companyLogoState(db, companyId))[version];
}
