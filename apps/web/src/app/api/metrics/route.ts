import { generationCacheLookups, mailQueueStats } from "@karvon/api";
import { env } from "@/env";
import { getDb } from "@/server/db";
import { metricsAccess } from "@/server/metrics-access";
import { metrics } from "@/server/metrics";

/**
 * Prometheus metrics of this process, for the operators' monitoring only (METRICS_TOKEN, metrics-access.ts).
 * Values that live elsewhere are read at scrape time: the search caches' look-up counts and, with SMTP, the mail
 * queue in the database.
 */
export async function GET(request: Request) {
  const config = env();
  const access = metricsAccess(request.headers, config.METRICS_TOKEN);
  if (access === "disabled") return new Response("Not found", { status: 404 });
  if (access === "unauthorized") return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  const m = metrics();
  m.cacheLookups.reset();
  for (const [cache, counts] of Object.entries(generationCacheLookups())) {
    m.cacheLookups.inc({ cache, result: "hit" }, counts.hits);
    m.cacheLookups.inc({ cache, result: "revalidated" }, counts.revalidated);
    m.cacheLookups.inc({ cache, result: "updated" }, counts.updated);
    m.cacheLookups.inc({ cache, result: "miss" }, counts.misses);
  }
  if (config.SMTP_URL !== undefined) {
    const queue = await mailQueueStats(await getDb());
    m.mailQueuePending.set(queue.pending);
    m.mailQueueFailing.set(queue.failing);
  }
  return new Response(await m.registry.metrics(), { headers: { "Content-Type": m.registry.contentType, "Cache-Control": "no-store" } });
}
