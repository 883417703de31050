import { locales } from "@karvon/data";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const heroTitles = {
  en: "Find your business partner across the Caspian",
  ru: "Найдите делового партнёра по ту сторону Каспия",
  uz: "Kaspiy ortidan biznes hamkoringizni toping",
  az: "Xəzərin o tayında biznes tərəfdaşınızı tapın",
} as const;

for (const locale of locales) {
  test(`home page in ${locale} shows figures with sources and live numbers @phone`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heroTitles[locale]);
    await expect(page.getByTestId("live-companies-UZ")).toBeVisible();
    await expect(page.getByTestId("live-companies-AZ")).toBeVisible();
    const figures = page.locator("figure");
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    await expect(figures.first().locator("cite")).not.toBeEmpty();
    await expectNoAxeViolations(page);
  });
}

test("the language switcher changes the language and keeps the page", async ({ page }) => {
  await page.goto("/en");
  await page.getByTestId("language-switcher").selectOption("az");
  await expect(page).toHaveURL(/\/az$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heroTitles.az);
  // The choice is remembered: the bare address now opens in Azerbaijani.
  await page.goto("/");
  await expect(page).toHaveURL(/\/az$/);
});

test("an unknown address shows the 404 page in the visitor's language @phone", async ({ page }) => {
  const response = await page.goto("/ru/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Такой страницы нет");
  await expectNoAxeViolations(page);
});

test("a missing page declares its language in the HTML the server sends, in every locale", async ({ request }) => {
  for (const locale of locales) {
    for (const path of [`/${locale}/no-such-page`, `/${locale}/companies/no-such-company`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect((await response.text()).match(/<html[^>]*>/)?.[0], path).toContain(`lang="${locale}"`);
    }
  }
});

test("the page never scrolls sideways on a phone @phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/uz");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
