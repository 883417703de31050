import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrationsFolder, type Db } from "./client";
import { executeRows } from "./queries/execute-rows";

/**
 * What a load balancer's readiness check needs from the database: that a statement answers, and that every
 * committed migration is applied. drizzle's migrator records each applied migration in
 * `drizzle.__drizzle_migrations` with its folder timestamp (`created_at`); one newer in packages/db/drizzle
 * than the latest recorded there is pending.
 */
export type DatabaseHealth = { reachable: true; pendingMigrations: number } | { reachable: false; error: string };

let committedMigrations: number[] | undefined;

/** The folder timestamps of the committed migrations, read once (the files do not change while running). */
function committedMigrationTimes(): number[] {
  committedMigrations ??= readMigrationFiles({ migrationsFolder }).map((migration) => migration.folderMillis);
  return committedMigrations;
}

export async function checkDatabaseHealth(db: Db): Promise<DatabaseHealth> {
  let latest: number;
  try {
    // A database never migrated has no such table: every migration is then pending.
    const [table] = await executeRows<{ name: string | null }>(db, sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`);
    const [row] = table?.name
      ? await executeRows<{ latest: string | number | null }>(db, sql`select max(created_at) as latest from drizzle.__drizzle_migrations`)
      : [];
    latest = row?.latest === null || row?.latest === undefined ? 0 : Number(row.latest);
  } catch (error) {
    return { reachable: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { reachable: true, pendingMigrations: committedMigrationTimes().filter((time) => time > latest).length };
}

/**
 * How far a streaming replica trails its primary, in seconds: 0 when it has replayed everything it received,
 * else the age of the last transaction it replayed (an idle primary sends nothing, so that age alone would grow
 * without any lag). Null on a server that is not a replica.
 */
export async function replicaLagSeconds(db: Db): Promise<number | null> {
  const [row] = await executeRows<{ lag: string | number | null }>(
    db,
    sql`select case
          when not pg_is_in_recovery() then null
          when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
          else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0)
        end as lag`,
  );
  return row?.lag === null || row?.lag === undefined ? null : Number(row.lag);
}
