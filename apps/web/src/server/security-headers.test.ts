import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, contentSecurityPolicy, createNonce } from "./security-headers";

describe("security headers", () => {
  it("makes a fresh, unguessable nonce per call", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("allows only nonced scripts and forbids plugins, base rewriting and framing", () => {
    const csp = contentSecurityPolicy("abc", { development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc", { development: true })).toContain("unsafe-eval");
  });

  it("sends HSTS only over https", () => {
    expect(baseSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(baseSecurityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
  });
});
