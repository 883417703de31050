import { byCode, localeNames, moderationReasons, type Labels } from "@karvon/data";
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { demoAccount, signIn, type DemoAccount } from "../support/demo-accounts";
import { expectNoAxeViolations } from "../support/axe";
import { wordsIn, type Words } from "../support/messages";

/**
 * The moderation journey across two people: a company owner and a moderator (a different user), on the demo
 * accounts the embedded seed writes for the e2e server (tests/e2e/support/demo-accounts.ts).
 *
 * The owner edits the profile through the dashboard's "Edit profile" link, which opens the onboarding wizard on the
 * company (step buttons "4. Description" … "7. Review and publish", fields "Description in English", a consent
 * checkbox and "Submit for review"); a published listing's page has a "Report" button opening a form with
 * "Reason" and "Send report".
 *
 * Each journey runs at desktop width in English and at phone width (@phone, 375 px) in Russian. Both projects run
 * on ONE server and database, possibly at the same time: each run takes its own demo companies, so neither meets
 * what the other did or left behind (a second request-changes notice, a company already under review).
 */
const runs = {
  desktop: { locale: "en", owner: "uz01", reporter: "uz02", outsider: "uz03", listed: "uz05" },
  phone: { locale: "ru", owner: "az31", reporter: "az33", outsider: "az35", listed: "az28" },
} as const;

/** `listed`: the company whose listing is reported and hidden. */
type Run = { words: Words; moderator: DemoAccount; owner: DemoAccount; reporter: DemoAccount; outsider: DemoAccount; listed: DemoAccount };

/** The people and the language of this project's run (read when the test runs: the server writes the accounts). */
function runOf(testInfo: TestInfo): Run {
  const run = runs[testInfo.project.name as keyof typeof runs];
  if (run === undefined) throw new Error(`no moderation run for project ${testInfo.project.name}`);
  const demo = (handle: string) => demoAccount((account) => account.email === `${handle}@demo.karvon.local`, handle);
  return {
    words: wordsIn(run.locale),
    moderator: demoAccount((account) => account.label === "moderator", "the moderator"),
    owner: demo(run.owner),
    reporter: demo(run.reporter),
    outsider: demo(run.outsider),
    listed: demo(run.listed),
  };
}

const reason = (code: string): { labels: Labels } => {
  const term = byCode(moderationReasons, code);
  if (term === undefined) throw new Error(`no moderation reason ${code}`);
  return term;
};

/** Each person in their own browser context, so two people are signed in at once. */
async function signedIn(browser: Browser, account: DemoAccount, words: Words): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account, words.locale);
  await expect(page.getByTestId("user-menu")).toBeAttached();
  return page;
}

const slugOf = (account: DemoAccount) => account.path.split("/").pop() ?? "";

/**
 * The owner opens the company from the dashboard, jumps to the description step (on a phone the step list scrolls
 * sideways), rewrites the English description, jumps to the review step and submits it for review.
 */
async function submitDescription(page: Page, owner: DemoAccount, description: string, words: Words, check: boolean) {
  const { locale, t } = words;
  await page.goto(`/${locale}/dashboard`);
  const card = page.getByTestId(`company-${slugOf(owner)}`);
  await expect(card).toBeVisible();
  if (check) await expectNoAxeViolations(page);
  await card.getByRole("link", { name: t("companies.dashboard.edit") }).click();
  const steps = page.getByRole("navigation", { name: t("companies.onboarding.steps.label") });
  await steps.getByRole("button", { name: t("companies.onboarding.steps.description") }).click();
  await page.getByLabel(t("companies.onboarding.fields.descriptionIn", { language: localeNames.en })).fill(description);
  await steps.getByRole("button", { name: t("companies.onboarding.steps.review") }).click();
  await expect(steps.getByRole("button", { name: t("companies.onboarding.steps.review") })).toHaveAttribute("aria-current", "step");
  await page.getByLabel(t("companies.onboarding.review.consent")).check();
  if (check) await expectNoAxeViolations(page);
  await page.getByRole("button", { name: t("companies.onboarding.submit") }).click();
  await expect(page.getByTestId("under-review")).toBeVisible();
}

