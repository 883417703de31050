import { appRouter, serverTimingHeader, timedDb, type TimedDb } from "@karvon/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { deliverMailSoon } from "../../../../server/mail";
import { createRequestContext } from "../../../../server/trpc-context";

async function handler(req: Request) {
  // Database time of the request goes out as `Server-Timing: db;dur=…` (read by the benchmark and devtools).
  let timing: TimedDb | undefined;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: async () => {
      const context = await createRequestContext(req.headers);
      timing = timedDb(context.db);
      return { ...context, db: timing.db };
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed`, error);
    },
  });
  // Mutations (POST) may have queued mail in the outbox; with SMTP configured it goes out now.
  if (req.method === "POST") deliverMailSoon();
  if (timing !== undefined) response.headers.set("Server-Timing", serverTimingHeader(timing));
  return response;
}

export { handler as GET, handler as POST };
