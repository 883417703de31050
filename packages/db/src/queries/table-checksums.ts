import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { executeRows } from "./execute-rows";

export type TableChecksum = { table: string; rows: number; checksum: string };

/**
 * Row count and an md5 over the sorted text form of every row, per table of the public schema (plus the
 * migrations journal). Two databases with equal checksums hold the same data: backups are checked with it, and
 * tests use it to prove that a read wrote nothing.
 */
export async function tableChecksums(db: Db): Promise<TableChecksum[]> {
  const tables = await executeRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const result: TableChecksum[] = [];
  for (const { table_name: table } of tables) {
    const [row] = await executeRows<{ rows: number | string; checksum: string | null }>(
      db,
      sql`select count(*) as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as checksum
          from ${sql.identifier(table)} t`,
    );
    result.push({ table, rows: Number(row?.rows ?? 0), checksum: row?.checksum ?? "" });
  }
  return result;
}
