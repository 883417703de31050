import { appRouter, createCallerFactory } from "@karvon/api";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { csvLines } from "@/lib/csv";
import { createRequestContext } from "@/server/trpc-context";

const createCaller = createCallerFactory(appRouter);
const columns = ["id", "at", "actorId", "action", "targetType", "targetId", "before", "after", "ip"] as const;

/**
 * The audit log as CSV, with the admin page's filters; the procedure checks the admin role before the first
 * byte. The rows are written batch by batch as the database yields them, never held whole in memory.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const filter = Object.fromEntries([...url.searchParams.entries()].filter(([, value]) => value !== ""));
  let batches: AsyncIterable<Record<(typeof columns)[number], unknown>[]>;
  try {
    const caller = createCaller(await createRequestContext(request.headers));
    batches = await caller.moderation.audit.export(filter);
  } catch (error) {
    if (error instanceof TRPCError) return new Response(error.message, { status: getHTTPStatusCodeFromError(error) });
    throw error;
  }
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLines([columns])));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done === true) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(csvLines(next.value.map((row) => columns.map((column) => row[column])))));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="karvon-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
