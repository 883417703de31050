import type { SQL } from "drizzle-orm";
import type { Db } from "../client";

/**
 * Runs raw SQL and returns its rows on both drivers: postgres-js answers with an array of rows, PGlite with
 * `{ rows }`. Column names are as the SQL spells them (no casing conversion).
 */
export async function executeRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  if (typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows)) {
    return result.rows as T[];
  }
  throw new Error("Unexpected result shape from db.execute");
}
