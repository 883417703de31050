/**
 * The benchmark's planted truth at size XS (1,000 generated companies and the planted documents) on PGlite,
 * without the web server: every planted query class must reach its recall@10 floor, and "partners for you"
 * must suggest the planted complementary requests. Catches search-quality regressions in `npm test`.
 */
import { createDb, type DbHandle } from "@karvon/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataset } from "../bench/dataset";
import { directMatches, directSearch } from "../bench/direct";
import { loadDataset } from "../bench/load";
import { evaluateMatches, evaluateRecall, recallChecks } from "../bench/recall";

const dataset = createDataset("XS");
let handle: DbHandle;

beforeAll(async () => {
  handle = await createDb({ dataDir: "memory://" });
  await loadDataset(handle.db, dataset, "recall test XS");
}, 300_000);

afterAll(async () => {
  await handle.close();
});

describe("search recall against the planted truth (XS, PGlite)", () => {
  it("meets the recall@10 floors of exact, cross-script and typo queries", async () => {
    const report = await evaluateRecall(directSearch(handle.db), dataset.truth);
    const misses = report.queries.filter((query) => query.recall < 1).map((query) => `${query.id}: ${query.recall.toFixed(2)}`);
    const failed = recallChecks(report).filter((check) => !check.pass).map((check) => check.name);
    expect(failed, `queries below 1.0: ${misses.join(", ")}`).toEqual([]);
    expect(report.byClass.concept).toBeGreaterThanOrEqual(0.8);
  });

  it("suggests the planted complementary requests for every planted offer", async () => {
    const report = await evaluateMatches(directMatches(handle.db), dataset.truth);
    expect(report.groups.every((group) => group.suggested > 0)).toBe(true);
    // Only the planted requests trade the planted goods (HS 92, 91, 66); the other planted groups share just the
    // sector (ISIC 32) and must not crowd them out.
    expect(report.precision).toBeGreaterThanOrEqual(0.8);
  });
});
