import { expect, test } from "@playwright/test";
import { measurePageWeights, pageWeightBudgetKb } from "../../bench/page-weight";
import { demoAccount } from "../support/demo-accounts";

/**
 * The page-weight budget (180 kB of first-load JS), kept in every run: the JavaScript a browser loads first on the home, search and
 * company pages of the production build (gzip) stays under 180 kB. A size, not a time: it does not depend on the
 * machine. The benchmark prints the same figures (tests/bench/page-weight.ts).
 */
test("first-load JavaScript of the home, search and company pages stays under the budget", async ({ baseURL }) => {
  const company = demoAccount((account) => account.path.startsWith("/companies/"), "a demo company");
  const slug = company.path.replace("/companies/", "");
  const weights = await measurePageWeights(baseURL ?? "", slug);
  expect(weights.map((weight) => weight.page)).toEqual(["home", "search", "company"]);
  for (const weight of weights) {
    expect(weight.scripts, `${weight.page}: scripts found`).toBeGreaterThan(0);
    expect(weight.gzipKb, `${weight.page}: ${weight.gzipKb.toFixed(1)} kB gzip`).toBeLessThan(pageWeightBudgetKb);
  }
});
