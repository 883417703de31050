import { defineConfig } from "@playwright/test";
export default defineConfig({
  testDir: "e2e/accounts",
  outputDir: "/tmp/auth-pw-out",
  workers: 1,
  timeout: 400_000,
  expect: { timeout: 90_000 },
  use: {
    baseURL: "http://localhost:3201",
    screenshot: "on",
    launchOptions: { executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] },
  },
});
