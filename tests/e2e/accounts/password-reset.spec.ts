/**
 * The forgotten-password journey through all four auth forms: sign up, confirm the address, ask for a reset
 * link, choose a new password from the mailed link, then find the old password refused and the new one accepted.
 */
import { expect, test } from "@playwright/test";

test("resets a forgotten password from the mailed link and signs in with the new one", async ({ page }) => {
  const email = `karim-${Date.now()}@example.uz`;
  const oldPassword = "Samarqand bozori 2026";
  const newPassword = "Buxoro karvoni 2027";
  const mailLink = (subject: string) => page.getByRole("link").filter({ hasText: email }).filter({ hasText: subject }).first();

  await page.goto("/en/sign-up");
  await page.getByLabel("Your name").fill("Karim Aliyev");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(oldPassword);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("check-mail")).toContainText(email);
  await page.goto("/dev/mail");
  await mailLink("Confirm your e-mail address").click();
  await page.getByTestId("mail-body").getByRole("link", { name: /verify-email\?token=/ }).click();
  await expect(page.getByTestId("email-verified")).toBeVisible();
  await page.context().clearCookies();

  // The form checks the address before asking the server, and shows the mistake beside the field.
  await page.goto("/en/forgot-password");
  await page.getByLabel("E-mail address").fill("not an address");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByTestId("error-email")).toBeVisible();
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText("If an account exists for this address, a link to reset the password is on its way.")).toBeVisible();

  await page.goto("/dev/mail");
  await mailLink("Reset your Karvon password").click();
  await page.getByTestId("mail-body").getByRole("link", { name: /\/en\/reset-password\?token=/ }).click();
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("Your password has been changed and you have been signed out everywhere.")).toBeVisible();

  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(oldPassword);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("The e-mail address or the password is not correct.")).toBeVisible();
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  await expect(page.getByTestId("user-menu")).toContainText("Karim Aliyev");
});
