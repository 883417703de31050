/**
 * The database a production server of these tests runs on: a new database on the TEST_DATABASE_URL server when one
 * is given (`npm test` starts one where PostgreSQL is installed), otherwise a new embedded (PGlite) data folder.
 * On PGlite the server holds the folder's lock: the test opens the database only while no server runs on it.
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { createDb, type DbHandle } from "@karvon/db";
import { createPostgresDatabase, reportsDir } from "./web-server";

export type ServerDatabase = {
  name: "pglite" | "postgres";
  /** What the web server's environment needs to use this database. */
  env: Record<string, string>;
  /** Opens the database for seeding or checking (on PGlite: never while a server runs on it). */
  open: () => Promise<DbHandle>;
  /** Removes the database. */
  drop: () => Promise<void>;
};

export const postgresServerUrl = process.env.TEST_DATABASE_URL ?? "";

export async function createServerDatabase(prefix: string): Promise<ServerDatabase> {
  if (postgresServerUrl !== "") {
    const database = await createPostgresDatabase(postgresServerUrl, prefix);
    return {
      name: "postgres",
      env: { DATABASE_URL: database.url },
      open: () => createDb({ databaseUrl: database.url, maxConnections: 4 }),
      drop: database.drop,
    };
  }
  const dataDir = path.join(reportsDir, `data-${prefix}-${randomUUID().slice(0, 8)}`);
  return {
    name: "pglite",
    // The test seeds what it needs; the server adds no demo data of its own.
    env: { KARVON_DATA_DIR: dataDir, KARVON_DEMO_DATA: "off" },
    open: () => createDb({ dataDir }),
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** Runs `work` on the database opened, and closes it again (so that a server can take it). */
export async function withOpenDatabase<T>(database: ServerDatabase, work: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = await database.open();
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
