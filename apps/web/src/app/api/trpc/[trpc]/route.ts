import { appRouter } from "@karvon/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { deliverMailSoon } from "../../../../server/mail";
import { createRequestContext } from "../../../../server/trpc-context";

async function handler(req: Request) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: () => createRequestContext(req.headers),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed`, error);
    },
  });
  // Mutations (POST) may have queued mail in the outbox; with SMTP configured it goes out now.
  if (req.method === "POST") deliverMailSoon();
  return response;
}

export { handler as GET, handler as POST };
