import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Tests that need the production build and run after the end-to-end tests (scripts/test.sh runs this config after
 * Playwright and writes tests/.reports/after-e2e.json, which the closing summary counts):
 * - the grep of the captured logs for the run's secrets (this folder);
 * - load, two web processes, the mail outbox over HTTP, health/readiness/metrics and graceful shutdown
 *   (tests/reliability/load.test.ts, two-processes.test.ts, mail-outbox-http.test.ts, observability.test.ts,
 *   graceful-shutdown.test.ts), which start the production server of the e2e build on PostgreSQL when
 *   TEST_DATABASE_URL is set and on an embedded data folder otherwise;
 * - the whole production shape (production-shape.test.ts: nginx, two processes, a primary and a streaming replica)
 *   and the runbook's drill (operations-drill.test.ts), which start PostgreSQL servers of their own from the local
 *   binaries.
 * The integration project leaves them all out.
 * The operators' tests (readiness with migrations pending, graceful shutdown under write load) check a deployment
 * on a PostgreSQL server, whose data they read while servers run: they are part of the run only when
 * TEST_DATABASE_URL is set (scripts/test.sh starts a server wherever PostgreSQL is installed, and says so when it
 * cannot). The production shape and the drill need the PostgreSQL 15 binaries (initdb, pg_basebackup): without
 * them they are left out, and the run says so.
 */
const postgresOnly = process.env.TEST_DATABASE_URL ? ["reliability/observability.test.ts", "reliability/graceful-shutdown.test.ts"] : [];
const clusterTests = ["reliability/production-shape.test.ts", "reliability/operations-drill.test.ts"];
// As tests/support/postgres-cluster.ts looks for them (the config imports nothing of the tests).
const pgBin = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const havePostgresBinaries = ["initdb", "pg_basebackup"].every((name) => existsSync(path.join(pgBin, name)));
if (!havePostgresBinaries) {
  console.warn(`No PostgreSQL 15 binaries in ${pgBin} (set PG_BIN): ${clusterTests.join(" and ")} are not part of this run.`);
}

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
      ...(havePostgresBinaries ? clusterTests : []),
    ],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One at a time: the load test measures, and each file starts servers of its own.
    fileParallelism: false,
  },
});
