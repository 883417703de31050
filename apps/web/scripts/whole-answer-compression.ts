/**
 * The API's answers compressed whole, in one step, by the production server. Next.js compresses every response
 * as it streams: a gzip stream per response, each chunk a round trip to libuv's thread pool and back through the
 * event loop. Under the search load that was 12–15 % of the web server's main thread, and each round trip
 * waited behind the other requests' work (docs/performance.md). An answer of the API is bounded JSON of a few to
 * some tens of kB, produced whole: it is collected here and compressed synchronously once complete (a 20 kB
 * answer in about 0.3 ms), and sent with its Content-Length. Next.js's compressor leaves it alone, as it leaves
 * every body that already carries a Content-Encoding.
 */
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import Negotiator from "negotiator";

/** Smaller bodies are sent as they are: gzip's header and checksum would outweigh what it saves (Next.js's threshold too). */
export const wholeAnswerMinimumBytes = 1024;

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

/** Whether a request's path is one whose answers are compressed whole: the tRPC endpoint's. */
export function answersWhole(url: string | undefined): boolean {
  return (url ?? "").startsWith("/api/trpc/");
}

/**
 * Makes `response` collect its body and send it compressed once complete, when the client accepts gzip. Call
 * before anything writes to it.
 */
export function compressWholeAnswer(request: IncomingMessage, response: ServerResponse): void {
  if (new Negotiator({ headers: request.headers }).encoding(["gzip", "identity"]) !== "gzip") return;
  // Set before Next.js's compressor decides (when the headers are written), so that it passes the body through.
  response.setHeader("Content-Encoding", "gzip");
  const chunks: Buffer[] = [];
  const original = { writeHead: response.writeHead, flushHeaders: response.flushHeaders, write: response.write, end: response.end };
  const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) => (typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk));

  // Until the body is complete the headers are not written: its encoding and length are decided at the end.
  response.writeHead = function deferredWriteHead(code: number, ...rest: unknown[]) {
    const [message, headers] = typeof rest[0] === "string" ? [rest[0], rest[1]] : [undefined, rest[0]];
    response.statusCode = code;
    if (message !== undefined) response.statusMessage = message;
    // Headers given here are set now, as writeHead would: an object, or a flat array of names and values.
    if (Array.isArray(headers)) for (let index = 0; index + 1 < headers.length; index += 2) response.setHeader(String(headers[index]), headers[index + 1] as OutgoingHttpHeader);
    else for (const [name, value] of Object.entries((headers ?? {}) as OutgoingHttpHeaders)) if (value !== undefined) response.setHeader(name, value);
    return response;
  };
  response.flushHeaders = () => {};
  response.write = function collect(chunk: Chunk, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback) {
    const encoding = typeof encodingOrCallback === "string" ? encodingOrCallback : undefined;
    const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
    chunks.push(toBuffer(chunk, encoding));
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse["write"];
  response.end = function sendWhole(chunkOrCallback?: Chunk | (() => void), encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) {
    const chunk = typeof chunkOrCallback === "function" ? undefined : chunkOrCallback;
    const encoding = typeof encodingOrCallback === "string" ? encodingOrCallback : undefined;
    const done = [chunkOrCallback, encodingOrCallback, callback].find((value): value is () => void => typeof value === "function");
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    const code = response.statusCode;
    const body = Buffer.concat(chunks);
    const bodyless = request.method === "HEAD" || code === 204 || code === 304;
    let payload: Buffer | undefined = body;
    if (bodyless || body.length < wholeAnswerMinimumBytes) {
      response.removeHeader("Content-Encoding");
      if (bodyless) payload = undefined;
      else response.setHeader("Content-Length", body.length);
    } else {
      payload = gzipSync(body);
      response.setHeader("Content-Length", payload.length);
      const vary = String(response.getHeader("Vary") ?? "");
      if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) response.setHeader("Vary", vary === "" ? "Accept-Encoding" : `${vary}, Accept-Encoding`);
    }
    // The response's own methods again (those wrapped around these, Next.js's compressor's, have had their turn).
    Object.assign(response, original);
    response.writeHead(code);
    return payload === undefined ? response.end(done) : response.end(payload, done);
  } as ServerResponse["end"];
}
