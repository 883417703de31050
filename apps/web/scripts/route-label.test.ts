import { describe, expect, it } from "vitest";
import { routeLabelerFromManifest } from "./route-label";

// The shape of Next's routes-manifest.json (its entries for a few of the portal's routes).
const label = routeLabelerFromManifest({
  staticRoutes: [{ page: "/api/health", regex: "^/api/health(?:/)?$" }],
  dynamicRoutes: [
    { page: "/[locale]/companies/[slug]", regex: "^/([^/]+?)/companies/([^/]+?)(?:/)?$" },
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
  ],
});

describe("route labels for metrics", () => {
  it("names the build's pattern, not the path", () => {
    expect(label("/api/health")).toBe("/api/health");
    expect(label("/uz/companies/toshkent-tekstil")).toBe("/[locale]/companies/[slug]");
    expect(label("/az")).toBe("/[locale]");
  });

  it("gives invented paths and static assets one label each", () => {
    expect(label("/no/such/path/at/all")).toBe("unmatched");
    expect(label(`/${"x".repeat(50)}/a/b`)).toBe("unmatched");
    expect(label("/_next/static/chunks/app.js")).toBe("/_next");
  });
});
