import { describe, expect, it } from "vitest";
import { checkCrossSite } from "./cross-site";

const publicUrl = "https://karvon.example";

function request(method: string, headers: Record<string, string>) {
  return { method, headers: new Headers({ host: "karvon.example", ...headers }) };
}

describe("checkCrossSite", () => {
  const trpc = { publicUrl, requireJson: true };
  const auth = { publicUrl, requireJson: false };

  it("lets the portal's own JSON POSTs through (with or without Origin)", () => {
    expect(checkCrossSite(request("POST", { origin: publicUrl, "content-type": "application/json" }), trpc)).toEqual({ allowed: true });
    expect(checkCrossSite(request("POST", { "content-type": "application/json; charset=utf-8" }), trpc)).toEqual({ allowed: true });
    expect(checkCrossSite(request("POST", { "sec-fetch-site": "same-origin", "content-type": "application/json" }), trpc)).toEqual({ allowed: true });
  });

  it("accepts the origin of the addressed host (portal reached under another name)", () => {
    const local = { method: "POST", headers: new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "content-type": "application/json" }) };
    expect(checkCrossSite(local, trpc)).toEqual({ allowed: true });
  });

  it("refuses POSTs from another site, whatever their content type", () => {
    for (const type of ["application/json", "application/x-www-form-urlencoded", "text/plain"]) {
      expect(checkCrossSite(request("POST", { origin: "https://evil.example", "content-type": type }), trpc)).toEqual({ allowed: false, reason: "foreign-origin" });
      expect(checkCrossSite(request("POST", { origin: "https://evil.example", "content-type": type }), auth)).toEqual({ allowed: false, reason: "foreign-origin" });
    }
    expect(checkCrossSite(request("POST", { origin: "null", "content-type": "application/json" }), trpc).allowed).toBe(false);
    expect(checkCrossSite(request("POST", { "sec-fetch-site": "cross-site", "content-type": "application/json" }), auth).allowed).toBe(false);
    expect(checkCrossSite(request("POST", { origin: "http://karvon.example.evil.example", "content-type": "application/json" }), trpc).allowed).toBe(false);
  });

  it("refuses form-encoded and text/plain bodies (no CORS preflight) even without an Origin", () => {
    for (const type of ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain;charset=UTF-8"]) {
      expect(checkCrossSite(request("POST", { "content-type": type }), trpc)).toEqual({ allowed: false, reason: "content-type" });
      expect(checkCrossSite(request("POST", { "content-type": type }), auth)).toEqual({ allowed: false, reason: "content-type" });
    }
    expect(checkCrossSite(request("POST", {}), trpc).allowed).toBe(false);
    // Auth endpoints without a body (sign-out) send no content type.
    expect(checkCrossSite(request("POST", {}), auth).allowed).toBe(true);
  });

  it("does not check safe methods", () => {
    expect(checkCrossSite(request("GET", { origin: "https://evil.example" }), trpc)).toEqual({ allowed: true });
  });
});
