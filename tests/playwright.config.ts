import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const reports = path.join(import.meta.dirname, ".reports");
/** Another build folder and data folder let several runs live side by side (E2E_DIST_DIR, E2E_PORT). */
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const dataDir = path.join(reports, port === 3100 ? "e2e-data" : `e2e-data-${port}`);
/** The server's whole output (pino JSON logs and start-up lines), grepped for secrets after the run (tests/after-e2e). */
const serverLog = path.join(reports, port === 3100 ? "server.log" : `server-${port}.log`);
/**
 * The screenshots of docs/screenshots are written only by `npm run screenshots`: a test run leaves the committed
 * pictures (and so the working tree) untouched.
 */
const takeScreenshots = process.env.KARVON_SCREENSHOTS === "1";
const screenshotSpecs = /screenshots\/.*\.spec\.ts$/;

/** Chromium from Debian (Playwright cannot download its own here). */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  // Per port too: a run beside another must not delete the other's traces.
  outputDir: path.join(reports, port === 3100 ? "playwright-output" : `playwright-output-${port}`),
  // Two spec files at a time (one per core); the tests of one file stay in order. Journeys that may run side by
  // side sign up their own people or act on different demo companies, so neither changes what the other reads.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // The report scripts/test.sh sums is playwright.json; a run on another port writes its own.
  reporter: [["list"], ["json", { outputFile: path.join(reports, port === 3100 ? "playwright.json" : `playwright-${port}.json`) }]],
  use: {
    baseURL,
    launchOptions: chromium,
    trace: "retain-on-failure",
    // A step that cannot happen (an element that never appears, a page that never loads) fails with its own name
    // instead of waiting out the test's whole time.
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
  },
  projects: takeScreenshots
    ? [{ name: "screenshots", testMatch: screenshotSpecs, use: { ...devices["Desktop Chrome"], launchOptions: chromium } }]
    : [
        { name: "desktop", testIgnore: screenshotSpecs, use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
        {
          name: "phone",
          testIgnore: screenshotSpecs,
          use: { ...devices["Pixel 7"], viewport: { width: 375, height: 812 }, launchOptions: chromium },
          grep: /@phone/,
        },
      ],
  webServer: {
    // The production build (`npm test` builds it into .next-e2e) on a fresh embedded database with demo data.
    command: `rm -rf "${dataDir}" && exec node_modules/.bin/tsx apps/web/scripts/start.ts >"${serverLog}" 2>&1`,
    cwd: root,
    url: `${baseURL}/en`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: baseURL,
      KARVON_DATA_DIR: dataDir,
      NEXT_DIST_DIR: distDir,
      BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      NODE_ENV: "production",
      // Every journey signs in from 127.0.0.1: a dozen sign-ins within a minute are the suite, not an attack.
      SIGN_IN_ATTEMPTS_PER_MINUTE: "200",
    },
  },
});
