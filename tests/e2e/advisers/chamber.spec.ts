/**
 * A chamber of commerce on the portal, from its application to a company withdrawing it. A person signs up in
 * Russian and applies for the chamber from "My companies"; a moderator approves it from the moderation desk; the
 * adviser imports a file with a bad row; the company confirms by the link in its mail and the adviser sees it in
 * the portfolio; the company withdraws and the adviser's very next call is refused. Every name, address and tax ID
 * is new on each run.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { companyCsv, fergana } from "../../support/company-files";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, signIn } from "../support/demo-accounts";
import { wordsIn } from "../support/messages";

const ru = wordsIn("ru");
const en = wordsIn("en");

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Opens the newest mail to `to` in the development outbox and follows its link that matches `link`. */
async function followMailLink(page: Page, to: string, link: RegExp) {
  await page.goto("/dev/mail");
  await page.getByRole("link", { name: new RegExp(to.replace(/[.]/g, "\\.")) }).first().click();
  await page.getByTestId("mail-body").getByRole("link", { name: link }).click();
}

/** The adviser's edit of a company, as the browser's tRPC client would send it: its HTTP status. */
async function editAsAdviser(page: Page, companyId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const response = await fetch("/api/trpc/advisers.editCompany", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { companyId: id, patch: { city: "Namangan" } } }),
    });
    return response.status;
  }, companyId);
}

test("a chamber is approved, imports its companies, and a company confirms and then withdraws it", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString().slice(-8);
  const chamber = `Namangan viloyati savdo-sanoat palatasi ${stamp}`;
  const adviserEmail = `palata-${stamp}@example.uz`;
  const companyEmail = `direktor-${stamp}@example.uz`;
  const companyName = `«Namangan Toʻqimachi ${stamp}» MChJ`;

  // The adviser signs up and confirms the address like anyone else.
  const adviser = await newPage(browser);
  await adviser.goto("/ru/sign-up");
  await adviser.locator('input[name="name"]').fill("Dilshod Rahimov");
  await adviser.locator('input[name="email"]').fill(adviserEmail);
  await adviser.locator('input[name="password"]').fill("Namangan palatasi 2026 yil");
  await adviser.locator('form button[type="submit"]').click();
  await expect(adviser.getByTestId("check-mail")).toContainText(adviserEmail);
  await followMailLink(adviser, adviserEmail, /\/ru\/verify-email\?token=/);
  await expect(adviser.getByTestId("email-verified")).toBeVisible();

  // From "My companies" to the application, which waits for the moderators.
  await adviser.goto("/ru/dashboard");
  await adviser.getByTestId("adviser-register-link").click();
  await expect(adviser.getByRole("heading", { level: 1, name: ru.t("advisers.title") })).toBeVisible();
  await adviser.getByLabel(ru.t("advisers.register.name")).fill(chamber);
  await adviser.getByLabel(ru.t("advisers.register.kind")).selectOption("chamber");
  await adviser.getByLabel(ru.t("advisers.register.contactName")).fill("Dilshod Rahimov");
  await adviser.getByLabel(ru.t("advisers.register.contactEmail")).fill(`info-${stamp}@chamber-namangan.uz`);
  // A bad phone number is refused beside its field, in Russian, before anything is sent.
  await adviser.getByLabel(ru.t("advisers.register.contactPhone")).fill("12");
  await adviser.getByRole("button", { name: ru.t("advisers.register.submit") }).click();
  await expect(adviser.getByTestId("error-contactPhone")).toHaveText(ru.t("errors.phone"));
  await adviser.getByLabel(ru.t("advisers.register.contactPhone")).fill("+998 69 234 56 78");
  await adviser.getByLabel(ru.t("advisers.register.website")).fill("chamber-namangan.uz");
  await expectNoAxeViolations(adviser);
  await adviser.getByRole("button", { name: ru.t("advisers.register.submit") }).click();
  await expect(adviser.getByText(ru.t("advisers.status.pending", { name: chamber }))).toBeVisible();

  // A moderator finds the application through the desk's navigation and approves it.
  const moderator = await newPage(browser);
  await signIn(moderator, demoAccount((account) => account.label === "moderator", "the moderator"), "en");
  await moderator.goto("/en/admin");
  await moderator.getByRole("navigation", { name: en.t("moderation.nav.desk") }).getByRole("link", { name: en.t("moderation.nav.advisers") }).click();
  const application = moderator.getByTestId("adviser-application").filter({ hasText: chamber });
  await expect(application).toContainText("https://chamber-namangan.uz");
  await expect(application).toContainText(adviserEmail);
  await expectNoAxeViolations(moderator);
  await application.getByRole("button", { name: en.t("advisers.staff.approve") }).click();
  await expect(application).toContainText(en.t("advisers.staff.approved", { name: chamber }));
  await moderator.context().close();

  // Approved, the adviser imports a file: the bad row is shown and skipped, the good one waits for consent.
  await adviser.goto("/ru/advisers");
  await expect(adviser.getByRole("heading", { level: 2, name: ru.t("advisers.portfolio.title", { name: chamber }) })).toBeVisible();
  await adviser.getByRole("link", { name: ru.t("advisers.portfolio.import") }).click();
  const file = companyCsv([
    { ...fergana, legalName: companyName, taxId: `3${stamp}`, contactEmail: companyEmail },
    { ...fergana, legalName: "Bad tax ID", taxId: "12", contactEmail: `bad-${stamp}@example.uz` },
  ]);
  await adviser.getByTestId("import-file").setInputFiles({ name: "palata.csv", mimeType: "text/csv", buffer: Buffer.from(file, "utf8") });
  await adviser.getByTestId("import-check").click();
  await expect(adviser.getByTestId("import-problem-rows").getByRole("row")).toHaveCount(2);
  await adviser.getByTestId("import-run").click();
  await expect(adviser.getByTestId("import-result")).toContainText("Импортирована 1 компания. Она получит письмо с запросом согласия");

  // The company confirms by the link in its mail.
  const company = await newPage(browser);
  await followMailLink(company, companyEmail, /\/advisers\/consent\//);
  await company.getByRole("button", { name: ru.t("imports.consent.confirm") }).click();
  await expect(company.getByRole("status")).toHaveText(ru.t("imports.consent.confirmed", { organization: chamber }));

  // The adviser sees it confirmed and under review, and may still edit its profile.
  await adviser.getByTestId("import-result").getByRole("link", { name: ru.t("imports.toPortfolio", { name: chamber }) }).click();
  const client = adviser.getByTestId("adviser-client").filter({ hasText: companyName });
  await expect(client).toHaveAttribute("data-consent", "confirmed");
  await expect(client).toContainText(ru.t("companies.dashboard.status.submitted"));
  await expect(client.getByTestId("adviser-client-requests")).toHaveText(ru.t("advisers.portfolio.requests", { count: "0" }));
  const companyId = (await client.getAttribute("data-company-id")) ?? "";
  expect(await editAsAdviser(adviser, companyId)).toBe(200);

  // The company withdraws: the adviser's next call is refused and the portfolio shows only the name.
  await company.getByRole("button", { name: ru.t("imports.consent.withdraw") }).click();
  await expect(company.getByTestId("adviser-withdrawn")).toBeVisible();
  expect(await editAsAdviser(adviser, companyId)).toBe(404);
  await adviser.reload();
  await expect(client).toHaveAttribute("data-consent", "withdrawn");
  await expect(client).toContainText(ru.t("advisers.portfolio.withdrawnNote"));
  await expect(client.getByTestId("adviser-client-requests")).toHaveCount(0);
  await expectNoAxeViolations(adviser);
});
