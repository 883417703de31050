import "server-only";
import { createDb, type DbHandle } from "@karvon/api";
import { env } from "../env";
import { isShutdownManaged, onShutdown } from "./lifecycle";

/**
 * The one database handle of this server process, opened lazily (never at module load, so `next build`
 * never opens PGlite) and closed on SIGINT/SIGTERM so the embedded data folder is left clean. Under the
 * production server (scripts/serve.ts) the handle is closed by its graceful shutdown, after the requests in
 * flight; elsewhere (`next dev`, scripts) at once on the signal.
 */
const globalForDb = globalThis as unknown as { karvonDb?: Promise<DbHandle> };

function closeOnSignals(handle: Promise<DbHandle>) {
  let closing = false;
  onShutdown(() => handle.then((h) => h.close()));
  const close = (signal: NodeJS.Signals) => {
    if (closing || isShutdownManaged()) return;
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
