import { expect, test } from "@playwright/test";
test("screens", async ({ page }) => {
  await page.goto("/az/sign-in");
  await page.getByLabel("E-poçt ünvanı").fill("aysel-1795840149894@example.az");
  await page.getByLabel("Şifrə").fill("wrong-password-1");
  await page.getByRole("button", { name: "Daxil ol" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await page.screenshot({ path: "/tmp/auth-shot-signin-error.png" });
  await page.getByLabel("Şifrə").fill("Xəzər dənizi sahili 2026");
  await page.getByRole("button", { name: "Daxil ol" }).click();
  await expect(page.getByTestId("account-email")).toBeVisible();
  await expect(page.getByTestId("sessions").locator("li").first()).toBeVisible();
  await page.screenshot({ path: "/tmp/auth-shot-account-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: "/tmp/auth-shot-account-375.png", fullPage: true });
});
