import { expect, test, type Page } from "@playwright/test";
import { demoAccount, signIn } from "../support/demo-accounts";
import { expectNoAxeViolations } from "../support/axe";

/**
 * Partner search on the embedded demo data (demo companies with a few hundred listings in four languages and
 * both Uzbek scripts). Everything the visitor chooses lives in the URL, so a reload shows the same results.
 */

const resultTitles = (page: Page) => page.getByTestId("result-link").allTextContents();

test("a visitor searches in Russian Cyrillic, filters by country and sector, opens a listing, and a reload keeps the results @phone", async ({ page, isMobile }) => {
  // Seven page loads with axe checks: close to a minute on two busy cores.
  test.setTimeout(120_000);
  await page.goto("/ru/search");
  await page.getByRole("searchbox").fill("хлопок");
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page).toHaveURL(/q=%D1%85%D0%BB%D0%BE%D0%BF%D0%BE%D0%BA|q=хлопок/);
  await expect(page.getByTestId("search-result").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Filter by country, then by the first sector offered (counts reflect the country already chosen).
  if (isMobile) await page.getByTestId("open-filters").click();
  await page.getByTestId("facet-country-AZ").click();
  await expect(page).toHaveURL(/country=AZ/);
  await expect(page.getByTestId("facet-country-AZ")).toHaveAttribute("aria-current", "true");
  const sector = page.locator('[data-testid^="facet-sector-"]').first();
  const sectorCount = Number((await sector.locator("span").last().textContent()) ?? "0");
  await sector.click();
  await expect(page).toHaveURL(/sector=/);
  await expect(page.getByTestId("result-count")).toContainText(String(sectorCount));
  for (const card of await page.getByTestId("search-result").all()) await expect(card).toContainText("Азербайджан");

  // The URL is the search: a reload shows the same results in the same order.
  const url = page.url();
  const before = await resultTitles(page);
  expect(before.length).toBeGreaterThan(0);
  await page.reload();
  expect(page.url()).toBe(url);
  expect(await resultTitles(page)).toEqual(before);

  // Open a listing result; its page shows the title and the company.
  const listingLink = page.locator('[data-testid="result-link"][href*="/listings/"]').first();
  const title = (await listingLink.textContent()) ?? "";
  await listingLink.click();
  await expect(page.getByTestId("listing-title")).toHaveText(title);
  await expect(page.getByTestId("listing-company")).toBeVisible();
  await expectNoAxeViolations(page);

  // A shared link shows the listing: og:image is a PNG drawn for it (title, company, country, sector).
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  const ogImage = new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
  expect(ogImage.pathname).toMatch(/^\/ru\/listings\/[0-9a-f-]{36}\/opengraph-image$/);
  const image = await page.request.get(ogImage.pathname + ogImage.search);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await page.request.get("/ru/listings/00000000-0000-4000-8000-000000000000/opengraph-image")).status()).toBe(404);

  // Shared with a colleague: the same address gives the same results.
  await page.goto(url);
  expect(await resultTitles(page)).toEqual(before);
});

test("script-blind: Latin and Cyrillic Uzbek find the same listings", async ({ page }) => {
  await page.goto(`/uz/search?q=${encodeURIComponent("paxta")}`);
  const latin = await page.getByTestId("result-count").textContent();
  await page.goto(`/uz/search?q=${encodeURIComponent("пахта")}`);
  expect(await page.getByTestId("result-count").textContent()).toBe(latin?.replace("paxta", "пахта"));
  await expect(page.locator("mark").first()).toBeVisible();
});

test("an unknown filter code is left out with a notice, and nonsense finds a helpful empty state", async ({ page }) => {
  await page.goto("/en/search?country=XX");
  await expect(page.getByRole("status")).toContainText("not recognised");
  // The empty result is reported once for the analytics (the server checks it again and logs it).
  const reported = page.waitForResponse((response) => response.url().includes("search.recordMiss"));
  await page.goto(`/en/search?q=${encodeURIComponent(`'&|!():*<>" zzqqxxyy`)}`);
  await expect(page.getByTestId("search-empty")).toBeVisible();
  const response = await reported;
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('"recorded":true');
  await expectNoAxeViolations(page);
});

test("a company owner sees Partners for you with reasons", async ({ page }) => {
  const owner = demoAccount((account) => account.label !== "moderator", "a company owner");
  await signIn(page, owner);
  await page.goto("/en/dashboard");
  const section = page.getByTestId("partners-for-you");
  await expect(section).toBeVisible();
  await expect(section.getByTestId("partner-card").first()).toBeVisible();
  await expect(section.getByTestId("match-reasons").first()).toContainText(/They (seek|offer)/);
});
