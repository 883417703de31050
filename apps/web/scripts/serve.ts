/**
 * The production HTTP server: Next.js through its programmatic API behind a plain node:http server that stamps
 * each request with its socket's peer address (./peer-address.ts), from which every client address is computed,
 * times each request for the metrics by its route pattern (./route-label.ts), gives 404 pages their `lang`
 * (./error-shell-language.ts), compresses the API's answers whole (./whole-answer-compression.ts), and shuts down
 * gracefully: it hands over to the other processes first (./hand-over.ts), then closes its listener and finishes
 * what it has.
 */
import { createServer, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { isDraining, manageShutdown, runClosers, settleWork, startDraining } from "../src/server/lifecycle";
import { metrics, statusClass } from "../src/server/metrics";
import { declareErrorShellLanguage } from "./error-shell-language";
import { defaultHandOver, handOver, isRetriedElsewhere, watchConnections } from "./hand-over";
import { createRequestListener } from "./peer-address";
import { routeLabelerForBuild } from "./route-label";
import { answersWhole, compressWholeAnswer } from "./whole-answer-compression";

export type ServeOptions = {
  dir: string;
  port: number;
  host?: string;
  /** How long a SIGTERM waits for requests in flight and tracked work before closing anyway (default 20 s). */
  shutdownGraceMs?: number;
};

function waitUntil(done: () => boolean, deadline: number, everyMs = 50): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (done()) resolve(true);
      else if (Date.now() >= deadline) resolve(false);
      else setTimeout(check, everyMs);
    };
    check();
  });
}

/** Serves the production build in `dir` until SIGINT or SIGTERM, then shuts down gracefully. */
export async function serve(options: ServeOptions): Promise<void> {
  manageShutdown();
  const app = next({ dev: false, dir: options.dir, hostname: options.host ?? "localhost", port: options.port });
  await app.prepare();
  const routeLabel = routeLabelerForBuild(path.resolve(options.dir, process.env.NEXT_DIST_DIR ?? ".next"));
  const appHandle = app.getRequestHandler();
  const handle = createRequestListener((request, response) => {
    declareErrorShellLanguage(request, response);
    return appHandle(request, response);
  });
  const inFlight = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const started = performance.now();
    inFlight.add(response);
    // While draining, the connection closes after this response: the client's next request opens a new one,
    // which a load balancer sends to another process.
    if (isDraining()) response.setHeader("Connection", "close");
    response.once("close", () => {
      inFlight.delete(response);
      const pathname = (request.url ?? "/").split("?")[0] ?? "/";
      metrics().httpRequests.observe(
        { route: routeLabel(pathname), method: request.method ?? "GET", status: statusClass(response.statusCode) },
        (performance.now() - started) / 1000,
      );
    });
    if (isDraining() && isRetriedElsewhere(request)) {
      response.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "1" });
      response.end("This server is shutting down; please try again in a moment.\n");
      return;
    }
    if (answersWhole(request.url)) compressWholeAnswer(request, response);
    handle(request, response);
  });
  const connections = watchConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });

  const graceMs = options.shutdownGraceMs ?? 20_000;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const deadline = Date.now() + graceMs;
    // 1. /api/ready answers 503; reads are answered 503 for the proxy to send elsewhere, until nothing new
    //    arrives (./hand-over.ts). Then no new connections; idle keep-alive connections close now, busy ones after
    //    their response.
    startDraining();
    server.closeIdleConnections();
    const idleCloser = setInterval(() => server.closeIdleConnections(), 100);
    await handOver(connections.lastConnectionAt, defaultHandOver, deadline);
    server.close();
    // 2. Requests in flight finish (their writes commit and are acknowledged), then work they started (mail
    //    being handed to SMTP, a scheduled job's run).
    const requestsDone = await waitUntil(() => inFlight.size === 0, deadline);
    const workDone = await Promise.race([settleWork().then(() => true), waitUntil(() => false, deadline)]);
    clearInterval(idleCloser);
    if (!requestsDone || !workDone) {
      console.error(`Shutdown after ${signal}: ${inFlight.size} requests or background work still running after ${graceMs} ms; closing anyway.`);
    }
    // 3. Whatever is left is cut, Next's caches are flushed, the database closes last.
    server.closeAllConnections();
    await app.close().catch(() => {});
    await runClosers();
    process.exit(requestsDone && workDone ? 0 : 1);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, (received) => void stop(received));
}
