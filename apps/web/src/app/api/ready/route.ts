import { checkDatabaseHealth } from "@karvon/api";
import { getDb } from "@/server/db";
import { isDraining } from "@/server/lifecycle";
import { logger } from "@/server/logger";
import { replicaStates } from "@/server/replicas";

/**
 * Readiness for load balancers: 200 when this process should get traffic — the database answers and every
 * committed migration is applied — and 503 otherwise, or while it shuts down. With read replicas it lists each
 * one's lag and whether it serves reads. The answer names what failed but
 * never the database's address or error text (those go to the log).
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  if (isDraining()) return Response.json({ status: "shutting down" }, { status: 503, headers });
  const health = await checkDatabaseHealth(await getDb());
  if (!health.reachable) {
    logger().error({ error: health.error }, "Readiness: the database does not answer");
    return Response.json({ status: "not ready", database: "unreachable" }, { status: 503, headers });
  }
  if (health.pendingMigrations > 0) {
    return Response.json({ status: "not ready", database: "migrations pending", pendingMigrations: health.pendingMigrations }, { status: 503, headers });
  }
  // A lagging or unreachable replica is left out of the reads (server/replicas.ts), so it does not make this
  // process unready; its state is shown for the monitoring.
  const replicas = await replicaStates();
  return Response.json({ status: "ready", database: "ok", ...(replicas.length > 0 ? { replicas } : {}) }, { headers });
}
