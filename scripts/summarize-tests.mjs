// Sums vitest's and Playwright's JSON reports into one plain line: "N passed, N failed", and names each failed
// test just above it with the first lines of its error: a CI log often keeps only its tail, and a failure whose
// name scrolled away cannot be reproduced. A missing report (its runner crashed) counts as one failure, so a run
// that tested nothing is never green.
import { existsSync, readFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

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
const failures = [];

// The first lines of an error, without terminal colours: enough to recognise it, short enough for a log's tail.
function firstLines(message, count = 8) {
  return stripVTControlCharacters(String(message ?? ""))
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, count)
    .map((line) => `      ${line.slice(0, 200)}`)
    .join("\n");
}
// Usage: summarize-tests.mjs <vitest.json> <playwright.json> [more vitest reports, e.g. the after-e2e checks]
const [vitestPath, playwrightPath, ...moreVitestPaths] = process.argv.slice(2);

for (const reportPath of [vitestPath, ...moreVitestPaths]) {
  const vitest = read(reportPath);
  if (vitest) {
    passed += vitest.numPassedTests ?? 0;
    failed += (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0);
    // A test file that failed to load has no tests but failed.
    for (const file of vitest.testResults ?? []) {
      if (file.status === "failed" && (file.assertionResults ?? []).length === 0) {
        failed += 1;
        failures.push(`${file.name}: the file failed to load\n${firstLines(file.message)}`);
      }
      for (const test of file.assertionResults ?? []) {
        if (test.status === "failed") {
          failures.push(`${file.name} › ${test.fullName}\n${firstLines((test.failureMessages ?? []).join("\n"))}`);
        }
      }
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
  collectPlaywrightFailures(playwright.suites ?? [], []);
} else {
  console.log(`playwright report missing: ${playwrightPath}`);
  failed += 1;
}

// Playwright nests suites (file, describe) around specs; a spec failed when its last attempt did.
function collectPlaywrightFailures(suites, titles) {
  for (const suite of suites) {
    const path = [...titles, suite.title].filter(Boolean);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const last = (test.results ?? []).at(-1);
        if (test.status === "unexpected" && last) {
          const error = last.error?.message ?? (last.errors ?? []).map((e) => e.message).join("\n");
          failures.push(`${[...path, spec.title].join(" › ")}\n${firstLines(error)}`);
        }
      }
    }
    collectPlaywrightFailures(suite.suites ?? [], path);
  }
}

if (failures.length > 0) {
  console.log("Failed tests:");
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
