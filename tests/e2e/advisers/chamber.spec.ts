/**
 * A chamber of commerce on the portal, from its application to a company withdrawing it. A person signs up in
 * Russian and applies for the chamber from "My companies"; a moderator approves it from the moderation desk; the
 * adviser imports a file with a bad row; the company confirms by the link in its mail and the adviser sees it in
 * the portfolio; once the profile is published the adviser writes a listing in the company's name, which a
 * moderator approves, and accepts a demo company's contact request from the portfolio; the company withdraws and
 * the adviser's very next page and calls are refused. Every name, address and tax ID is new on each run.
 */
import { expect, test, type Page } from "@playwright/test";
import { companyCsv, fergana } from "../../support/company-files";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, signIn } from "../support/demo-accounts";
import { followMailLink, signUpAndConfirm } from "../support/dev-mail";
import { wordsIn } from "../support/messages";
import { approve, callAs, newPage } from "./journey";

const ru = wordsIn("ru");
const en = wordsIn("en");

/** A call of the adviser's: its HTTP status. */
async function callAsAdviser(page: Page, procedure: string, input: unknown, method: "GET" | "POST" = "POST"): Promise<number> {
  return (await callAs(page, procedure, input, method)).status;
}

const editAsAdviser = (page: Page, companyId: string) => callAsAdviser(page, "advisers.editCompany", { companyId, patch: { city: "Namangan" } });

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
  await signUpAndConfirm(adviser, { name: "Dilshod Rahimov", email: adviserEmail, password: "Namangan palatasi 2026 yil", locale: "ru" });

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
  // Like a member's edit, it made the profile a draft again: it goes back to review once submitted.
  expect(await callAsAdviser(adviser, "advisers.submitCompany", { companyId, consent: true })).toBe(200);

  // Once a moderator publishes the profile, the adviser writes a listing in the company's name from the portfolio,
  // through the header's link; it goes to review like a member's and names no draft to come back to.
  await approve(moderator, "company", companyId);
  await adviser.goto("/ru");
  await adviser.getByTestId("my-clients-link").click();
  await client.getByTestId("adviser-client-new-listing").click();
  await expect(adviser.getByRole("heading", { level: 1, name: ru.t("advisers.listing.title", { company: companyName }) })).toBeVisible();
  await expect(adviser.getByText(ru.t("advisers.listing.intro", { company: companyName, organization: chamber }))).toBeVisible();
  const form = adviser.getByTestId("listing-form");
  const listingTitle = `Paxta kalavasi Ne 30/1, oyiga 20 t — ${stamp}`;
  await form.getByLabel(ru.t("listings.field.kind")).selectOption("offer");
  await form.getByLabel(`${ru.t("listings.field.titles")} · ${ru.t("listings.field.language.ru")}`).fill(listingTitle);
  await form.getByLabel(`${ru.t("listings.field.descriptions")} · ${ru.t("listings.field.language.ru")}`).fill("Хлопковая пряжа из Наманганской области, поставки ежемесячно.");
  await form.getByTestId("checklist-sectors").locator('input[value="13"]').check();
  await form.getByTestId("checklist-cooperationKinds").locator('input[value="supply"]').check();
  await expect(form.getByRole("button", { name: ru.t("listings.form.saveDraft") })).toHaveCount(0);
  await expectNoAxeViolations(adviser);
  const created = adviser.waitForResponse((response) => response.url().includes("advisers.createListing"));
  await form.getByRole("button", { name: ru.t("listings.form.submit") }).click();
  const listingId = /"id":"([0-9a-f-]{36})"/.exec(await (await created).text())?.[1] ?? "";
  await expect(form.getByRole("status")).toHaveText(ru.t("listings.form.submittedForClient"));
  await approve(moderator, "listing", listingId);
  await moderator.context().close();

  // The audit log tells the admin who published it for whom.
  const admin = await newPage(browser);
  await signIn(admin, demoAccount((account) => account.label === "admin", "the admin"), "en");
  await admin.goto(`/en/admin/audit?action=adviser.listing.create&targetId=${listingId}`);
  await expect(admin.getByTestId("audit-action")).toHaveText(en.t("moderation.audit.actions.adviser_listing_create"));
  // The stored row's keys come back in the database's order, so each is looked for on its own.
  const change = admin.getByTestId("audit-change");
  await expect(change).toContainText(`${en.t("moderation.audit.keys.organization")}: ${chamber}`);
  await expect(change).toContainText(`${en.t("moderation.audit.keys.company")}: ${companyName}`);
  await expect(change).toContainText(`${en.t("moderation.audit.keys.submitted")}: ${en.t("moderation.audit.yes")}`);
  await admin.context().close();

  // A demo company expresses interest in the client; the adviser accepts the request from the portfolio.
  const sender = demoAccount((account) => account.email === "az31@demo.karvon.local", "the owner of Mingəçevir Tekstil");
  const senderPage = await newPage(browser);
  await signIn(senderPage, sender, "en");
  await adviser.goto("/ru/advisers");
  const publicPath = (await client.getByRole("link", { name: ru.t("advisers.portfolio.viewPublic") }).getAttribute("href")) ?? "";
  await senderPage.goto(publicPath.replace(/^\/ru\//, "/en/"));
  await senderPage.getByRole("button", { name: en.t("contact.express.button") }).click();
  await senderPage.getByLabel(en.t("contact.express.purpose")).selectOption("buy");
  await senderPage.getByLabel(en.t("contact.express.message")).fill("We buy cotton yarn every month and would like your offer for Baku.");
  await senderPage.getByRole("button", { name: en.t("contact.express.submit") }).click();
  await expect(senderPage.getByRole("status")).toContainText(en.t("contact.express.sent", { company: companyName }));
  await senderPage.context().close();
  await adviser.reload();
  const request = client.getByTestId("adviser-client-request").filter({ hasText: sender.label });
  await request.getByRole("button", { name: ru.t("advisers.answer.accept") }).click();
  await expect(client.getByTestId("adviser-client-requests")).toHaveText(ru.t("advisers.portfolio.requests", { count: "0" }));

  // The company withdraws: the adviser's next call is refused and the portfolio shows only the name.
  await company.getByRole("button", { name: ru.t("imports.consent.withdraw") }).click();
  await expect(company.getByTestId("adviser-withdrawn")).toBeVisible();
  expect(await editAsAdviser(adviser, companyId)).toBe(404);
  expect(await callAsAdviser(adviser, "advisers.client", { companyId }, "GET")).toBe(404);
  expect(await callAsAdviser(adviser, "advisers.contactRequests", { companyId }, "GET")).toBe(404);
  expect(await callAsAdviser(adviser, "advisers.createListing", { companyId, listing: { kind: "offer", title: { ru: listingTitle }, description: { ru: "Хлопковая пряжа, поставки ежемесячно." }, sectors: ["13"], cooperationKinds: ["supply"], direction: "export" } })).toBe(404);
  expect((await adviser.goto(`/ru/advisers/clients/${companyId}/listings/new`))?.status()).toBe(404);
  expect((await adviser.goto(`/ru/advisers/clients/${companyId}/profile`))?.status()).toBe(404);
  await adviser.goto("/ru/advisers");
  await expect(client).toHaveAttribute("data-consent", "withdrawn");
  await expect(client).toContainText(ru.t("advisers.portfolio.withdrawnNote"));
  await expect(client.getByTestId("adviser-client-requests")).toHaveCount(0);
  await expectNoAxeViolations(adviser);
});
