import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { clientAddress } from "@karvon/api/client-address";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestListener } from "./peer-address";

/** What the application behind the listener saw of one request. */
type Seen = { headers: Record<string, string | string[] | undefined>; rawHeaders: string[] };

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(
    createRequestListener(async (request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ headers: request.headers, rawHeaders: request.rawHeaders } satisfies Seen));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** node:http rather than fetch, so that a repeated header goes out as written. */
function send(headers: Record<string, string | string[]>): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, path: "/", headers }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(JSON.parse(body) as Seen));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("the production server's peer address", () => {
  it("replaces the client's own copies of the private headers with the socket's peer", async () => {
    const seen = await send({
      "X-Karvon-Peer": ["203.0.113.9", "198.51.100.1"],
      "X-Karvon-Client": "203.0.113.9",
      "X-Forwarded-For": "203.0.113.9",
    });
    expect(seen.headers["x-karvon-peer"]).toBe("127.0.0.1");
    expect(seen.headers["x-karvon-client"]).toBeUndefined();
    const raw = seen.rawHeaders.filter((_, index) => index % 2 === 0).map((name) => name.toLowerCase());
    expect(raw.filter((name) => name === "x-karvon-peer")).toHaveLength(1);
    expect(raw).not.toContain("x-karvon-client");
    expect(seen.headers["x-forwarded-for"]).toBe("203.0.113.9");
  });

  it("makes a forged X-Forwarded-For count for nothing unless the peer is a trusted proxy", async () => {
    const seen = await send({ "X-Forwarded-For": "203.0.113.9" });
    const headers = new Headers(Object.entries(seen.headers).map(([name, value]) => [name, String(value)] as [string, string]));
    expect(clientAddress(headers, [])).toBe("127.0.0.1");
    expect(clientAddress(headers, ["127.0.0.1"])).toBe("203.0.113.9");
  });
});
