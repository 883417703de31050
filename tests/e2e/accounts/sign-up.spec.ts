import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test("signs up in Azerbaijani, confirms the address from the outbox and is signed in @phone", async ({ page }) => {
  const email = `aysel-${Date.now()}@example.az`;

  await page.goto("/az/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Qeydiyyat" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A common password is refused beside the field, in Azerbaijani.
  await page.getByLabel("Adınız").fill("Aysel Məmmədova");
  await page.getByLabel("E-poçt ünvanı").fill(email);
  await page.getByRole("textbox", { name: "Şifrə", exact: true }).fill("password123");
  await page.getByRole("button", { name: "Hesab yarat" }).click();
  await expect(page.getByTestId("error-password")).toHaveText("Bu şifrə çox yayğındır: təxmin edilməsi çətin olan şifrə seçin.");
  await expectNoAxeViolations(page);

  await page.getByRole("textbox", { name: "Şifrə", exact: true }).fill("Xəzər dənizi sahili 2026");
  await page.getByRole("button", { name: "Hesab yarat" }).click();
  await expect(page.getByTestId("check-mail")).toContainText(email);

  await page.goto("/dev/mail");
  await page.getByRole("link", { name: new RegExp(email.replace(/[.]/g, "\\.")) }).first().click();
  await expect(page.getByTestId("mail-body")).toContainText("Salam, Aysel Məmmədova");
  await page.getByTestId("mail-body").getByRole("link", { name: /\/az\/verify-email\?token=/ }).click();

  await expect(page.getByTestId("email-verified")).toBeVisible();
  await expect(page.getByTestId("user-menu")).toContainText("Aysel Məmmədova");

  // Verified, the person goes on to their companies, where listing the first one starts.
  await page.getByRole("link", { name: "Şirkətlərimə keç" }).click();
  await expect(page).toHaveURL(/\/az\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Şirkətlərim" })).toBeVisible();
  // On a phone the account link sits behind the header's menu button.
  const menu = page.getByRole("button", { name: "Menyu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByTestId("user-menu").getByRole("link", { name: "Aysel Məmmədova" }).click();
  await expect(page.getByTestId("account-email")).toHaveText(email);
});
