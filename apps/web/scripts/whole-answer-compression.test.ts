import { createRequire } from "node:module";
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersWhole, compressWholeAnswer, wholeAnswerMinimumBytes } from "./whole-answer-compression";

// Next.js's own compressor, as its server applies it to every response after serve.ts handed the request on.
type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
const nextCompression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;

const answer = JSON.stringify({ result: { data: { json: { hits: Array.from({ length: 40 }, (_, index) => ({ id: index, title: `Paxta ipi ${index}` })) } } } });
const small = JSON.stringify({ result: { data: { json: { ok: true } } } });

let base = "";
const server = createServer((incoming, response) => {
  if (answersWhole(incoming.url)) compressWholeAnswer(incoming, response);
  nextCompression()(incoming, response, () => {
    // As Next.js sends a route handler's answer: status and headers set, flushed, then the body in chunks.
    const body = incoming.url?.includes("small") ? small : answer;
    if (incoming.url?.includes("written-head")) {
      response.writeHead(418, "Short and stout", { "X-Kind": "tea" });
      response.end(body);
      return;
    }
    response.statusCode = 200;
    response.setHeader("Content-Type", "application/json");
    response.flushHeaders();
    response.write(body.slice(0, 100));
    response.write(Buffer.from(body.slice(100)));
    response.end();
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string>, method = "GET"): Promise<{ status: number; message: string; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, message: response.statusMessage ?? "", headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

describe("the API's answers compressed whole by the production server", () => {
  it("sends an answer gzipped once, in one piece with its length, and Next.js's compressor passes it through", async () => {
    const { headers, body } = await get("/api/trpc/search.query?input=%7B%7D", { "accept-encoding": "gzip, deflate, br" });
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers["transfer-encoding"]).toBeUndefined();
    expect(Number(headers["content-length"])).toBe(body.length);
    expect(headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(body).toString("utf8")).toBe(answer);
  });

  it("keeps the status, its message and the headers given to writeHead", async () => {
    const { status, message, headers, body } = await get("/api/trpc/written-head", { "accept-encoding": "gzip" });
    expect([status, message, headers["x-kind"], headers["content-encoding"]]).toEqual([418, "Short and stout", "tea", "gzip"]);
    expect(gunzipSync(body).toString("utf8")).toBe(answer);
  });

  it("sends it as it is to a client that does not accept gzip", async () => {
    for (const acceptEncoding of ["identity", "gzip;q=0", "br", ";;q=x, ,gzip;q=abc"]) {
      const { headers, body } = await get("/api/trpc/search.query?input=%7B%7D", { "accept-encoding": acceptEncoding });
      expect(headers["content-encoding"]).toBeUndefined();
      expect(body.toString("utf8")).toBe(answer);
    }
  });

  it("sends an answer under the threshold as it is, with its length", async () => {
    expect(Buffer.byteLength(small)).toBeLessThan(wholeAnswerMinimumBytes);
    const { headers, body } = await get("/api/trpc/small", { "accept-encoding": "gzip" });
    expect(headers["content-encoding"]).toBeUndefined();
    expect(Number(headers["content-length"])).toBe(body.length);
    expect(body.toString("utf8")).toBe(small);
  });

  it("answers a HEAD request with headers only", async () => {
    const { headers, body } = await get("/api/trpc/search.query?input=%7B%7D", { "accept-encoding": "gzip" }, "HEAD");
    expect(headers["content-encoding"]).toBeUndefined();
    expect(body.length).toBe(0);
  });

  it("leaves pages to Next.js's compressor, which streams them", async () => {
    expect(answersWhole("/en/search?q=paxta")).toBe(false);
    const { headers, body } = await get("/en/search", { "accept-encoding": "gzip" });
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers["transfer-encoding"]).toBe("chunked");
    expect(gunzipSync(body).toString("utf8")).toBe(answer);
  });
});
