import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { apiContentSecurityPolicy, baseSecurityHeaders } from "./src/server/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  // Workspace packages export TypeScript source.
  transpilePackages: ["@karvon/api", "@karvon/data", "@karvon/db"],
  // PGlite loads its WASM and data files at run time; bundling it breaks them. prom-client: one copy shared with
  // scripts/serve.ts (server/metrics.ts).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "prom-client"],
  poweredByHeader: false,
  // Lets two builds live side by side (e2e tests, benchmarks, a developer's own build); build-time only.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // API responses (tRPC paths contain dots, which the proxy's matcher leaves out) get their headers here;
  // pages get theirs, with a per-request nonce, from src/proxy.ts.
  async headers() {
    const toList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));
    return [
      {
        source: "/api/:path*",
        headers: toList({ ...baseSecurityHeaders({ https: false }), "Content-Security-Policy": apiContentSecurityPolicy }),
      },
      {
        source: "/api/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: toList({ "Strict-Transport-Security": baseSecurityHeaders({ https: true })["Strict-Transport-Security"] ?? "" }),
      },
    ];
  },
};

export default withNextIntl(config);
