import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { amcheck } from "@electric-sql/pglite/contrib/amcheck";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema";
import { acquireDataFolderLock } from "./lock";
import { refreshStaleSearchDocuments } from "./queries/search-text-version";

export type Schema = typeof schema;
/** One handle type for both drivers: a union of the two driver types breaks `.returning()`. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbOptions = {
  /** postgres://… — when set, a PostgreSQL server is used; otherwise embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data folder (default `.data` in the working directory); `memory://` for a throwaway database. */
  dataDir?: string;
  /** Apply committed migrations before returning (default true). */
  migrate?: boolean;
  /** Load a PGlite data folder dump instead of starting empty (fast test databases). */
  loadDataDir?: Blob;
  /** Connection pool size for PostgreSQL. */
  maxConnections?: number;
};

export type DbHandle = {
  db: Db;
  driver: "pglite" | "postgres";
  /** The PGlite instance when embedded (backups, dumps). */
  pglite?: PGlite;
  close: () => Promise<void>;
};

// Resolved from this file, not with new URL(…, import.meta.url), which Turbopack breaks.
export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../drizzle");

export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    const safeUrl = url.replace(/\/\/[^@/]*@/, "//***@");
    super(
      `Cannot reach the PostgreSQL server at ${safeUrl} (${cause instanceof Error ? cause.message : String(cause)}). Check DATABASE_URL, or unset it to use the embedded database.`,
    );
    this.name = "DatabaseUnreachableError";
  }
}

export class MigrationError extends Error {
  constructor(cause: unknown) {
    super(
      `Applying database migrations failed (${cause instanceof Error ? cause.message : String(cause)}). Nothing was half-applied: each migration runs in a transaction. Check that packages/db/drizzle is complete.`,
    );
    this.name = "MigrationError";
  }
}

/**
 * Session settings of every connection: short statements, so no JIT compilation (~90 ms per search statement at
 * 100k companies), and the random-read cost of SSD (or in-memory) storage, without which the planner reads every
 * search document, detoasting each tsvector, instead of using the GIN indexes for a common word (the profile in docs/performance.md).
 */
const plannerSettings = { jit: "off", random_page_cost: "1.1" } as const;

async function openPostgres(url: string, options: DbOptions): Promise<DbHandle> {
  const client = postgres(url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connect_timeout: 10,
    connection: plannerSettings,
  });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new DatabaseUnreachableError(url, error);
  }
  const db = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Db;
  if (options.migrate !== false) {
    try {
      await migratePostgres(drizzlePostgres(client, { casing: "snake_case" }), { migrationsFolder });
      await refreshStaleSearchDocuments(db);
    } catch (error) {
      await client.end({ timeout: 1 }).catch(() => {});
      throw new MigrationError(error);
    }
  }
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

async function openPglite(options: DbOptions): Promise<DbHandle> {
  const dataDir = options.dataDir ?? ".data";
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquireDataFolderLock(path.resolve(/*turbopackIgnore: true*/ dataDir));
  if (!inMemory) mkdirSync(/*turbopackIgnore: true*/ dataDir, { recursive: true });
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: inMemory ? undefined : path.resolve(/*turbopackIgnore: true*/ dataDir, "pg"),
      extensions: { pg_trgm, amcheck },
      loadDataDir: options.loadDataDir,
    });
  } catch (error) {
    release();
    throw error;
  }
  for (const [name, value] of Object.entries(plannerSettings)) await pglite.query("select set_config($1, $2, false)", [name, value]);
  const db = drizzlePglite(pglite, { schema, casing: "snake_case" }) as unknown as Db;
  if (options.migrate !== false) {
    try {
      await migratePglite(drizzlePglite(pglite, { casing: "snake_case" }), { migrationsFolder });
      await refreshStaleSearchDocuments(db);
    } catch (error) {
      await pglite.close().catch(() => {});
      release();
      throw new MigrationError(error);
    }
  }
  return {
    db,
    driver: "pglite",
    pglite,
    close: async () => {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        release();
      }
    },
  };
}

/** Opens the database: PostgreSQL when `databaseUrl` is set, embedded PGlite otherwise; migrations applied. */
export async function createDb(options: DbOptions = {}): Promise<DbHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options);
}
