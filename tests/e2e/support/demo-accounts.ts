import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

/**
 * The demo accounts the embedded seed wrote for the e2e server (tests/playwright.config.ts): one line per account,
 * tab-separated — e-mail, password, company (or role), public path. Passwords are random on every run.
 */
export type DemoAccount = { email: string; password: string; label: string; path: string };

export function e2eDataDir(): string {
  const port = Number(process.env.E2E_PORT ?? 3100);
  return path.resolve(import.meta.dirname, "../../.reports", port === 3100 ? "e2e-data" : `e2e-data-${port}`);
}

export function readDemoAccounts(): DemoAccount[] {
  return readFileSync(path.join(e2eDataDir(), "demo-accounts.txt"), "utf8")
    .split("\n")
    .filter((line) => line.includes("\t") && !line.startsWith("#"))
    .map((line) => {
      const [email = "", password = "", label = "", pagePath = ""] = line.split("\t");
      return { email, password, label, path: pagePath };
    });
}

export function demoAccount(predicate: (account: DemoAccount) => boolean, what: string): DemoAccount {
  const account = readDemoAccounts().find(predicate);
  if (!account) throw new Error(`no demo account for ${what} in demo-accounts.txt`);
  return account;
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, account: Pick<DemoAccount, "email" | "password">, locale = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  // A refused sign-in (a wrong password, a rate limit) stays on the page with the form's alert: fail with its
  // words rather than wait out the test's whole time.
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in")).catch(async (error: unknown) => {
    const alert = await page.locator("form").getByRole("alert").textContent({ timeout: 1_000 }).catch(() => null);
    throw new Error(`the sign-in of ${account.email} did not leave the sign-in page${alert ? `: ${alert}` : ""}`, { cause: error });
  });
}
