import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { handOver, isRetriedElsewhere, watchConnections } from "./hand-over";

describe("which requests a draining process sends back for the proxy to retry elsewhere", () => {
  it("reads, but not the health and readiness probes", () => {
    expect(isRetriedElsewhere({ method: "GET", url: "/en/search?q=cotton" })).toBe(true);
    expect(isRetriedElsewhere({ method: "HEAD", url: "/" })).toBe(true);
    expect(isRetriedElsewhere({ method: "GET", url: "/api/trpc/search.query?input=%7B%7D" })).toBe(true);
    expect(isRetriedElsewhere({ method: "GET", url: "/api/ready" })).toBe(false);
    expect(isRetriedElsewhere({ method: "GET", url: "/api/health?probe=1" })).toBe(false);
  });

  it("never a write: a proxy cannot replay it, so the process serves it", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(isRetriedElsewhere({ method, url: "/api/trpc/contact.conversations.send" })).toBe(false);
  });
});

describe("the hand-over before the listener closes", () => {
  it("ends once no connection has arrived for the quiet time", async () => {
    const started = Date.now();
    await handOver(() => 0, { quietMs: 100, maxMs: 5000 }, Date.now() + 10_000);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(100);
    expect(waited).toBeLessThan(1000);
  });

  it("waits while connections keep arriving, then the quiet time after the last", async () => {
    const started = Date.now();
    // Connections arrive for the first 400 ms.
    const last = () => Math.min(Date.now(), started + 400);
    await handOver(last, { quietMs: 150, maxMs: 5000 }, Date.now() + 10_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });

  it("ends after its longest time, or at the shutdown's deadline, even if connections never stop", async () => {
    let started = Date.now();
    await handOver(() => Date.now(), { quietMs: 150, maxMs: 300 }, Date.now() + 10_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(1000);
    started = Date.now();
    await handOver(() => Date.now(), { quietMs: 150, maxMs: 5000 }, Date.now() + 200);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("sees each new connection to the server", async () => {
    const server = createServer((_, response) => response.end("ok"));
    const connections = watchConnections(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    expect(connections.lastConnectionAt()).toBe(0);
    const before = Date.now();
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => request({ port, host: "127.0.0.1", agent: false }, (response) => response.resume().on("end", resolve)).on("error", reject).end());
    expect(connections.lastConnectionAt()).toBeGreaterThanOrEqual(before);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
