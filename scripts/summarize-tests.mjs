// Sums vitest's and Playwright's JSON reports into one plain line: "N passed, N failed".
// A missing report (its runner crashed) counts as one failure, so a run that tested nothing is never green.
import { existsSync, readFileSync } from "node:fs";

function read(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
// Usage: summarize-tests.mjs <vitest.json> <playwright.json> [more vitest reports, e.g. the after-e2e checks]
const [vitestPath, playwrightPath, ...moreVitestPaths] = process.argv.slice(2);

for (const reportPath of [vitestPath, ...moreVitestPaths]) {
  const vitest = read(reportPath);
  if (vitest) {
    passed += vitest.numPassedTests ?? 0;
    failed += (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0);
    // A test file that failed to load has no tests but failed.
    for (const file of vitest.testResults ?? []) {
      if (file.status === "failed" && (file.assertionResults ?? []).length === 0) failed += 1;
    }
  } else {
    console.log(`vitest report missing: ${reportPath}`);
    failed += 1;
  }
}

const playwright = read(playwrightPath);
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
} else {
  console.log(`playwright report missing: ${playwrightPath}`);
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
