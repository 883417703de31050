import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { demoAccount, signIn } from "../support/demo-accounts";
import { wordsIn } from "../support/messages";

/**
 * The portal on a phone, in the languages with the longest words (Russian and Azerbaijani): no page scrolls
 * sideways and the header stays one row (its links, the account and the language sit behind a menu button).
 * Tagged @phone, so the phone project runs it at 375 px; the desktop project runs the same checks at 1280 px.
 */

/** One row of 44 px tap targets with its padding; a second row of links adds at least another 44. */
const oneRowPx = 76;

const owner = demoAccount((account) => account.label !== "moderator" && account.path.startsWith("/companies/"), "a company owner");

/** Fails when the page is wider than the window or the header has wrapped onto a second row. */
async function expectFitsTheWidth(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${where} scrolls sideways (${scrollWidth} px wide in ${clientWidth} px)`).toBeLessThanOrEqual(clientWidth);
  const header = await page.locator("body > header, header").first().boundingBox();
  expect(header?.height ?? 0, `${where}: the header is ${header?.height} px tall`).toBeLessThanOrEqual(oneRowPx);
  // A label broken over two lines still fits the row's height: count the lines of each visible link's text.
  const brokenLabels = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("header a, header button")]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = [...range.getClientRects()].map((rect) => rect.top).sort((a, b) => a - b);
        return tops.some((top, index) => index > 0 && top - (tops[index - 1] ?? top) > 10);
      })
      .map((element) => element.textContent?.trim() ?? ""),
  );
  expect(brokenLabels, `${where}: header labels broken over two lines`).toEqual([]);
}

/** next-intl's complaints that a date was printed without the portal's time zone (or a relative time without "now"). */
function collectIntlFallbacks(page: Page): string[] {
  const fallbacks: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error" && message.text().includes("ENVIRONMENT_FALLBACK")) fallbacks.push(`${page.url()}: ${message.text()}`);
  });
  return fallbacks;
}

for (const locale of ["ru", "az"] as const) {
  const words = wordsIn(locale);

  test(`@phone public and signed-in pages fit the width with a one-row header in ${locale}`, async ({ page }) => {
    test.setTimeout(180_000);
    const fallbacks = collectIntlFallbacks(page);

    await page.goto(`/${locale}/search?type=offers`);
    const listingHref = (await page.locator('[data-testid="result-link"][href*="/listings/"]').first().getAttribute("href")) ?? "";
    expect(listingHref).toMatch(/\/listings\//);
    const publicPaths = ["", "/search", "/search?q=paxta", "/cooperation", owner.path, listingHref.replace(/^\/\w\w(?=\/)/, ""), "/sign-in", "/sign-up", "/no-such-page"];
    for (const path of publicPaths) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("main")).toBeVisible();
      await expectFitsTheWidth(page, `/${locale}${path}`);
    }

    // "Sort:" stays one line: the label never breaks inside the word.
    await page.goto(`/${locale}/search`);
    const sortLabel = page.getByText(`${words.t("search.sort.label")}:`, { exact: true });
    const sortBox = await sortLabel.boundingBox();
    expect(sortBox?.height ?? 0, "the sort label wraps").toBeLessThan(30);

    await signIn(page, owner, locale);
    for (const path of ["/dashboard", "/inbox", "/notifications", "/account", "/listings/new"]) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("main")).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectFitsTheWidth(page, `/${locale}${path} (signed in)`);
      if (path === "/inbox") {
        // Every tab is in sight: none is cut off at the edge of the screen.
        const tablist = page.getByRole("tablist");
        await expect(tablist).toBeVisible();
        const overflow = await tablist.evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(overflow, "the inbox tabs overflow their row").toBeLessThanOrEqual(0);
        // …and no tab's name breaks onto a second line ("Göndərilənlə / r").
        for (const tab of await page.getByRole("tab").all()) {
          const lines = await tab.evaluate((element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const tops = [...range.getClientRects()].map((rect) => rect.top).sort((a, b) => a - b);
            return tops.filter((top, index) => index === 0 || top - (tops[index - 1] ?? top) > 10).length;
          });
          expect(lines, `the tab "${await tab.textContent()}" wraps`).toBe(1);
        }
      }
    }

    // The sessions list is printed in the browser: its dates name the month in the reader's language.
    await page.goto(`/${locale}/account`);
    const since = page.getByText(words.lead("account.sessions.since")).first();
    await expect(since).toBeVisible();
    const months = words.t("common.dates.monthsShort").split(" ");
    const sinceText = ((await since.textContent()) ?? "").replace(/\u00a0/g, " ");
    expect(months.some((month) => sinceText.includes(` ${month} `) || sinceText.includes(`-${month},`)), `"${sinceText}" names no ${locale} month`).toBe(true);
    await expect(page.locator("main")).not.toContainText(/\d{4} M\d{1,2}\b/);
    expect(fallbacks).toEqual([]);
  });
}

test("the phone menu opens, closes with Escape and its links and language switch work", async ({ page }) => {
  const words = wordsIn("az");
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/az");
  const button = page.getByRole("button", { name: words.t("common.menu") });
  const menu = page.getByTestId("header-menu");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeHidden();

  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("link", { name: words.t("common.nav.search") })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await menu.getByRole("link", { name: words.t("common.nav.search") }).click();
  await page.waitForURL(/\/az\/search/);
  await expect(menu).toBeHidden();

  await button.click();
  await menu.getByRole("link", { name: words.t("auth.signIn.link") }).click();
  await page.waitForURL(/\/az\/sign-in/);

  await button.click();
  await menu.getByTestId("language-switcher").selectOption("ru");
  await page.waitForURL(/\/ru\/sign-in/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("button", { name: wordsIn("ru").t("common.menu") })).toHaveAttribute("aria-expanded", "false");
});

test("the 404 page names its language", async ({ page }) => {
  for (const locale of ["ru", "az"] as const) {
    const response = await page.goto(`/${locale}/no-such-page/at-all`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  }
});
