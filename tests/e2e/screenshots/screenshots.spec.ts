import path from "node:path";
import { locales } from "@karvon/data";
import { expect, test, type Page } from "@playwright/test";
import { demoAccount, signIn } from "../support/demo-accounts";

/**
 * Saves a screenshot of each key page in each locale at desktop and phone width into docs/screenshots/, so
 * anyone can see the portal without running it (README links the folder). Runs in the desktop project only;
 * it sets both widths itself.
 */
const folder = path.resolve(import.meta.dirname, "../../../docs/screenshots");

const pages: { name: string; path: string }[] = [
  { name: "home", path: "" },
  { name: "search", path: "/search" },
  { name: "not-found", path: "/no-such-page" },
];

const widths = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 812 },
] as const;

/** Detail and signed-in pages in two locales (English and Russian) at both widths: fewer, to keep the run short. */
const detailLocales = ["en", "ru"] as const;

/** A full-page screenshot of one page in each of the given locales at both widths, into docs/screenshots. */
async function shoot(page: Page, name: string, pagePath: string, inLocales: readonly string[] = detailLocales) {
  for (const locale of inLocales) {
    for (const size of widths) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`/${locale}${pagePath}`);
      await expect(page.locator("main")).toBeVisible();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: path.join(folder, `${name}-${locale}-${size.name}.png`), fullPage: true });
    }
  }
}

for (const { name, path: pagePath } of pages) {
  test(`screenshots of ${name} in every locale at desktop and phone width`, async ({ page }) => {
    // Eight full-page screenshots: more than the default minute on a busy two-core machine.
    test.setTimeout(150_000);
    await shoot(page, name, pagePath, locales);
  });
}

test("screenshots of a listing, a company, the dashboard, inbox, notifications and the staff queue", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const owner = demoAccount((account) => account.label !== "moderator" && account.path.includes("/companies/"), "a company owner");
  const moderator = demoAccount((account) => account.label === "moderator", "the moderator");

  // Public pages: the first listing search finds, and the owner's company.
  await page.goto("/en/search?type=offers");
  const listingHref = (await page.locator('[data-testid="result-link"][href*="/listings/"]').first().getAttribute("href")) ?? "";
  expect(listingHref).toMatch(/\/listings\//);
  await shoot(page, "listing", listingHref.replace(/^\/en/, ""));
  await shoot(page, "company", owner.path.replace(/^\/(en|ru|uz|az)(?=\/)/, ""));

  // Signed-in pages of the owner.
  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, owner);
  await shoot(ownerPage, "dashboard", "/dashboard");
  await shoot(ownerPage, "inbox", "/inbox");
  await shoot(ownerPage, "notifications", "/notifications");

  // The staff desk's review queue.
  const staffPage = await (await browser.newContext()).newPage();
  await signIn(staffPage, moderator);
  await shoot(staffPage, "admin-queue", "/admin");
});

test("screenshots of the cooperation dashboard and a trade opportunity in every locale", async ({ page }) => {
  // Sixteen full-page screenshots with charts drawn: well over the default minute.
  test.setTimeout(300_000);
  await shoot(page, "cooperation", "/cooperation", locales);
  await page.goto("/en/opportunities");
  const href = (await page.getByTestId("opportunity").first().getByRole("heading", { level: 2 }).getByRole("link").getAttribute("href")) ?? "";
  expect(href).toMatch(/\/opportunities\/\d{2}$/);
  await shoot(page, "opportunity", href.replace(/^\/en/, ""), locales);
});
