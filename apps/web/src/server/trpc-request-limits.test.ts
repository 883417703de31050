import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { trpcRequestLimits } from "../trpc/limits";

// Every procedure starts by building its context: a request refused before that has run no procedure.
const createRequestContext = vi.hoisted(() => vi.fn());
vi.mock("./trpc-context", () => ({ createRequestContext }));

const { GET, POST } = await import("../app/api/trpc/[trpc]/route");

const origin = "http://localhost:3000";
const searchInput = { json: { text: "cotton" } };

function batchGet(calls: number): Request {
  const paths = Array.from({ length: calls }, () => "search.query").join(",");
  const input = Object.fromEntries(Array.from({ length: calls }, (_, index) => [index, searchInput]));
  return new Request(`${origin}/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
}

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}/api/trpc/search.recordMiss`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

describe("bounded work per /api/trpc request", () => {
  beforeEach(() => {
    createRequestContext.mockReset();
    createRequestContext.mockRejectedValue(new TRPCError({ code: "UNAUTHORIZED" }));
  });

  it("answers a batch of 150 calls with 400 before any of them runs", async () => {
    const response = await GET(batchGet(150));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("Batch call exceeds maximum size");
    expect(createRequestContext).not.toHaveBeenCalled();
  });

  it("runs a batch of the maximum size", async () => {
    const response = await GET(batchGet(trpcRequestLimits.maxBatchSize));
    expect(JSON.stringify(await response.json())).not.toContain("Batch call exceeds maximum size");
    expect(createRequestContext).toHaveBeenCalled();
  });

  it("answers 413 to a body over the limit without reading it, whether its length is declared or not", async () => {
    const tooLong = JSON.stringify({ json: { text: "x".repeat(trpcRequestLimits.maxBodyBytes) } });
    expect((await POST(post(tooLong))).status).toBe(413);
    const declared = post(JSON.stringify(searchInput), { "content-length": String(trpcRequestLimits.maxBodyBytes + 1) });
    expect((await POST(declared)).status).toBe(413);
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    expect((await POST(post(endless))).status).toBe(413);
    expect(sent).toBeLessThan(trpcRequestLimits.maxBodyBytes + 4 * chunk.byteLength);
    expect(createRequestContext).not.toHaveBeenCalled();
  });

  it("passes a body within the limit on to the procedure", async () => {
    const response = await POST(post(JSON.stringify(searchInput)));
    expect(response.status).not.toBe(413);
    expect(createRequestContext).toHaveBeenCalled();
  });
});
