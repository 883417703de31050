import { readFile } from "node:fs/promises";
import { locales } from "@karvon/data";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

/** Pictures for a person to look at, outside the repository (docs/screenshots is written by its own spec). */
const shots = process.env.TRADE_SHOTS_DIR ?? "/tmp/trade-shots";

/** Every chart on the page carries its table and a non-empty source line; the drawings have loaded. */
async function expectChartsWithTablesAndSources(page: Page, minimum: number) {
  const charts = page.locator('section[data-testid^="chart-"]');
  await expect(charts.first()).toBeVisible();
  const count = await charts.count();
  expect(count).toBeGreaterThanOrEqual(minimum);
  for (let index = 0; index < count; index++) {
    const chart = charts.nth(index);
    await expect(chart.getByTestId("chart-source")).not.toBeEmpty();
    const table = chart.getByTestId("chart-table");
    if ((await table.count()) > 0) {
      await expect(table.locator("tbody tr").first()).toBeVisible();
      // The drawing (loaded on demand) is there beside its table.
      await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
    } else {
      await expect(chart).toContainText(/\S/);
    }
  }
}

/** A number as Node's full ICU prints it in the locale, matched with any kind of space between its groups. */
function localNumber(locale: string, value: number, options: Intl.NumberFormatOptions): RegExp {
  const text = new Intl.NumberFormat(locale, options).format(value);
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s\u00a0\u202f]/g, "[\\s\\u00a0\\u202f]"));
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const locale of locales) {
  test(`the cooperation dashboard in ${locale}: charts with tables and sources @phone`, async ({ page }, testInfo) => {
    await page.goto(`/${locale}/cooperation`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByTestId("target-progress")).toContainText(/\d/);
    await expectChartsWithTablesAndSources(page, 6);
    // Trade figures link to the published pages they come from.
    await expect(page.getByTestId("chart-turnover").getByTestId("chart-source").locator('a[href^="https://"]').first()).toBeVisible();
    await expect(page.getByTestId("chart-turnover").locator("tbody tr")).toHaveCount(5);
    // Numbers in the locale's own format (the browser lacks some locales' data, so the server prints them).
    await expect(page.getByTestId("chart-turnover").getByTestId("chart-table")).toContainText(localNumber(locale, 252_000_000, { style: "currency", currency: "USD", maximumFractionDigits: 0 }));
    // Months by name, never the browser's fallback "M12".
    await expect(page.getByTestId("chart-activity")).not.toContainText(/\bM\d{1,2}\b/);
    await expect(page.getByTestId("forums")).toContainText(locale === "ru" ? "Ташкент" : locale === "uz" ? "Toshkent" : locale === "az" ? "Daşkənd" : "Tashkent");
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/${testInfo.project.name}-${locale}-cooperation.png`, fullPage: true });
  });

  test(`trade opportunities in ${locale}: a ranked list and a product group page @phone`, async ({ page }, testInfo) => {
    // Two pages, each checked with axe and shot full-page: more than the default minute on a busy machine.
    test.setTimeout(120_000);
    await page.goto(`/${locale}/opportunities`);
    // Published national import figures exist, so the notice for ranking without them stays away.
    await expect(page.getByTestId("opportunities-fallback")).toHaveCount(0);
    const first = page.getByTestId("opportunity").first();
    await expect(first).toBeVisible();
    // The largest figure ranks first: cited with its source and the origins it counts (all countries).
    const allCountries = { en: "from all countries", ru: "из всех стран", uz: "Barcha mamlakatlardan", az: "Bütün ölkələrdən" }[locale];
    await expect(first.getByTestId("opportunity-statistics")).toContainText(allCountries);
    await expect(first.getByTestId("opportunity-statistics").locator('a[href^="https://"]').first()).toBeVisible();
    await expect(first.locator('a[href*="type=offers"][href*="hsChapter="]')).toHaveCount(1);
    await expect(first.locator('a[href*="type=requests"][href*="hsChapter="]')).toHaveCount(1);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/${testInfo.project.name}-${locale}-opportunities.png`, fullPage: true });

    await first.getByRole("heading", { level: 2 }).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/opportunities/\\d{2}$`));
    await expect(page.getByTestId("opportunity-side")).toHaveCount(2);
    await expectChartsWithTablesAndSources(page, 1);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/${testInfo.project.name}-${locale}-opportunity-chapter.png`, fullPage: true });
  });
}

test("a chart's CSV holds the raw figures of its table", async ({ page }) => {
  await page.goto("/en/cooperation");
  const chart = page.getByTestId("chart-turnover");
  const download = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Download CSV" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("Period,Turnover,Share of the target,Source");
  expect(csv).toContain('2024,252000000,25.2%,"Report.az, Nov 13, 2025"');
});

test("an unknown product group is a 404", async ({ page }) => {
  const response = await page.goto("/en/opportunities/77");
  expect(response?.status()).toBe(404);
});
