import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declareErrorShellLanguage, localeOfPath } from "./error-shell-language";

type Middleware = (request: unknown, response: unknown, next: () => void) => void;
// The compressor Next.js itself wraps responses with, so the test sees the order the real server has.
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;

const shell = '<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/></head><body>';

let server: Server;
let port: number;

beforeAll(async () => {
  const compress = compression();
  server = createServer((request, response) => {
    declareErrorShellLanguage(request, response);
    compress(request, response, () => {});
    const found = !request.url?.includes("missing");
    response.statusCode = found ? 200 : 404;
    response.setHeader("content-type", "text/html; charset=utf-8");
    // Large enough to be compressed (the compressor skips bodies under 1 kB).
    response.write(found ? shell.replace("__next_error__", "page") : shell);
    response.end(`${"<p>padding</p>".repeat(200)}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function htmlTag(path: string, gzip: boolean): Promise<string | undefined> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { "accept-encoding": gzip ? "gzip" : "identity" } });
  // fetch decompresses on its own; the header proves the body travelled compressed.
  if (gzip) expect(response.headers.get("content-encoding")).toBe("gzip");
  return (await response.text()).match(/<html[^>]*>/)?.[0];
}

describe("the 404 error shell", () => {
  it.each([true, false])("gets the address's language, compressed or not (gzip: %s)", async (gzip) => {
    expect(await htmlTag("/uz/missing", gzip)).toBe('<html id="__next_error__" lang="uz">');
    expect(await htmlTag("/az/companies/missing", gzip)).toBe('<html id="__next_error__" lang="az">');
    expect(await htmlTag("/missing.txt", gzip)).toBe('<html id="__next_error__" lang="en">');
  });

  it("leaves other pages alone", async () => {
    expect(await htmlTag("/ru/found", true)).toBe('<html id="page">');
  });

  it("takes the locale from the first segment only", () => {
    expect(localeOfPath("/ru?x=1")).toBe("ru");
    expect(localeOfPath("/xx/ru")).toBe("en");
    expect(localeOfPath(undefined)).toBe("en");
  });
});
