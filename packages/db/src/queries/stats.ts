import { partnerCountryCodes } from "@karvon/data";
import { and, count, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { companies } from "../schema";

/** Published, not suspended companies per partner country (zero where none). */
export async function countPublishedCompaniesByCountry(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .select({ country: companies.country, total: count() })
    .from(companies)
    .where(
      and(
        isNotNull(companies.publishedAt),
        isNull(companies.suspendedAt),
        inArray(companies.country, [...partnerCountryCodes]),
      ),
    )
    .groupBy(companies.country);
  const result: Record<string, number> = Object.fromEntries(partnerCountryCodes.map((code) => [code, 0]));
  for (const row of rows) result[row.country] = row.total;
  return result;
}
