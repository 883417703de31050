import type { Page } from "@playwright/test";

/** Opens the newest mail to `to` in the development outbox and follows its link that matches `link`. */
export async function followMailLink(page: Page, to: string, link: RegExp) {
  await page.goto("/dev/mail");
  await page.getByRole("link", { name: new RegExp(to.replace(/[.]/g, "\\.")) }).first().click();
  await page.getByTestId("mail-body").getByRole("link", { name: link }).click();
}
