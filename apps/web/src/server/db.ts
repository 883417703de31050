import "server-only";
import { createDb, type DbHandle } from "@karvon/api";
import { env } from "../env";

/**
 * The one database handle of this server process, opened lazily (never at module load, so `next build`
 * never opens PGlite) and closed on SIGINT/SIGTERM so the embedded data folder is left clean.
 */
const globalForDb = globalThis as unknown as { karvonDb?: Promise<DbHandle> };

function closeOnSignals(handle: Promise<DbHandle>) {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    void handle
      .then((h) => h.close())
      .catch(() => {})
      .finally(() => process.kill(process.pid, signal));
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
}

export function getDbHandle(): Promise<DbHandle> {
  if (!globalForDb.karvonDb) {
    const config = env();
    globalForDb.karvonDb = createDb({ databaseUrl: config.DATABASE_URL, dataDir: config.KARVON_DATA_DIR });
    closeOnSignals(globalForDb.karvonDb);
  }
  return globalForDb.karvonDb;
}

export async function getDb() {
  return (await getDbHandle()).db;
}
