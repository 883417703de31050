import { appRouter, serverTimingHeader, type TimedDb } from "@karvon/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { env } from "../../../../env";
import { checkCrossSite, crossSiteRefusal } from "../../../../server/cross-site";
import { logger } from "../../../../server/logger";
import { createRequestContext } from "../../../../server/trpc-context";

function handler(req: Request) {
  const verdict = checkCrossSite(req, { publicUrl: env().PUBLIC_URL, requireJson: true });
  if (!verdict.allowed) return crossSiteRefusal(verdict);
  // The database time of the request goes out as `Server-Timing: db;dur=…` (the benchmark reads it).
  let timing: TimedDb | undefined;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: () => createRequestContext(req.headers, (timed) => (timing = timed)),
    responseMeta: () => (timing ? { headers: new Headers({ "Server-Timing": serverTimingHeader(timing) }) } : {}),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") logger().error({ err: error, path: path ?? "?" }, "tRPC procedure failed");
    },
  });
}

export { handler as GET, handler as POST };