/** The moderator opens the item of `companyName` from the edits queue and claims it. */
async function openFromQueue(page: Page, companyName: string, words: Words) {
  const { locale, t, lead } = words;
  await page.goto(`/${locale}/admin`);
  await page.getByTestId("queue-tab-edit").click();
  const item = page.getByTestId("queue-item").filter({ hasText: companyName });
  await expect(item).toHaveCount(1);
  await expectNoAxeViolations(page);
  await item.getByRole("link", { name: t("moderation.queue.open") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(companyName);
  await page.getByRole("button", { name: t("moderation.review.claim") }).click();
  await expect(page.getByTestId("claim-banner")).toContainText(lead("moderation.review.claimMine"));
  await expectNoAxeViolations(page);
}

/** The moderator's decision on the claimed item, saved. */
async function decide(page: Page, words: Words, decision: "approve" | "request-changes") {
  await page.getByRole("radio", { name: words.t(`moderation.review.decision.${decision}`) }).check();
  if (decision === "request-changes") {
    await page.getByLabel(words.label(reason("contact-info-in-text"))).check();
    await page.getByLabel(words.t("moderation.review.note")).fill("Please remove the phone number from the description.");
  }
  await page.getByRole("button", { name: words.t("moderation.review.submit") }).click();
  await expect(page.getByRole("status").filter({ hasText: words.t("moderation.review.done") })).toBeVisible();
}

test("owner submits, moderator requests changes, owner resubmits, moderator approves after the diff; the text is in search @phone", async ({ browser }, testInfo) => {
  // Two people, two rounds of review and a search: a long journey on a production server.
  test.setTimeout(240_000);
  const { words, moderator, owner } = runOf(testInfo);
  const { locale, t } = words;
  const marker = `Organic cotton ${Date.now().toString(36)}`;

  // The owner edits the published profile and submits it for review.
  const ownerPage = await signedIn(browser, owner, words);
  await submitDescription(ownerPage, owner, `We spin yarn. ${marker}, call +998 90 000 00 00`, words, true);

  // The moderator (another user) sees the staff link with a count, and asks for changes with a reason.
  const moderatorPage = await signedIn(browser, moderator, words);
  // On a phone the staff link sits behind the header's menu button.
  const menu = moderatorPage.getByRole("button", { name: t("common.menu") });
  if (await menu.isVisible()) await menu.click();
  await expect(moderatorPage.getByTestId("staff-queue-count")).toBeVisible();
  // The count arrives after the page: checked once it is there (white on amber-500 was below WCAG's contrast).
  await expectNoAxeViolations(moderatorPage);
  await openFromQueue(moderatorPage, owner.label, words);
  await expect(moderatorPage.getByTestId("review-diff")).toContainText(marker);
  await decide(moderatorPage, words, "request-changes");

  // The owner sees the reason, edits and resubmits.
  const contactReason = words.label(reason("contact-info-in-text"));
  await ownerPage.goto(`/${locale}/dashboard`);
  await expect(ownerPage.getByTestId(`company-${slugOf(owner)}`).getByText(contactReason)).toBeVisible();
  // … and in the portal's notifications, with the reason, the note and what to do.
  await ownerPage.getByTestId("notifications-link").click();
  const notice = ownerPage.getByTestId("notification").filter({ hasText: t("notifications.kind.moderation.request-changes", { item: owner.label }) });
  await expect(notice).toHaveCount(1);
  await expect(notice.getByTestId("notification-reasons")).toContainText(contactReason);
  await expect(notice).toContainText("Please remove the phone number from the description.");
  await expect(notice).toContainText(t("notifications.todo.request-changes"));
  await expectNoAxeViolations(ownerPage);
  await notice.getByRole("button", { name: t("notifications.markRead") }).click();
  await expect(notice).toHaveAttribute("data-read", "true");
  await submitDescription(ownerPage, owner, `We spin yarn. ${marker}.`, words, false);

  // The moderator sees the diff against the approved version and approves.
  await openFromQueue(moderatorPage, owner.label, words);
  const diff = moderatorPage.getByTestId("review-diff");
  await expect(diff).toContainText(marker);
  await expect(diff.locator('[data-kind="changed"]')).not.toHaveCount(0);
  // Fields are named in the moderator's language, never by their code.
  await expect(diff).toContainText(t("moderation.fields.description"));
  await expect(diff).not.toContainText("description.");
  await decide(moderatorPage, words, "approve");

  // The approved text is public: search finds the company by it.
  await ownerPage.goto(`/${locale}/search?q=${encodeURIComponent(marker)}`);
  await expect(ownerPage.getByRole("link", { name: owner.label }).first()).toBeVisible();
  await expectNoAxeViolations(ownerPage);
});

test("a report on a listing leads to hiding it; it disappears from search @phone", async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const { words, moderator, reporter, listed } = runOf(testInfo);
  const { locale, t } = words;

  // Any signed-in user reports a listing of another company (nobody reports their own: the button is not shown
  // to its company), found on that company's page. Each project reports a company of its own: the two runs may
  // go side by side, and neither may hide the listing the other is looking at.
  const reporterPage = await signedIn(browser, reporter, words);
  await reporterPage.goto(`/${locale}${listed.path}`);
  // Several demo companies may use the same title: the listing is known by its address.
  const href = (await reporterPage.locator('a[href*="/listings/"]').first().getAttribute("href")) ?? "";
  expect(href).toMatch(/\/listings\//);
  const thisListing = (page: Page) => page.locator(`a[href="${href}"]`);
  await reporterPage.goto(href);
  const title = (await reporterPage.getByRole("heading", { level: 1 }).innerText()).trim();
  await reporterPage.getByRole("button", { name: t("moderation.reportForm.open") }).click();
  const note = `Asks for prepayment to a private card ${Date.now().toString(36)}`;
  await reporterPage.getByLabel(t("moderation.reportForm.reason")).selectOption("fraud");
  await reporterPage.getByLabel(t("moderation.reportForm.note")).fill(note);
  await expectNoAxeViolations(reporterPage);
  await reporterPage.getByRole("button", { name: t("moderation.reportForm.send") }).click();
  await expect(reporterPage.getByRole("status").filter({ hasText: t("moderation.reportForm.sent") })).toBeVisible();

  // Before the moderator acts, search finds it by its title.
  await reporterPage.goto(`/${locale}/search?q=${encodeURIComponent(title)}`);
  await expect(thisListing(reporterPage).first()).toBeVisible();

  // The moderator hides it from the reports page.
  const moderatorPage = await signedIn(browser, moderator, words);
  await moderatorPage.goto(`/${locale}/admin/reports`);
  const report = moderatorPage.getByTestId("report-item").filter({ hasText: note });
  await expect(report).toHaveCount(1);
  await expectNoAxeViolations(moderatorPage);
  await report.getByRole("combobox").selectOption("hide");
  await report.getByLabel(words.label(reason("misleading"))).check();
  await report.getByRole("button", { name: t("moderation.reports.resolve") }).click();
  await expect(report.getByRole("status")).toContainText(t("moderation.reports.resolved"));

  // Gone from search (other demo listings may or may not share its title, so only this one is looked for; the
  // search page renders on the server, so the loaded page holds the whole result).
  const response = await reporterPage.goto(`/${locale}/search?q=${encodeURIComponent(title)}`);
  expect(response?.status()).toBe(200);
  await expect(reporterPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(reporterPage.getByTestId("result-count")).toBeVisible();
  await expect(thisListing(reporterPage)).toHaveCount(0);
});

test("a signed-in non-staff person gets 403 on the desk; a visitor gets 404 @phone", async ({ browser, page }, testInfo) => {
  const { words, outsider } = runOf(testInfo);
  const response = await page.goto(`/${words.locale}/admin`);
  expect(response?.status()).toBe(404);
  await expectNoAxeViolations(page);
  const outsiderPage = await signedIn(browser, outsider, words);
  await outsiderPage.goto(`/${words.locale}/admin`);
  await expect(outsiderPage.getByTestId("staff-forbidden")).toBeVisible();
  await expect(outsiderPage.getByTestId("staff-nav-link")).toHaveCount(0);
  await expectNoAxeViolations(outsiderPage);
});
