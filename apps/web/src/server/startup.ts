import "server-only";
import { env } from "../env";
import { resolveAuthSecret } from "./auth-secret";
import { startScheduledJobs } from "./scheduled-jobs";
import { getDbHandle } from "./db";
import { startStaffRequestInbox } from "./staff-request-inbox";
import { mailDestinationLine } from "./outbox-access";

/** Validates the configuration, opens the database and seeds the demo data on the embedded database. */
export async function startServer() {
  const config = env();
  // Refuses to start without a secret where one is required, before anything else happens.
  resolveAuthSecret(config);
  const handle = await getDbHandle();
  if (handle.driver === "pglite" && config.KARVON_DEMO_DATA === "on") {
    const { ensureDemoData } = await import("./demo-data");
    await ensureDemoData(handle.db, config.KARVON_DATA_DIR);
  }
  // Only the embedded database is closed to other processes; on PostgreSQL the command writes directly.
  if (handle.driver === "pglite") startStaffRequestInbox();
  // Plain text beside start.ts's line, for the person starting the portal (the JSON log is for machines).
  console.log(mailDestinationLine(config));
  startScheduledJobs();
}
