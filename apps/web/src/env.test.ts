import { describe, expect, it } from "vitest";
import { InvalidEnvError, isLoopbackHost, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to port 3000, the embedded database and a local public URL", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.KARVON_DATA_DIR).toBe(".data");
    expect(env.PUBLIC_URL).toBe("http://localhost:3000");
  });

  it("derives PUBLIC_URL from PORT and keeps an explicit one", () => {
    expect(parseEnv({ PORT: "8080" }).PUBLIC_URL).toBe("http://localhost:8080");
    expect(parseEnv({ PUBLIC_URL: "https://karvon.example" }).PUBLIC_URL).toBe("https://karvon.example");
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow(InvalidEnvError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ PUBLIC_URL: "ftp://x" })).toThrow(/PUBLIC_URL/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "short" })).toThrow(/BETTER_AUTH_SECRET/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.1, proxy.internal" })).toThrow(/TRUSTED_PROXIES: "proxy.internal"/);
  });

  it("trusts no proxy unless TRUSTED_PROXIES names some", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8" }).TRUSTED_PROXIES).toEqual(["127.0.0.1", "10.0.0.0/8"]);
  });
});

describe("read replicas and metrics", () => {
  it("reads DATABASE_REPLICA_URLS as a list and requires a primary for it", () => {
    expect(parseEnv({}).DATABASE_REPLICA_URLS).toEqual([]);
    const primary = "postgres://karvon@10.0.0.20/karvon";
    const urls = "postgres://karvon@10.0.0.21/karvon, postgresql://karvon@10.0.0.22/karvon";
    expect(parseEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: urls }).DATABASE_REPLICA_URLS).toEqual([
      "postgres://karvon@10.0.0.21/karvon",
      "postgresql://karvon@10.0.0.22/karvon",
    ]);
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: urls })).toThrow(/DATABASE_REPLICA_URLS: needs DATABASE_URL/);
    expect(() => parseEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: "mysql://x" })).toThrow(/DATABASE_REPLICA_URLS/);
  });

  it("refuses a short metrics token", () => {
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
  });
});

describe("isLoopbackHost", () => {
  it("accepts the loopback addresses and localhost", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "0:0:0:0:0:0:0:1", "localhost", "LOCALHOST", "::ffff:127.0.0.1"]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
  });

  it("refuses every interface (unset), wildcard, private and public addresses and other names", () => {
    for (const host of [undefined, "0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "203.0.113.5", "127.0.0.1.example.org", "localhost.example.org", "karvon.local", "1270.0.0.1", "127.0.0.256"]) {
      expect(isLoopbackHost(host), String(host)).toBe(false);
    }
  });
});
