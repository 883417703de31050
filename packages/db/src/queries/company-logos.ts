import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { companyLogos } from "../schema";

export type CompanyLogo = { mimeType: string; data: Uint8Array; updatedAt: Date };

/** Stores (or replaces) a company's logo, already re-encoded by the caller. */
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

export async function getCompanyLogo(db: Db, companyId: string): Promise<CompanyLogo | null> {
  const [row] = await db
    .select({ mimeType: companyLogos.mimeType, data: companyLogos.data, updatedAt: companyLogos.updatedAt })
    .from(companyLogos)
    .where(eq(companyLogos.companyId, companyId))
    .limit(1);
  return row ?? null;
}

export async function hasCompanyLogo(db: Db, companyId: string): Promise<boolean> {
  const rows = await db
    .select({ id: companyLogos.companyId })
    .from(companyLogos)
    .where(eq(companyLogos.companyId, companyId))
    .limit(1);
  return rows.length > 0;
}
