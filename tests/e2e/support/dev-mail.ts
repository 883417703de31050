import { expect, type Page } from "@playwright/test";

/**
 * Opens the newest mail to `to` in the development outbox (the newest whose subject has `about`, when given) and
 * follows its link that matches `link`.
 */
export async function followMailLink(page: Page, to: string, link: RegExp, about?: string) {
  await page.goto("/dev/mail");
  const mails = page.getByRole("link", { name: new RegExp(to.replace(/[.]/g, "\\.")) });
  await (about === undefined ? mails : mails.filter({ hasText: about })).first().click();
  await page.getByTestId("mail-body").getByRole("link", { name: link }).click();
}

/** Fills the sign-up form the page shows and confirms the address by the link of its mail (in `locale`). */
export async function signUpAndConfirm(page: Page, person: { name: string; email: string; password: string; locale: string }) {
  await page.locator('input[name="name"]').fill(person.name);
  await page.locator('input[name="email"]').fill(person.email);
  await page.locator('input[name="password"]').fill(person.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId("check-mail")).toContainText(person.email);
  await followMailLink(page, person.email, new RegExp(`/${person.locale}/verify-email\\?token=`));
  await expect(page.getByTestId("email-verified")).toBeVisible();
}
