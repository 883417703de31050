import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Tests that need the production build and run after the end-to-end tests (scripts/test.sh runs this config after
 * Playwright and writes tests/.reports/after-e2e.json, which the closing summary counts):
 * - the grep of the captured logs for the run's secrets (this folder);
 * - load, two web processes, the mail outbox over HTTP, health/readiness/metrics, graceful shutdown and two
 *   processes behind nginx (tests/reliability/load.test.ts, two-processes.test.ts, mail-outbox-http.test.ts,
 *   observability.test.ts, graceful-shutdown.test.ts, behind-nginx.test.ts), which start the production server
 *   of the e2e build on PostgreSQL when TEST_DATABASE_URL is set and on an embedded data folder otherwise; the
 *   integration project leaves them out.
 * The operators' tests (readiness with migrations pending, graceful shutdown under write load, two processes
 * behind nginx) check a deployment on a PostgreSQL server, whose data they read while servers run: they are part
 * of the run only when TEST_DATABASE_URL is set (scripts/test.sh starts a server wherever PostgreSQL is installed,
 * and says so when it cannot).
 */
const postgresOnly = process.env.TEST_DATABASE_URL
  ? ["reliability/observability.test.ts", "reliability/graceful-shutdown.test.ts", "reliability/behind-nginx.test.ts"]
  : [];

export default defineConfig({
  resolve: { alias: { "server-only": path.resolve(import.meta.dirname, "../support/server-only-stub.ts") } },
  test: {
    name: "after-e2e",
    root: path.resolve(import.meta.dirname, ".."),
    include: [
      "after-e2e/**/*.test.ts",
      "reliability/load.test.ts",
      "reliability/two-processes.test.ts",
      ...postgresOnly,
    ],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One at a time: the load test measures, and each file starts servers of its own.
    fileParallelism: false,
  },
});
