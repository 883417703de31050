import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies, peerAddressHeader } from "./client-address";

function request(peer: string | null, forwardedFor?: string): Headers {
  const headers = new Headers();
  if (peer !== null) headers.set(peerAddressHeader, peer);
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

describe("clientAddress", () => {
  it("is the peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("198.51.100.4", "203.0.113.9"), [])).toBe("198.51.100.4");
    expect(clientAddress(request("198.51.100.4", "203.0.113.9, 10.0.0.1"), [])).toBe("198.51.100.4");
  });

  it("is the peer when the peer is not a trusted proxy", () => {
    expect(clientAddress(request("198.51.100.4", "203.0.113.9"), ["10.0.0.0/8"])).toBe("198.51.100.4");
  });

  it("walks X-Forwarded-For from the right past trusted proxies", () => {
    const trusted = ["10.0.0.0/8", "127.0.0.1"];
    // The client wrote 1.2.3.4 itself; the first proxy appended the real client, the second proxy appended the first.
    expect(clientAddress(request("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.1.2.3"), trusted)).toBe("203.0.113.9");
    expect(clientAddress(request("10.9.9.9", "203.0.113.9"), trusted)).toBe("203.0.113.9");
  });

  it("keeps the last trusted hop when every hop is trusted or the header is missing", () => {
    expect(clientAddress(request("127.0.0.1", "10.1.2.3"), ["127.0.0.1", "10.0.0.0/8"])).toBe("10.1.2.3");
    expect(clientAddress(request("127.0.0.1"), ["127.0.0.1"])).toBe("127.0.0.1");
  });

  it("stops at a hop that is not an address", () => {
    expect(clientAddress(request("127.0.0.1", "203.0.113.9, not-an-ip"), ["127.0.0.1"])).toBe("127.0.0.1");
    expect(clientAddress(request("127.0.0.1", "0x7f000001"), ["127.0.0.1"])).toBe("127.0.0.1");
  });

  it("writes IPv4-mapped IPv6 peers as IPv4 and matches them against IPv4 ranges", () => {
    expect(clientAddress(request("::ffff:198.51.100.4"), [])).toBe("198.51.100.4");
    expect(clientAddress(request("::ffff:127.0.0.1", "2001:db8::7"), ["127.0.0.1"])).toBe("2001:db8::7");
  });

  it("is null when the peer is unknown or malformed, even with X-Forwarded-For", () => {
    expect(clientAddress(request(null, "203.0.113.9"), [])).toBeNull();
    expect(clientAddress(request(null, "203.0.113.9"), ["0.0.0.0/0"])).toBeNull();
    expect(clientAddress(request("localhost", "203.0.113.9"), [])).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("reads addresses and ranges of both families", () => {
    expect(parseTrustedProxies(" 127.0.0.1, 10.0.0.0/8 ,::1, fd00::/8")).toEqual(["127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"]);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(parseTrustedProxies("")).toEqual([]);
  });

  it("refuses what is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/proxy\.example/);
    expect(() => parseTrustedProxies("127.1")).toThrow();
  });
});
