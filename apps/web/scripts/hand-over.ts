/**
 * The first phase of a graceful shutdown: letting the load balancer stop sending before the listener closes.
 *
 * Closing a listening socket resets the connections still waiting in the kernel's accept queue. A proxy that has
 * already sent a POST on such a connection cannot retry it elsewhere (it may have had an effect) and answers 502.
 * nginx without active health checks learns that a process is going away only from a failed request, so for a
 * moment after SIGTERM the listener stays open:
 * - a read (GET or HEAD) is answered 503 before the application sees it: nginx retries it on another process
 *   (`proxy_next_upstream http_503`) and sends this one nothing more for its `fail_timeout`;
 * - any other request is served as usual (its connection closes after the response);
 * - probes of /api/health and /api/ready reach the application, which says it is shutting down.
 * The listener closes once no connection has arrived for `quietMs` (nothing is being sent here any more), or after
 * `maxMs` whatever happens.
 */
import type { IncomingMessage, Server } from "node:http";

export type HandOverOptions = { quietMs: number; maxMs: number };

export const defaultHandOver: HandOverOptions = { quietMs: 300, maxMs: 3000 };

const probes = ["/api/health", "/api/ready"];

/** Whether a request that arrives while the process drains is answered 503 for the proxy to retry elsewhere. */
export function isRetriedElsewhere(request: Pick<IncomingMessage, "method" | "url">): boolean {
  const method = request.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") return false;
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  return !probes.includes(pathname);
}

/** Remembers when the last connection arrived; `handOver` waits for a quiet moment. */
export function watchConnections(server: Server): { lastConnectionAt: () => number } {
  let last = 0;
  server.on("connection", () => {
    last = Date.now();
  });
  return { lastConnectionAt: () => last };
}

/** Resolves once no connection has arrived for `quietMs`, or after `maxMs` (never later than `deadline`). */
export function handOver(lastConnectionAt: () => number, options: HandOverOptions, deadline: number): Promise<void> {
  const started = Date.now();
  const end = Math.min(deadline, started + options.maxMs);
  return new Promise((resolve) => {
    const check = () => {
      const now = Date.now();
      const quietSince = Math.max(started, lastConnectionAt());
      if (now - quietSince >= options.quietMs || now >= end) resolve();
      else setTimeout(check, 25);
    };
    check();
  });
}
