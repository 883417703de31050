/**
 * The process's Prometheus metrics (prom-client), served by /api/metrics to the operators' monitoring only
 * (metrics-access.ts). One registry per process, kept on globalThis: the HTTP server (scripts/serve.ts) and
 * Next's bundles each load this module, and prom-client is an external package (next.config.ts), so all of them
 * record into the same collectors.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Seconds, from 5 ms to 10 s: a search at size L takes tens of ms, a cold page hundreds. */
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "karvon_" });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Histogram({
      name: "karvon_http_request_duration_seconds",
      help: "HTTP requests by page or route pattern of the build (unmatched paths are one label), method and status class.",
      labelNames: ["route", "method", "status"] as const,
      buckets: durationBuckets,
      registers,
    }),
    procedures: new Histogram({
      name: "karvon_trpc_procedure_duration_seconds",
      help: "tRPC procedures by path, type and outcome (ok or the tRPC error code).",
      labelNames: ["procedure", "type", "outcome"] as const,
      buckets: durationBuckets,
      registers,
    }),
    databaseTime: new Histogram({
      name: "karvon_trpc_request_database_seconds",
      help: "Database time of one tRPC HTTP request (all its statements, as in its Server-Timing header).",
      buckets: durationBuckets,
      registers,
    }),
    cacheLookups: new Counter({
      name: "karvon_search_cache_lookups_total",
      help: "Look-ups in the search caches (results, facet counts) by result: hit (answered from the cache), revalidated (an older entry checked against the writes since and served unchanged), updated (an older entry served with the writes since applied to its counts) or miss.",
      labelNames: ["cache", "result"] as const,
      registers,
    }),
    mailQueuePending: new Gauge({
      name: "karvon_mail_queue_pending",
      help: "Mails in the outbox not yet handed to SMTP (only with SMTP_URL set; without it the outbox is the mailbox).",
      registers,
    }),
    mailQueueFailing: new Gauge({
      name: "karvon_mail_queue_failing",
      help: "Unsent mails whose last delivery attempt failed.",
      registers,
    }),
    mailFailures: new Counter({
      name: "karvon_mail_delivery_failures_total",
      help: "Delivery attempts the SMTP server refused or that failed, in this process.",
      registers,
    }),
    mailSent: new Counter({
      name: "karvon_mail_sent_total",
      help: "Mails handed to the SMTP server by this process.",
      registers,
    }),
    jobLastRun: new Gauge({
      name: "karvon_scheduled_job_last_run_timestamp_seconds",
      help: "When a scheduled job last finished a run in this process (Unix time), successful or not.",
      labelNames: ["job"] as const,
      registers,
    }),
    jobLastSuccess: new Gauge({
      name: "karvon_scheduled_job_last_success_timestamp_seconds",
      help: "When a scheduled job last completed successfully in this process (Unix time).",
      labelNames: ["job"] as const,
      registers,
    }),
    jobFailures: new Counter({
      name: "karvon_scheduled_job_failures_total",
      help: "Failed runs of a scheduled job in this process.",
      labelNames: ["job"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as unknown as { karvonMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.karvonMetrics ??= createMetrics();
  return globalForMetrics.karvonMetrics;
}

/** Status class for labels: 2xx, 3xx, 4xx, 5xx (exact codes would multiply the series without helping). */
export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}
