/**
 * An adviser at work on a client's profile and with colleagues. A chamber is registered and approved, imports a
 * company that confirms by mail and is published; the adviser edits the company's profile from the portfolio with
 * the members' form — the public page keeps the approved profile until a moderator approves the change — and
 * invites a colleague in Russian, who signs up with the invited address, joins and sees the same portfolio; the
 * company withdraws and the profile page is "not found" at once. Screenshots of the new pages (English and
 * Russian, desktop and phone width) go to the test's output folder. Every name, address and tax ID is new on each run.
 */
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { companyCsv, fergana } from "../../support/company-files";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, signIn } from "../support/demo-accounts";
import { wordsIn } from "../support/messages";
import { followMailLink, signUpAndConfirm } from "../support/dev-mail";
import { approve, callAs, newPage } from "./journey";

const en = wordsIn("en");
const ru = wordsIn("ru");

const widths = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 812 },
] as const;

/** Full-page screenshots of the page open now, at both widths, kept with the test's output. */
async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const size of widths) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForLoadState("networkidle");
    // A phone never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an adviser edits a client's profile and a colleague joins the organisation", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString().slice(-8);
  const chamber = `Andijon savdo-sanoat palatasi ${stamp}`;
  const adviserEmail = `andijon-${stamp}@example.uz`;
  const colleagueEmail = `hamkasb-${stamp}@example.uz`;
  const companyEmail = `rahbar-${stamp}@example.uz`;
  const companyName = `«Andijon Paxta ${stamp}» MChJ`;

  // An approved chamber (registered and decided through the procedures the forms call) imports one company.
  const adviser = await newPage(browser);
  await adviser.goto("/en/sign-up");
  await signUpAndConfirm(adviser, { locale: "en", name: "Malika Yusupova", email: adviserEmail, password: "Andijon palatasi 2026 yil" });
  const registered = await callAs(adviser, "advisers.register", {
    name: chamber,
    kind: "chamber",
    country: "UZ",
    contactName: "Malika Yusupova",
    contactEmail: `info-${stamp}@chamber-andijan.uz`,
    contactPhone: "+998 74 223 45 67",
  });
  expect(registered.status).toBe(200);
  const moderator = await newPage(browser);
  await signIn(moderator, demoAccount((account) => account.label === "moderator", "the moderator"), "en");
  expect((await callAs(moderator, "advisers.decide", { organizationId: (registered.data as { id: string }).id, decision: "approve" })).status).toBe(200);
  await adviser.goto("/en/import");
  const file = companyCsv([{ ...fergana, legalName: companyName, taxId: `4${stamp}`, contactEmail: companyEmail }]);
  await adviser.getByTestId("import-file").setInputFiles({ name: "andijon.csv", mimeType: "text/csv", buffer: Buffer.from(file, "utf8") });
  await adviser.getByTestId("import-check").click();
  await adviser.getByTestId("import-run").click();
  await expect(adviser.getByTestId("import-result")).toBeVisible();

  // The company confirms by mail and a moderator publishes its profile.
  const company = await newPage(browser);
  await followMailLink(company, companyEmail, /\/advisers\/consent\//);
  await company.getByRole("button", { name: en.t("imports.consent.confirm") }).click();
  await adviser.goto("/en/advisers");
  const client = adviser.getByTestId("adviser-client").filter({ hasText: companyName });
  const companyId = (await client.getAttribute("data-company-id")) ?? "";
  await approve(moderator, "company", companyId);
  await adviser.reload();
  const publicPath = `/en${((await client.getByRole("link", { name: en.t("advisers.portfolio.viewPublic") }).getAttribute("href")) ?? "").replace(/^\/en/, "")}`;

  // From the portfolio to the client's profile: the members' form, resuming at its review step.
  await client.getByTestId("adviser-client-profile").click();
  await expect(adviser.getByRole("heading", { level: 1, name: en.t("advisers.profile.title", { company: companyName }) })).toBeVisible();
  await expect(adviser.getByText(en.t("advisers.profile.intro", { company: companyName, organization: chamber }))).toBeVisible();
  await expect(adviser.getByText(en.t("advisers.profile.consent", { company: companyName }))).toBeVisible();
  await expectNoAxeViolations(adviser);
  await shoot(adviser, testInfo, "adviser-profile-en");

  // The adviser changes the city; it is saved as the adviser types, as a draft.
  await adviser.getByTestId("onboarding-steps").getByRole("button", { name: new RegExp(en.t("companies.onboarding.steps.location")) }).click();
  await adviser.locator('input[name="city"]').fill("Asaka");
  await expect(adviser.getByTestId("save-state")).toHaveText(en.t("companies.onboarding.saveState.saved"));
  const visitor = await newPage(browser);
  await visitor.goto(publicPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(companyName);
  await expect(visitor.getByText("Asaka")).toHaveCount(0);

  // Submitted, it waits for a moderator; the approved profile stays public until then.
  await adviser.getByTestId("onboarding-steps").getByRole("button", { name: new RegExp(en.t("companies.onboarding.steps.review")) }).click();
  await expect(adviser.getByText("Asaka")).toBeVisible();
  await adviser.getByText(en.t("advisers.profile.consent", { company: companyName })).click();
  await adviser.getByTestId("onboarding-next").click();
  await expect(adviser.getByTestId("under-review")).toContainText(en.t("advisers.profile.underReviewText", { company: companyName }));
  await visitor.reload();
  await expect(visitor.getByText("Asaka")).toHaveCount(0);
  await approve(moderator, "company", companyId);
  await visitor.reload();
  await expect(visitor.getByText("Asaka").first()).toBeVisible();
  await visitor.context().close();

  await adviser.goto(`/ru/advisers/clients/${companyId}/profile`);
  await expect(adviser.getByRole("heading", { level: 1, name: ru.t("advisers.profile.title", { company: companyName }) })).toBeVisible();
  await shoot(adviser, testInfo, "adviser-profile-ru");

  // The adviser invites a colleague, in Russian.
  await adviser.goto("/en/advisers");
  const team = adviser.getByTestId("adviser-team");
  await team.getByLabel(en.t("advisers.team.emailLabel")).fill(colleagueEmail);
  await team.getByLabel(en.t("advisers.team.languageLabel")).selectOption("ru");
  await team.getByRole("button", { name: en.t("advisers.team.invite") }).click();
  await expect(team.getByRole("status")).toHaveText(en.t("advisers.team.invited", { email: colleagueEmail }));
  await expect(team.getByTestId("adviser-team-invitation")).toContainText(colleagueEmail);
  await expectNoAxeViolations(adviser);
  await adviser.getByRole("heading", { level: 2, name: en.t("advisers.team.title", { name: chamber }) }).scrollIntoViewIfNeeded();
  await shoot(adviser, testInfo, "adviser-team-en");
  await adviser.goto("/ru/advisers");
  await shoot(adviser, testInfo, "adviser-team-ru");

  // The colleague signs up with the invited address and follows the link in the Russian mail.
  const colleague = await newPage(browser);
  await colleague.goto("/ru/sign-up");
  await signUpAndConfirm(colleague, { locale: "ru", name: "Bekzod Karimov", email: colleagueEmail, password: "Andijon hamkasbi 2026 yil" });
  await followMailLink(colleague, colleagueEmail, /\/ru\/advisers\/invitations\//, chamber);
  await expect(colleague.getByText(ru.t("advisers.invitation.text", { organization: chamber }))).toBeVisible();
  await expectNoAxeViolations(colleague);
  await shoot(colleague, testInfo, "adviser-invitation-ru");
  const invitationPath = new URL(colleague.url()).pathname;
  await colleague.goto(invitationPath.replace(/^\/ru\//, "/en/"));
  await expect(colleague.getByText(en.t("advisers.invitation.text", { organization: chamber }))).toBeVisible();
  await shoot(colleague, testInfo, "adviser-invitation-en");
  await colleague.goto(invitationPath);
  await colleague.getByRole("button", { name: ru.t("advisers.invitation.accept") }).click();

  // Joined, the colleague sees the organisation's portfolio with its client, and the team has two advisers.
  await expect(colleague.getByRole("heading", { level: 2, name: ru.t("advisers.portfolio.title", { name: chamber }) })).toBeVisible();
  await expect(colleague.getByTestId("adviser-client").filter({ hasText: companyName })).toHaveAttribute("data-consent", "confirmed");
  await expect(colleague.getByTestId("adviser-team-member")).toHaveCount(2);
  await adviser.reload();
  await expect(adviser.getByTestId("adviser-team-invitation")).toHaveCount(0);

  // The company withdraws: the profile page is "not found" at once, for both advisers.
  await company.getByRole("button", { name: en.t("imports.consent.withdraw") }).click();
  await expect(company.getByTestId("adviser-withdrawn")).toBeVisible();
  expect((await adviser.goto(`/en/advisers/clients/${companyId}/profile`))?.status()).toBe(404);
  expect((await colleague.goto(`/ru/advisers/clients/${companyId}/profile`))?.status()).toBe(404);
});
