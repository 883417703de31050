import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timedGet } from "./http";

/**
 * A server that closes a kept-alive connection just as the next request arrives on it, as Node's server does after
 * 5 idle seconds: the benchmark must ask again on a fresh connection instead of ending with ECONNRESET.
 */
describe("the benchmark's HTTP client", () => {
  let server: http.Server;
  let base: string;
  const answered = new WeakSet<object>();

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (answered.has(request.socket)) {
        request.socket.destroy();
        return;
      }
      answered.add(request.socket);
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ ok: true }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("asks once more on a new connection when a reused one is reset", async () => {
    expect((await timedGet(`${base}/first`)).body).toEqual({ ok: true });
    const second = await timedGet(`${base}/second`);
    expect(second).toMatchObject({ status: 200, body: { ok: true } });
  });
});
