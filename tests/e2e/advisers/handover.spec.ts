/**
 * A company a chamber brought, handed over to its own contact person, in Azerbaijani. The contact person opens the
 * consent mail, follows "take over" to the hand-over page, creates an account with the company's address from
 * there, confirms it, opens the same page again and becomes the owner: the company is then under "My companies"
 * and its inbox opens. Signed in with another address (the adviser's), the page refuses; the adviser reads a notice.
 * The consent page and the company's card list what the chamber did in the company's name; the owner withdraws it.
 * The chamber itself (sign-up, approval, import) is set up through the procedures its pages call — its own
 * journey is chamber.spec.ts. Every name, address and tax ID is new on each run.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { chamberApplication } from "../../support/adviser-application";
import { companyCsv, fergana, uploadOf } from "../../support/company-files";
import { expectNoAxeViolations } from "../support/axe";
import { callAs } from "./journey";
import { demoAccount, signIn } from "../support/demo-accounts";
import { followMailLink, signUpAndConfirm } from "../support/dev-mail";
import { wordsIn } from "../support/messages";

const az = wordsIn("az");

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** A mutation as the browser's tRPC client sends it from the page, as the page's person; its result. */
async function mutate<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ procedure, input }) => {
      const response = await fetch(`/api/trpc/${procedure}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
      return { status: response.status, body: await response.text() };
    },
    { procedure, input },
  );
  expect(answer.status, `${procedure}: ${answer.body}`).toBe(200);
  return (JSON.parse(answer.body) as { result: { data: { json: T } } }).result.data.json;
}

const password = "Şəki ipək yolu 2026 Xəzər";

test("the contact person of a company a chamber brought signs up with its address and becomes its owner", async ({ browser }) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString().slice(-8);
  const chamber = `Gəncə Ticarət-Sənaye Palatası ${stamp}`;
  const adviserEmail = `palata-${stamp}@example.az`;
  const companyEmail = `direktor-${stamp}@example.az`;
  const companyName = `«Fargʻona Ipak ${stamp}» MChJ`;

  // The chamber: an adviser signed up in Azerbaijani (so its mails are), approved by a moderator, imports one row.
  const adviser = await newPage(browser);
  await adviser.goto("/az/sign-up");
  await signUpAndConfirm(adviser, { name: "Rəşad Hüseynov", email: adviserEmail, password, locale: "az" });
  const organization = await mutate<{ id: string }>(adviser, "advisers.register", { ...chamberApplication, name: chamber });
  const moderator = await newPage(browser);
  await signIn(moderator, demoAccount((account) => account.label === "moderator", "the moderator"), "en");
  await mutate(moderator, "advisers.decide", { organizationId: organization.id, decision: "approve" });
  await moderator.context().close();
  const file = companyCsv([{ ...fergana, legalName: companyName, taxId: `4${stamp}`, contactEmail: companyEmail }]);
  expect(await mutate(adviser, "companyImport.run", uploadOf(file))).toMatchObject({ created: 1 });

  // The contact person opens the consent mail and, from there, the hand-over page.
  const person = await newPage(browser);
  await followMailLink(person, companyEmail, /\/az\/advisers\/consent\//);
  // What the chamber did in the company's name so far: the import, under the adviser's name.
  const activity = person.getByTestId("adviser-activity");
  await expect(activity.getByRole("heading", { level: 2, name: az.t("advisers.activity.title", { organization: chamber }) })).toBeVisible();
  await expect(activity.getByTestId("adviser-activity-entry")).toHaveCount(1);
  await expect(activity).toContainText(az.t("advisers.activity.actions.company.import"));
  await expect(activity).toContainText("Rəşad Hüseynov");
  await expect(person.getByRole("heading", { level: 2, name: az.t("imports.consent.takeOverTitle") })).toBeVisible();
  await person.getByRole("link", { name: az.t("imports.consent.takeOver") }).click();
  await expect(person.getByRole("heading", { level: 1, name: az.t("imports.claim.title") })).toBeVisible();
  const claimPage = person.url();
  expect(claimPage).toMatch(/\/az\/advisers\/claim\/[0-9a-f-]{36}-[0-9]+-[A-Za-z0-9_-]{43}$/);
  await expect(person.getByTestId("adviser-claim")).toContainText(`d•••@example.az`);
  await expectNoAxeViolations(person);

  // Signed in with another address, the page says whose mailbox it needs and offers no button.
  await adviser.goto(claimPage);
  await expect(adviser.getByText(az.t("imports.claim.otherEmail", { email: adviserEmail }))).toBeVisible();
  await expect(adviser.getByRole("button", { name: az.t("imports.claim.submit") })).toHaveCount(0);

  // No account yet: the person creates one with the company's address, confirms it and opens the page again.
  await person.getByRole("link", { name: az.t("imports.claim.signUp") }).click();
  await signUpAndConfirm(person, { name: "Nigora Karimova", email: companyEmail, password, locale: "az" });
  // Served through the portal's proxy like every page (a dot in the path would skip it: no CSP, no locale).
  const page = await person.goto(claimPage);
  expect(page?.headers()["content-security-policy"]).toContain("nonce-");
  await expect(person.getByText(az.t("imports.claim.adviserStays"))).toBeVisible();
  await person.getByRole("button", { name: az.t("imports.claim.submit") }).click();

  // The owner's own company: under "My companies", with its inbox; the page now says so.
  await expect(person).toHaveURL(/\/az\/dashboard$/);
  await expect(person.getByRole("heading", { level: 2, name: companyName })).toBeVisible();
  await person.goto("/az/inbox");
  await expect(person.getByRole("heading", { level: 1, name: az.t("contact.inbox.title") })).toBeVisible();
  await expect(person.getByText(az.t("contact.inbox.noCompany"))).toHaveCount(0);
  await person.goto(claimPage);
  await expect(person.getByRole("status")).toHaveText(az.t("imports.claim.mine", { company: companyName }));

  // The adviser reads that the company has its own owner now.
  await adviser.goto("/az/notifications");
  await expect(adviser.getByText(az.t("notifications.kind.adviser.claimed", { item: companyName }))).toBeVisible();

  // The adviser still edits the draft (the company has not answered); the owner reads it on the company's card,
  // with who supports the company, opens the same list there, and withdraws the adviser.
  const companyId = /\/claim\/([0-9a-f-]{36})-/.exec(claimPage)?.[1] ?? "";
  expect((await callAs(adviser, "advisers.editCompany", { companyId, patch: { city: "Qoʻqon" } })).status).toBe(200);
  await person.goto("/az/dashboard");
  const card = person.getByTestId("company-adviser");
  await expect(card).toContainText(az.t("advisers.companyCard.supportedBy", { organization: chamber }));
  await card.getByRole("link", { name: az.t("advisers.companyCard.activity", { organization: chamber }) }).click();
  await expect(person.getByTestId("adviser-activity-entry")).toHaveCount(2);
  await expect(person.getByTestId("adviser-activity-entry").first()).toContainText(az.t("advisers.activity.actions.adviser.company.edit"));
  await person.goBack();
  person.once("dialog", (dialog) => void dialog.accept());
  await card.getByRole("button", { name: az.t("advisers.companyCard.withdraw") }).click();
  // "<date> tarixində geri çağırılıb: …": the sentence after the date.
  await expect(card.getByTestId("company-adviser-state")).toContainText(az.t("advisers.companyCard.state.withdrawn", { date: "" }).trim());
  await expect(card.getByRole("button", { name: az.t("advisers.companyCard.withdraw") })).toHaveCount(0);
  await expectNoAxeViolations(person);
  // From then on the adviser can no longer touch the company.
  const edit = { companyId, patch: { city: "Şəki" } };
  expect((await callAs(adviser, "advisers.editCompany", edit)).status).toBe(404);
});
