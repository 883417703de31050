import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const script = path.resolve(import.meta.dirname, "../../scripts/summarize-tests.mjs");

function summarize(vitestReport: unknown, playwrightReport: unknown) {
  const folder = mkdtempSync(path.join(tmpdir(), "summarize-"));
  const vitestPath = path.join(folder, "vitest.json");
  const playwrightPath = path.join(folder, "playwright.json");
  writeFileSync(vitestPath, JSON.stringify(vitestReport));
  writeFileSync(playwrightPath, JSON.stringify(playwrightReport));
  return spawnSync(process.execPath, [script, vitestPath, playwrightPath], { encoding: "utf8" });
}

const greenPlaywright = { stats: { expected: 3, flaky: 0, unexpected: 0 }, suites: [] };

describe("the closing line of npm test", () => {
  it("sums both runners and exits 0 when nothing failed", () => {
    const result = summarize({ numPassedTests: 5, numFailedTests: 0, testResults: [] }, greenPlaywright);
    expect(result.stdout.trim()).toBe("8 passed, 0 failed");
    expect(result.status).toBe(0);
  });

  it("names each failed test and its error just above the closing line", () => {
    const vitestReport = {
      numPassedTests: 4,
      numFailedTests: 1,
      testResults: [
        {
          name: "/repo/tests/integration/inbox.test.ts",
          status: "failed",
          message: "",
          assertionResults: [
            { fullName: "inbox lists requests", status: "passed", failureMessages: [] },
            {
              fullName: "inbox shows the right company",
              status: "failed",
              failureMessages: ["\u001b[31mAssertionError: expected 2 to be 1\u001b[39m\n    at inbox.test.ts:12"],
            },
          ],
        },
      ],
    };
    const playwrightReport = {
      stats: { expected: 1, flaky: 0, unexpected: 1 },
      suites: [
        {
          title: "listings/renew.spec.ts",
          specs: [],
          suites: [
            {
              title: "renewing",
              specs: [
                {
                  title: "shows the new date",
                  tests: [{ status: "unexpected", results: [{ error: { message: "expected June 6, got June 7" } }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    const result = summarize(vitestReport, playwrightReport);
    const lines = result.stdout.trim().split("\n");
    expect(lines.at(-1)).toBe("5 passed, 2 failed");
    expect(result.stdout).toContain("✗ /repo/tests/integration/inbox.test.ts › inbox shows the right company");
    expect(result.stdout).toContain("      AssertionError: expected 2 to be 1");
    expect(result.stdout).not.toContain("\u001b[");
    expect(result.stdout).toContain("✗ listings/renew.spec.ts › renewing › shows the new date");
    expect(result.stdout).toContain("expected June 6, got June 7");
    expect(result.status).toBe(1);
  });
});
