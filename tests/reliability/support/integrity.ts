import { sql } from "drizzle-orm";
import type { Db } from "@karvon/db";
import { rowsOf } from "../../support/raw-rows";


/** Runs amcheck's bt_index_check on every btree index of the public schema; throws on corruption. */
export async function checkBtreeIndexes(db: Db): Promise<number> {
  await db.execute(sql`create extension if not exists amcheck`);
  const indexes = rowsOf<{ name: string }>(
    await db.execute(sql`
      select c.oid::regclass::text as name from pg_index i
      join pg_class c on c.oid = i.indexrelid
      join pg_am am on am.oid = c.relam
      where am.amname = 'btree' and c.relnamespace = 'public'::regnamespace`),
  );
  for (const { name } of indexes) await db.execute(sql`select bt_index_check(${name}::regclass, true)`);
  return indexes.length;
}
