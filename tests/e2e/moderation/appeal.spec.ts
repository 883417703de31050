import { execFileSync } from "node:child_process";
import path from "node:path";
import { byCode, moderationReasons } from "@karvon/data";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, e2eDataDir, signIn, type DemoAccount } from "../support/demo-accounts";
import { wordsIn, type Words } from "../support/messages";

/**
 * The appeal journey across three people on the demo accounts (tests/e2e/support/demo-accounts.ts): a moderator
 * hides a reported listing, its owner appeals once from the dashboard, an administrator — created from the
 * repository root while the portal runs, as the README shows — grants it, and the owner reads the outcome while
 * the listing is back in search. The owner works in Uzbek, the staff in English.
 */
const repositoryRoot = path.resolve(import.meta.dirname, "../../..");

/** A new admin in the portal's running database, through `admin:create`; its password is printed once. */
function createAdmin(): DemoAccount {
  const email = `appeal-admin-${Date.now().toString(36)}@example.com`;
  const env: NodeJS.ProcessEnv = { ...process.env, KARVON_DATA_DIR: e2eDataDir() };
  delete env.DATABASE_URL;
  const out = execFileSync("npm", ["run", "--silent", "admin:create", "--", "--email", email, "--role", "admin"], { cwd: repositoryRoot, env, encoding: "utf8" });
  const password = /Password \(shown only now[^)]*\): (\S+)/.exec(out)?.[1];
  if (password === undefined) throw new Error(`admin:create printed no password:\n${out}`);
  return { email, password, label: "admin", path: "" };
}

async function signedIn(browser: Browser, account: DemoAccount, words: Words): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account, words.locale);
  await expect(page.getByTestId("user-menu")).toBeAttached();
  return page;
}

test("an owner appeals a hidden listing once, an admin grants it, the owner reads the outcome", async ({ browser }) => {
  test.setTimeout(240_000);
  const en = wordsIn("en");
  const uz = wordsIn("uz");
  const owner = demoAccount((account) => account.email === "uz07@demo.karvon.local", "uz07");
  const reporter = demoAccount((account) => account.email === "az37@demo.karvon.local", "az37");
  const moderator = demoAccount((account) => account.label === "moderator", "the moderator");

  // The reporter reports one of the owner's published listings, found on its company page.
  const reporterPage = await signedIn(browser, reporter, en);
  await reporterPage.goto(`/en${owner.path}`);
  const listingLink = reporterPage.locator('a[href*="/listings/"]').first();
  const href = (await listingLink.getAttribute("href")) ?? "";
  const listingId = href.split("/").pop() ?? "";
  await reporterPage.goto(`/en/listings/${listingId}`);
  const title = (await reporterPage.getByRole("heading", { level: 1 }).innerText()).trim();
  await reporterPage.getByRole("button", { name: en.t("moderation.reportForm.open") }).click();
  const note = `Stock photos ${Date.now().toString(36)}`;
  await reporterPage.getByLabel(en.t("moderation.reportForm.reason")).selectOption("fraud");
  await reporterPage.getByLabel(en.t("moderation.reportForm.note")).fill(note);
  await reporterPage.getByRole("button", { name: en.t("moderation.reportForm.send") }).click();
  await expect(reporterPage.getByRole("status").filter({ hasText: en.t("moderation.reportForm.sent") })).toBeVisible();

  // The moderator hides it.
  const moderatorPage = await signedIn(browser, moderator, en);
  await moderatorPage.goto("/en/admin/reports");
  const report = moderatorPage.getByTestId("report-item").filter({ hasText: note });
  await report.getByRole("combobox").selectOption("hide");
  const misleading = byCode(moderationReasons, "misleading");
  if (misleading === undefined) throw new Error("no moderation reason misleading");
  await report.getByLabel(en.label(misleading)).check();
  await report.getByRole("button", { name: en.t("moderation.reports.resolve") }).click();
  await expect(report.getByRole("status")).toContainText(en.t("moderation.reports.resolved"));

  // The owner finds the hidden listing on the dashboard and appeals; a too-short text is refused in Uzbek.
  const ownerPage = await signedIn(browser, owner, uz);
  await ownerPage.goto("/uz/dashboard");
  const row = ownerPage.getByTestId("my-listing").filter({ has: ownerPage.getByTestId("enforcement-hide") });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: uz.t("notifications.appeal.open") }).click();
  const message = row.getByLabel(uz.t("notifications.appeal.message"));
  await message.fill("Xato");
  await row.getByRole("button", { name: uz.t("notifications.appeal.send") }).click();
  await expect(row.getByTestId("error-message")).toHaveText(uz.t("errors.tooShort"));
  await expectNoAxeViolations(ownerPage);
  await message.fill("Bu suratlar bizning sexda olingan, ularni oʻzimiz suratga olganmiz.");
  await row.getByRole("button", { name: uz.t("notifications.appeal.send") }).click();
  await expect(row.getByTestId("appeal-status")).toHaveText(uz.t("notifications.appeal.status.open"));
  // Once only: after a reload the button is gone and the state stays.
  await ownerPage.reload();
  await expect(row.getByTestId("appeal-status")).toHaveText(uz.t("notifications.appeal.status.open"));
  await expect(row.getByRole("button", { name: uz.t("notifications.appeal.open") })).toHaveCount(0);

  // A new admin (not the moderator who hid it) opens what is appealed and grants the appeal.
  const adminPage = await signedIn(browser, createAdmin(), en);
  await adminPage.goto("/en/admin/reports");
  const appeal = adminPage.getByTestId("appeal-item").filter({ hasText: en.t("moderation.reports.appealKind.hiding") }).filter({ hasText: owner.label });
  await expect(appeal).toHaveCount(1);
  await expect(appeal.getByRole("link", { name: en.t("moderation.reports.appealedItem") })).toHaveAttribute("href", `/en/admin/review/listing/${listingId}`);
  await expectNoAxeViolations(adminPage);
  await appeal.getByRole("textbox").fill("The seller's own photos.");
  await appeal.getByRole("button", { name: en.t("moderation.reports.grant") }).click();
  await expect(appeal.getByRole("status")).toHaveText(en.t("moderation.reports.appealDone"));

  // The listing is in search again and the owner is told.
  await reporterPage.goto(`/en/search?q=${encodeURIComponent(title)}`);
  await expect(reporterPage.locator(`a[href="/en/listings/${listingId}"]`).first()).toBeVisible();
  await ownerPage.goto("/uz/notifications");
  await expect(ownerPage.getByText(uz.t("notifications.kind.appeal.granted")).first()).toBeVisible();
  await expectNoAxeViolations(ownerPage);
});
