import { appRouter, serverTimingHeader, type TimedDb } from "@karvon/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { env } from "@/env";
import { boundRequestBody, payloadTooLarge } from "@/server/bounded-body";
import { checkCrossSite, crossSiteRefusal } from "@/server/cross-site";
import { logger } from "@/server/logger";
import { createRequestContext } from "@/server/trpc-context";
import { trpcRequestLimits } from "@/trpc/limits";

async function handler(request: Request) {
  const verdict = checkCrossSite(request, { publicUrl: env().PUBLIC_URL, requireJson: true });
  if (!verdict.allowed) return crossSiteRefusal(verdict);
  // Bounded work per request: a body over the limit is refused unread, a longer batch before any call runs.
  const req = await boundRequestBody(request, trpcRequestLimits.maxBodyBytes);
  if (req === null) return payloadTooLarge(trpcRequestLimits.maxBodyBytes);
  // The database time of the request goes out as `Server-Timing: db;dur=…` (the benchmark reads it).
  let timing: TimedDb | undefined;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    maxBatchSize: trpcRequestLimits.maxBatchSize,
    createContext: () => createRequestContext(req.headers, (timed) => (timing = timed)),
    responseMeta: () => (timing ? { headers: new Headers({ "Server-Timing": serverTimingHeader(timing) }) } : {}),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") logger().error({ err: error, path: path ?? "?" }, "tRPC procedure failed");
    },
  });
}

export { handler as GET, handler as POST };
