import { and, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companies } from "../schema";

/**
 * A company that stands for its tax ID against an import: published, under review, or itself imported (in any
 * state, so a second upload of the same file adds nothing). A mere draft someone started does not: like a second
 * claim at registration, it must not keep the real company out.
 */
const standsForTaxId = and(
  isNull(companies.deletedAt),
  or(isNotNull(companies.published), eq(companies.status, "submitted"), isNotNull(companies.importedAt)),
);

/** Which of the given tax IDs (normalised) already belong to a company, as "UZ:305123456". */
export async function findImportedTaxIds(db: Db, keys: readonly { country: string; taxId: string }[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const taxIds = [...new Set(keys.map((key) => key.taxId))];
  const rows = await db
    .select({ country: companies.country, taxId: companies.taxId })
    .from(companies)
    .where(and(inArray(companies.taxId, taxIds), standsForTaxId));
  return new Set(rows.map((row) => `${row.country}:${row.taxId}`));
}

/**
 * Takes the transaction-scoped lock on a tax ID (the same lock approvals take) and tells whether a company already
 * stands for it: two uploads of the same row at once create it once. Call inside a transaction.
 */
export async function lockTaxIdForImport(db: Db, key: { country: string; taxId: string }): Promise<boolean> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`tax-id:${key.country}:${key.taxId}`}))`);
  const [row] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.country, key.country), eq(companies.taxId, key.taxId), standsForTaxId))
    .limit(1);
  return row !== undefined;
}
