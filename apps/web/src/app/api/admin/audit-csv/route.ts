import { appRouter, createCallerFactory } from "@karvon/api";
import { TRPCError } from "@trpc/server";
import { toCsv } from "@/lib/csv";
import { createRequestContext } from "@/server/trpc-context";

const createCaller = createCallerFactory(appRouter);
const columns = ["id", "at", "actorId", "action", "targetType", "targetId", "before", "after", "ip"] as const;

/** The audit log as CSV, with the admin page's filters; the procedure checks the admin role. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const filter = Object.fromEntries([...url.searchParams.entries()].filter(([, value]) => value !== ""));
  try {
    const caller = createCaller(await createRequestContext(request.headers));
    const rows = await caller.moderation.audit.export(filter);
    const csv = toCsv(columns, rows.map((row) => columns.map((column) => row[column])));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="karvon-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = error.code === "UNAUTHORIZED" ? 401 : error.code === "FORBIDDEN" ? 403 : 400;
      return new Response(error.message, { status });
    }
    throw error;
  }
}
