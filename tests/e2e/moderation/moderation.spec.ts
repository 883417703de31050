import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount, readDemoAccounts, signIn, type DemoAccount } from "../support/demo-accounts";
import { expectNoAxeViolations } from "../support/axe";

/**
 * The moderation journey across two people: a company owner and a moderator (a different user), on the demo
 * accounts the embedded seed writes for the e2e server (tests/e2e/support/demo-accounts.ts).
 *
 * The owner edits the profile through the dashboard's "Edit profile" link, which opens the onboarding wizard on the
 * company (step buttons "4. Description" … "7. Review and publish", fields "Description in English", a consent
 * checkbox and "Submit for review"); a published listing's page has a "Report" button opening a form with
 * "Reason" and "Send report".
 */
function demoPeople(): { moderator: DemoAccount; owners: DemoAccount[] } {
  const moderator = demoAccount((account) => account.label === "moderator", "the moderator");
  return { moderator, owners: readDemoAccounts().filter((account) => account.label !== "moderator") };
}

/** Each person in their own browser context, so two people are signed in at once. */
async function signedIn(browser: Browser, account: DemoAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return page;
}

const slugOf = (account: DemoAccount) => account.path.split("/").pop() ?? "";

/** The owner opens the company from the dashboard, rewrites the English description and submits it for review. */
async function submitDescription(page: Page, owner: DemoAccount, description: string) {
  await page.goto("/en/dashboard");
  await page.getByTestId(`company-${slugOf(owner)}`).getByRole("link", { name: "Edit profile" }).click();
  const steps = page.getByRole("navigation", { name: "Onboarding steps" });
  await steps.getByRole("button", { name: "Description" }).click();
  await page.getByLabel("Description in English").fill(description);
  await steps.getByRole("button", { name: "Review and publish" }).click();
  await page.getByLabel(/I confirm the information is correct/).check();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("under-review")).toBeVisible();
}

