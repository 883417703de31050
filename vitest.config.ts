import path from "node:path";
import { defineConfig } from "vitest/config";

const serverOnlyStub = path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts");
/** The web app's `@/` import alias (apps/web/tsconfig.json `paths`). */
const webSource = `${path.resolve(import.meta.dirname, "apps/web/src")}/`;

export default defineConfig({
  // apps/web/tsconfig.json keeps JSX for Next to compile; tests of components need it compiled here.
  oxc: { jsx: { runtime: "automatic" } },
  resolve: { alias: [{ find: "server-only", replacement: serverOnlyStub }, { find: /^@\//, replacement: webSource }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.{ts,tsx}", "apps/web/scripts/**/*.test.ts", "tests/tooling/**/*.test.ts", "tests/bench/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/security/**/*.test.ts", "tests/reliability/**/*.test.ts"],
          // These start the production build; scripts/test.sh runs them after the build (tests/after-e2e/vitest.config.ts).
          exclude: [
            "tests/reliability/load.test.ts",
            "tests/reliability/two-processes.test.ts",
            "tests/reliability/observability.test.ts",
            "tests/reliability/graceful-shutdown.test.ts",
            "tests/reliability/production-shape.test.ts",
            "tests/reliability/operations-drill.test.ts",
            // Needs a PostgreSQL server: part of the run only when one is given, never a skipped test.
            ...(process.env.TEST_DATABASE_URL ? [] : ["tests/reliability/backup-restore-postgres.test.ts"]),
          ],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ["tests/support/global-setup.ts"],
          // PGlite costs ~300 MB and a core while it starts: two files at a time on 2 cores.
          maxWorkers: 2,
          // Run after the unit project (projects with different worker limits need their own group).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
