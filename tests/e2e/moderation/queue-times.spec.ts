import { expect, test } from "@playwright/test";
import { demoAccount, signIn } from "../support/demo-accounts";

/**
 * "Submitted 3 days ago" is printed in the browser (the queue is a client list): Chromium has no Uzbek or
 * Azerbaijani relative-time data and once printed "-3 d", and next-intl warned ENVIRONMENT_FALLBACK when the time
 * zone or `now` was missing. The words now come from the message files, the same on server and browser.
 */
const agoWords = {
  uz: /(hozirgina|\d+ (daqiqa|soat|kun|oy|yil) oldin) yuborilgan/,
  az: /(indicə|\d+ (dəqiqə|saat|gün|ay|il) əvvəl) göndərilib/,
} as const;

for (const locale of ["uz", "az"] as const) {
  test(`the moderation queue says how long items have waited in ${locale}`, async ({ page }) => {
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (/ENVIRONMENT_FALLBACK|MISSING_MESSAGE/.test(message.text())) warnings.push(message.text());
    });
    await signIn(page, demoAccount((account) => account.label === "moderator", "the moderator"), locale);
    await page.goto(`/${locale}/admin`);
    const items = page.getByTestId("queue-item");
    await expect(items.first()).toBeVisible();
    const texts = await items.allTextContents();
    for (const text of texts) {
      expect(text).toMatch(agoWords[locale]);
      expect(text).not.toMatch(/-\d+\s?\w\b/);
    }
    expect(warnings).toEqual([]);
  });
}