/** The moderator opens the item of `companyName` from the edits queue and claims it. */
async function openFromQueue(page: Page, companyName: string) {
  await page.goto("/en/admin");
  await page.getByTestId("queue-tab-edit").click();
  const item = page.getByTestId("queue-item").filter({ hasText: companyName });
  await expect(item).toHaveCount(1);
  await expectNoAxeViolations(page);
  await item.getByRole("link", { name: "Open" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(companyName);
  await page.getByRole("button", { name: "Claim for 30 minutes" }).click();
  await expect(page.getByTestId("claim-banner")).toContainText("You are reviewing this item");
  await expectNoAxeViolations(page);
}

test("owner submits, moderator requests changes, owner resubmits, moderator approves after the diff; the text is in search", async ({ browser }) => {
  // Two people, two rounds of review and a search: a long journey on a production server.
  test.setTimeout(120_000);
  const { moderator, owners } = demoPeople();
  const owner = owners[0];
  if (owner === undefined) throw new Error("no demo company owner");
  const marker = `Organic cotton ${Date.now().toString(36)}`;

  // The owner edits the published profile and submits it for review.
  const ownerPage = await signedIn(browser, owner);
  await submitDescription(ownerPage, owner, `We spin yarn. ${marker}, call +998 90 000 00 00`);

  // The moderator (another user) sees the staff link with a count, and asks for changes with a reason.
  const moderatorPage = await signedIn(browser, moderator);
  await expect(moderatorPage.getByTestId("staff-queue-count")).toBeVisible();
  await openFromQueue(moderatorPage, owner.label);
  await expect(moderatorPage.getByTestId("review-diff")).toContainText(marker);
  await moderatorPage.getByRole("radio", { name: "Request changes" }).check();
  await moderatorPage.getByLabel("Contact details in the text").check();
  await moderatorPage.getByLabel("Note to the company (optional)").fill("Please remove the phone number from the description.");
  await moderatorPage.getByRole("button", { name: "Send decision" }).click();
  await expect(moderatorPage.getByRole("status").filter({ hasText: "Decision saved" })).toBeVisible();

  // The owner sees the reason, edits and resubmits.
  await ownerPage.goto("/en/dashboard");
  await expect(ownerPage.getByTestId(`company-${slugOf(owner)}`).getByText("Contact details in the text")).toBeVisible();
  // … and in the portal's notifications, with the reason, the note and what to do.
  await ownerPage.getByTestId("notifications-link").click();
  const notice = ownerPage.getByTestId("notification").filter({ hasText: `Changes requested: ${owner.label}` }).first();
  await expect(notice.getByTestId("notification-reasons")).toContainText("Contact details in the text");
  await expect(notice).toContainText("Please remove the phone number from the description.");
  await expect(notice).toContainText("submit it again for review");
  await notice.getByRole("button", { name: "Mark as read" }).click();
  await expect(notice).toHaveAttribute("data-read", "true");
  await submitDescription(ownerPage, owner, `We spin yarn. ${marker}.`);

  // The moderator sees the diff against the approved version and approves.
  await openFromQueue(moderatorPage, owner.label);
  const diff = moderatorPage.getByTestId("review-diff");
  await expect(diff).toContainText(marker);
  await expect(diff.locator('[data-kind="changed"]')).not.toHaveCount(0);
  await moderatorPage.getByRole("radio", { name: "Approve" }).check();
  await moderatorPage.getByRole("button", { name: "Send decision" }).click();
  await expect(moderatorPage.getByRole("status").filter({ hasText: "Decision saved" })).toBeVisible();

  // The approved text is public: search finds the company by it.
  await ownerPage.goto(`/en/search?q=${encodeURIComponent(marker)}`);
  await expect(ownerPage.getByRole("link", { name: owner.label }).first()).toBeVisible();
});

test("a report on a listing leads to hiding it; it disappears from search", async ({ browser }) => {
  const { moderator, owners } = demoPeople();
  const reporter = owners[1];
  if (reporter === undefined) throw new Error("no second demo owner");

  // Any signed-in user reports a listing found in search.
  const reporterPage = await signedIn(browser, reporter);
  await reporterPage.goto("/en/search?type=offer");
  // A listing of another company: nobody reports their own (the button is not shown to its company).
  const firstListing = reporterPage.getByTestId("search-result").filter({ hasNotText: reporter.label }).first();
  const listingLink = firstListing.getByRole("link").first();
  const title = (await listingLink.innerText()).trim();
  // Several demo companies may use the same title: the listing is known by its address.
  const href = (await listingLink.getAttribute("href")) ?? "";
  expect(href).toMatch(/\/listings\//);
  const thisListing = (page: Page) => page.locator(`a[href="${href}"]`);
  await listingLink.click();
  await reporterPage.getByRole("button", { name: "Report" }).click();
  const note = `Asks for prepayment to a private card ${Date.now().toString(36)}`;
  await reporterPage.getByLabel("Reason").selectOption("fraud");
  await reporterPage.getByLabel("What is wrong (optional)").fill(note);
  await reporterPage.getByRole("button", { name: "Send report" }).click();
  await expect(reporterPage.getByRole("status").filter({ hasText: "The moderators will look at your report" })).toBeVisible();

  // Before the moderator acts, search finds it by its title.
  await reporterPage.goto(`/en/search?q=${encodeURIComponent(title)}`);
  await expect(thisListing(reporterPage).first()).toBeVisible();

  // The moderator hides it from the reports page.
  const moderatorPage = await signedIn(browser, moderator);
  await moderatorPage.goto("/en/admin/reports");
  const report = moderatorPage.getByTestId("report-item").filter({ hasText: note });
  await report.getByRole("combobox").selectOption("hide");
  await report.getByLabel("Misleading information").check();
  await report.getByRole("button", { name: "Resolve" }).click();
  await expect(report.getByRole("status")).toContainText("Resolved");

  // Gone from search (other demo listings may or may not share its title, so only this one is looked for; the
  // search page renders on the server, so the loaded page holds the whole result).
  const response = await reporterPage.goto(`/en/search?q=${encodeURIComponent(title)}`);
  expect(response?.status()).toBe(200);
  await expect(reporterPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(reporterPage.getByTestId("result-count")).toBeVisible();
  await expect(thisListing(reporterPage)).toHaveCount(0);
});

test("a signed-in non-staff person gets 403 on the desk; a visitor gets 404", async ({ browser, page }) => {
  const { owners } = demoPeople();
  const owner = owners[2];
  if (owner === undefined) throw new Error("no third demo owner");
  const response = await page.goto("/en/admin");
  expect(response?.status()).toBe(404);
  const ownerPage = await signedIn(browser, owner);
  await ownerPage.goto("/en/admin");
  await expect(ownerPage.getByTestId("staff-forbidden")).toBeVisible();
  await expect(ownerPage.getByTestId("staff-nav-link")).toHaveCount(0);
});
