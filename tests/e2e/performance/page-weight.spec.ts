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

/**
 * The HTML of a search page with 20 results: 346 kB when every page carried all message catalogues and each facet
 * value's whole link tree in its payload. Half of that is the budget.
 */
const searchHtmlBudgetKb = 173;

test("the HTML of a search page with 20 results stays under half its former size", async ({ request }) => {
  const response = await request.get("/en/search");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html.match(/data-testid="search-result"/g)?.length, "results on the page").toBe(20);
  const kb = Buffer.byteLength(html) / 1024;
  expect(kb, `/en/search: ${kb.toFixed(1)} kB of HTML`).toBeLessThan(searchHtmlBudgetKb);
});
