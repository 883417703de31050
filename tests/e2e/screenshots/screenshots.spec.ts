import path from "node:path";
import { locales } from "@karvon/data";
import { expect, test } from "@playwright/test";

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

for (const { name, path: pagePath } of pages) {
  test(`screenshots of ${name} in every locale at desktop and phone width`, async ({ page }) => {
    for (const locale of locales) {
      for (const size of widths) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(`/${locale}${pagePath}`);
        await expect(page.locator("main")).toBeVisible();
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: path.join(folder, `${name}-${locale}-${size.name}.png`), fullPage: true });
      }
    }
  });
}
