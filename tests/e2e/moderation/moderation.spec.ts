import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";

/**
 * The moderation journey across two people: a company owner and a moderator (a different user).
 *
 * ASSUMES (other areas' routes and labels, gathered here so they change in one place):
 * - the embedded demo data writes its sign-ins to `<KARVON_DATA_DIR>/demo-accounts.txt` (tab-separated:
 *   e-mail, password, then "moderator" or company name and page), with one demo moderator;
 * - the sign-in page /en/sign-in has "E-mail" and "Password" fields and a "Sign in" button;
 * - the owner's dashboard /en/dashboard has an "Edit profile" link to a form with a "Description (English)"
 *   field, a "Submit for review" button, and shows the moderator's reasons of a changes-requested decision;
 * - search /en/search?q=… lists published companies and listings as links by name/title;
 * - a published listing's page has a "Report" button opening a form with "Reason" and "Send report".
 */
const dataDir = path.resolve(import.meta.dirname, "../../.reports/e2e-data");

type DemoAccount = { email: string; password: string; company: string; page: string };

function demoAccounts(): { moderator: DemoAccount; owners: DemoAccount[] } {
  const lines = readFileSync(path.join(dataDir, "demo-accounts.txt"), "utf8").split("\n").filter((line) => line.includes("\t"));
  const rows = lines.map((line) => {
    const [email = "", password = "", company = "", page = ""] = line.split("\t");
    return { email, password, company, page };
  });
  const moderator = rows.find((row) => row.company === "moderator");
  if (moderator === undefined) throw new Error("no demo moderator in demo-accounts.txt");
  return { moderator, owners: rows.filter((row) => row.company !== "moderator") };
}

async function signedIn(browser: Browser, account: DemoAccount): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/en/sign-in");
  await page.getByLabel(/e-mail/i).fill(account.email);
  await page.getByLabel(/password/i).fill(account.password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return page;
}

/** The moderator opens the item of `companyName` from the edits queue and claims it. */
async function openFromQueue(page: Page, companyName: string) {
  await page.goto("/en/admin");
  await page.getByTestId("queue-tab-edit").click();
  const item = page.getByTestId("queue-item").filter({ hasText: companyName });
  await expect(item).toHaveCount(1);
  await item.getByRole("link", { name: "Open" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(companyName);
  await page.getByRole("button", { name: "Claim for 30 minutes" }).click();
  await expect(page.getByTestId("claim-banner")).toContainText("You are reviewing this item");
}

test("owner submits, moderator requests changes, owner resubmits, moderator approves after the diff; the text is in search", async ({ browser }) => {
  const { moderator, owners } = demoAccounts();
  const owner = owners[0];
  if (owner === undefined) throw new Error("no demo company owner");
  const marker = `Organic cotton ${Date.now().toString(36)}`;

  // The owner edits the published profile and submits it for review.
  const ownerPage = await signedIn(browser, owner);
  await ownerPage.goto("/en/dashboard");
  await ownerPage.getByRole("link", { name: "Edit profile" }).click();
  await ownerPage.getByLabel("Description (English)").fill(`We spin yarn. ${marker}, call +998 90 000 00 00`);
  await ownerPage.getByRole("button", { name: "Submit for review" }).click();

  // The moderator (another user) sees the staff link with a count, and asks for changes with a reason.
  const moderatorPage = await signedIn(browser, moderator);
  await expect(moderatorPage.getByTestId("staff-queue-count")).toBeVisible();
  await openFromQueue(moderatorPage, owner.company);
  await expect(moderatorPage.getByTestId("review-diff")).toContainText(marker);
  await moderatorPage.getByLabel("Request changes").check();
  await moderatorPage.getByLabel("Contact details in the text").check();
  await moderatorPage.getByLabel("Note to the company (optional)").fill("Please remove the phone number from the description.");
  await moderatorPage.getByRole("button", { name: "Send decision" }).click();
  await expect(moderatorPage.getByRole("status").filter({ hasText: "Decision saved" })).toBeVisible();

  // The owner sees the reason, edits and resubmits.
  await ownerPage.goto("/en/dashboard");
  await expect(ownerPage.getByText("Contact details in the text")).toBeVisible();
  await ownerPage.getByRole("link", { name: "Edit profile" }).click();
  await ownerPage.getByLabel("Description (English)").fill(`We spin yarn. ${marker}.`);
  await ownerPage.getByRole("button", { name: "Submit for review" }).click();

  // The moderator sees the diff against the approved version and approves.
  await openFromQueue(moderatorPage, owner.company);
  const diff = moderatorPage.getByTestId("review-diff");
  await expect(diff).toContainText(marker);
  await expect(diff.locator('[data-kind="changed"]')).not.toHaveCount(0);
  await moderatorPage.getByLabel("Approve").check();
  await moderatorPage.getByRole("button", { name: "Send decision" }).click();
  await expect(moderatorPage.getByRole("status").filter({ hasText: "Decision saved" })).toBeVisible();

  // The approved text is public: search finds the company by it.
  await ownerPage.goto(`/en/search?q=${encodeURIComponent(marker)}`);
  await expect(ownerPage.getByRole("link", { name: owner.company }).first()).toBeVisible();
});

test("a report on a listing leads to hiding it; it disappears from search", async ({ browser }) => {
  const { moderator, owners } = demoAccounts();
  const reporter = owners[1];
  if (reporter === undefined) throw new Error("no second demo owner");

  // Any signed-in user reports a listing found in search.
  const reporterPage = await signedIn(browser, reporter);
  await reporterPage.goto("/en/search?type=offer");
  const firstListing = reporterPage.getByTestId("search-result").first();
  const title = (await firstListing.getByRole("link").first().innerText()).trim();
  await firstListing.getByRole("link").first().click();
  await reporterPage.getByRole("button", { name: "Report" }).click();
  await reporterPage.getByLabel("Reason").selectOption("fraud");
  await reporterPage.getByRole("button", { name: "Send report" }).click();
  await expect(reporterPage.getByRole("status")).toBeVisible();

  // The moderator hides it from the reports page.
  const moderatorPage = await signedIn(browser, moderator);
  await moderatorPage.goto("/en/admin/reports");
  const report = moderatorPage.getByTestId("report-item").first();
  await report.getByRole("combobox").selectOption("hide");
  await report.getByLabel("Misleading information").check();
  await report.getByRole("button", { name: "Resolve" }).click();
  await expect(report.getByRole("status")).toContainText("Resolved");

  // Gone from search.
  await reporterPage.goto(`/en/search?q=${encodeURIComponent(title)}`);
  await expect(reporterPage.getByRole("link", { name: title, exact: true })).toHaveCount(0);
});

test("a signed-in non-staff person gets 403 on the desk; a visitor gets 404", async ({ browser, page }) => {
  const { owners } = demoAccounts();
  const owner = owners[2];
  if (owner === undefined) throw new Error("no third demo owner");
  const response = await page.goto("/en/admin");
  expect(response?.status()).toBe(404);
  const ownerPage = await signedIn(browser, owner);
  await ownerPage.goto("/en/admin");
  await expect(ownerPage.getByTestId("staff-forbidden")).toBeVisible();
  await expect(ownerPage.getByTestId("staff-nav-link")).toHaveCount(0);
});
