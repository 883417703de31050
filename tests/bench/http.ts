import http from "node:http";
import { gunzipSync } from "node:zlib";

/** tRPC over HTTP as the browser calls it: GET /api/trpc/<path>?input=<superjson {"json": …}>. */
export function trpcUrl(base: string, procedure: string, input: unknown): string {
  return `${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

export type TimedResponse = { ms: number; dbMs: number | null; body: unknown; status: number };

/**
 * One connection kept alive, as a browser keeps one to the portal, and node:http rather than `fetch`: undici's
 * fetch added about 3 ms of client time to every request on the 2-core machine, which the server did not spend.
 * The body is accepted gzip-compressed, as browsers ask for it, and parsed, so every figure includes reading it.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function timedGet(url: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
  return timedGetOnce(url, headers).catch((error: unknown) => {
    // The server closes a keep-alive connection idle for 5 s (Node's default); a request sent on it at that moment
    // is reset before the server read it. Node's documentation asks the client to retry exactly that case once.
    if (error instanceof StaleSocketError) return timedGetOnce(url, headers);
    throw error;
  });
}

/** A request reset on a kept-alive connection the server had just closed: it never reached the server. */
export class StaleSocketError extends Error {}

/** `error` as a StaleSocketError when the request was reset on a reused connection, unchanged otherwise. */
export function markStale(request: http.ClientRequest, error: NodeJS.ErrnoException): Error {
  return request.reusedSocket && error.code === "ECONNRESET" ? new StaleSocketError(error.message) : error;
}

function timedGetOnce(url: string, headers: Record<string, string>): Promise<TimedResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { "accept-encoding": "gzip", ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        try {
          const raw = Buffer.concat(chunks);
          const text = (response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
          const body: unknown = JSON.parse(text);
          const ms = performance.now() - started;
          const timing = /db;dur=([\d.]+)/.exec(String(response.headers["server-timing"] ?? ""));
          resolve({ ms, dbMs: timing ? Number(timing[1]) : null, body, status: response.statusCode ?? 0 });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    request.on("error", (error) => reject(markStale(request, error)));
  });
}

/** The `json` payload of a successful tRPC answer. */
export function trpcData<T>(response: TimedResponse): T {
  const result = (response.body as { result?: { data?: { json?: T } } }).result;
  if (response.status !== 200 || result?.data?.json === undefined) {
    throw new Error(`tRPC answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
  }
  return result.data.json;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
