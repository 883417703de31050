import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  // Workspace packages export TypeScript source.
  transpilePackages: ["@karvon/api", "@karvon/data", "@karvon/db"],
  // PGlite loads its WASM and data files at run time; bundling it breaks them.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Lets two builds live side by side (e2e tests, benchmarks, a developer's own build); build-time only.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(config);
