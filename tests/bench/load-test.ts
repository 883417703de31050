/**
 * The 16-client load: 16 keep-alive connections, each asking the next query of one shared Zipf-ordered sequence
 * (pool.ts) as soon as its previous answer arrived, for a fixed time. Every response's time is kept, so the p95 is
 * exact; a non-200 answer counts as an error. A run may go on from where an earlier one stopped in the sequence
 * (`start`, and `next` in the result), so consecutive runs are one load that goes on drawing.
 */
import http from "node:http";
import zlib from "node:zlib";
import { percentile } from "./http";

export type LoadResult = {
  rps: number;
  p95: number;
  p50: number;
  errors: number;
  /** The first failed request: its status and the start of its body, or the socket's error. */
  firstError?: string;
  requests: number;
  seconds: number;
};

export async function runLoad(
  base: string,
  paths: readonly string[],
  clients: number,
  seconds: number,
  start = 0,
): Promise<LoadResult & { next: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const failed = (what: string) => {
    errors += 1;
    firstError ??= what;
  };
  let next = start;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const ask = (path: string) =>
    new Promise<void>((resolve) => {
      const begun = performance.now();
      http
        .get(`${base}${path}`, { agent, headers: { "accept-encoding": "gzip" } }, (response) => {
          const body: Buffer[] = [];
          response.on("data", (chunk: Buffer) => {
            if (response.statusCode !== 200) body.push(chunk);
          });
          response.on("end", () => {
            times.push(performance.now() - begun);
            if (response.statusCode !== 200) failed(`${response.statusCode} ${path.slice(0, 120)}: ${bodyText(response.headers["content-encoding"], body).slice(0, 300)}`);
            resolve();
          });
          response.on("error", (error) => {
            failed(`response error ${path.slice(0, 120)}: ${error.message}`);
            resolve();
          });
        })
        .on("error", (error) => {
          failed(`request error ${path.slice(0, 120)}: ${error.message}`);
          resolve();
        });
    });
  const client = async () => {
    while (performance.now() < deadline) {
      const path = paths[next % paths.length] as string;
      next += 1;
      await ask(path);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { rps: times.length / elapsed, p95: percentile(times, 95), p50: percentile(times, 50), errors, firstError, requests: times.length, seconds: elapsed, next };
}

/** A failed answer's body as text, unzipped when it came gzipped. */
function bodyText(encoding: string | undefined, chunks: readonly Buffer[]): string {
  const body = Buffer.concat(chunks);
  try {
    return (encoding === "gzip" ? zlib.gunzipSync(body) : body).toString("utf8");
  } catch {
    return body.toString("utf8");
  }
}
