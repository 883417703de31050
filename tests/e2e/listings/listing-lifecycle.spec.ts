import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, signIn, type DemoAccount } from "../support/demo-accounts";

/**
 * A listing's life beside search and contact, on the demo accounts of the embedded seed
 * (tests/e2e/support/demo-accounts.ts; passwords are random on every run): an owner publishes a joint project with
 * its own terms (capital, stage, partner role, site), saves a search and manages it, and a company reports a
 * contact request and a message it received.
 */
const owner = (email: string): DemoAccount => demoAccount((account) => account.email === email, email);

async function signedIn(browser: Browser, account: DemoAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  await expect(page.getByTestId("user-menu")).toBeAttached();
  return page;
}

test("an owner publishes a joint project with its terms and sees them on the listing page, with its validity", async ({ browser }) => {
  // Two people, a review and a renewal on a production server shared with other runs.
  test.setTimeout(180_000);
  const marker = `Solar glass plant ${Date.now().toString(36)}`;
  const page = await signedIn(browser, owner("uz03@demo.karvon.local"));

  await page.goto("/en/listings/new");
  const form = page.getByTestId("listing-form");
  // Required fields are marked, and a skipped choice says what to choose.
  await expect(form.getByLabel("Type")).toHaveAttribute("aria-required", "true");
  await expect(page.getByTestId("checklist-sectors").getByTestId("required-mark")).toBeVisible();
  await form.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("error-sectors")).toHaveText("Choose at least one sector.");
  await expect(page.getByTestId("error-cooperationKinds")).toHaveText("Choose at least one kind of cooperation.");
  await form.getByLabel("Type").selectOption("joint-project");
  // Trade terms belong to offers and requests; the venture's own fields appear for a joint project.
  await expect(page.getByTestId("trade-fields")).toHaveCount(0);
  await expect(page.getByTestId("checklist-importsFrom")).toHaveCount(0);
  const project = page.getByTestId("project-fields");
  await expect(project).toBeVisible();

  await form.getByLabel("Title · English").fill(marker);
  await form.getByLabel("Description · English").fill("A float-glass line for solar panels in the Navoi free zone; we seek a co-investor with glass know-how.");
  const sectors = page.getByTestId("checklist-sectors");
  await sectors.getByLabel("Filter").fill("non-metallic");
  await sectors.getByRole("checkbox", { name: /non-metallic mineral products/ }).check();
  await page.getByTestId("checklist-cooperationKinds").getByLabel("Joint venture").check();
  await project.getByLabel("Capital needed").fill("2500000");
  await project.getByLabel("Currency").selectOption("USD");
  await project.getByLabel("Stage").selectOption("feasibility-study");
  // Valid for ten days only: its owner will be told it expires soon, and renews it.
  const soon = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await project.getByLabel("Valid until").fill(soon);
  await project.getByLabel("Partner role sought").fill("Co-investor bringing float-glass technology and 40% of the capital.");
  // Choosing the zone fills in its region.
  await project.getByLabel("Site: economic zone").selectOption("UZ-FEZ-NAVOIY");
  await expect(project.getByLabel("Site: region")).toHaveValue("UZ-NW");
  await expectNoAxeViolations(page);
  await form.getByRole("button", { name: "Submit for review" }).click();
  await page.waitForURL(/\/en\/listings\/[0-9a-f-]{36}\/edit$/);
  const listingId = /listings\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1] ?? "";
  await expect(page.getByTestId("listing-status")).toHaveText("Under review");
  await expect(page.getByTestId("listing-sent")).toContainText("Your listing was sent for review.");
  await expect(page.getByTestId("listing-sent")).toContainText("you will get a notification and an e-mail");
  await expect(page.getByTestId("project-fields").getByLabel("Stage")).toHaveValue("feasibility-study");

  // A moderator approves it.
  const moderatorPage = await signedIn(browser, demoAccount((account) => account.label === "moderator", "the moderator"));
  await moderatorPage.goto(`/en/admin/review/listing/${listingId}`);
  await moderatorPage.getByRole("button", { name: "Claim for 30 minutes" }).click();
  await moderatorPage.getByRole("radio", { name: "Approve" }).check();
  await moderatorPage.getByRole("button", { name: "Send decision" }).click();
  await expect(moderatorPage.getByRole("status").filter({ hasText: "Decision saved" })).toBeVisible();
  await moderatorPage.context().close();

  // The public page shows the project's terms and no trade terms; its owner sees until when it is in search.
  await page.goto(`/en/listings/${listingId}`);
  await expect(page.getByTestId("listing-title")).toHaveText(marker);
  const details = page.getByTestId("listing-details");
  await expect(details.locator('[data-field="capitalNeeded"]')).toHaveText("2,500,000 USD");
  await expect(details.locator('[data-field="stage"]')).toHaveText("Feasibility study");
  await expect(details.locator('[data-field="partnerRole"]')).toContainText("float-glass technology");
  await expect(details.locator('[data-field="siteRegion"]')).toHaveText("Navoiy Region");
  await expect(details.locator('[data-field="siteZone"]')).toHaveText("Navoi Free Economic Zone");
  await expect(details.locator('[data-field="minOrder"]')).toHaveCount(0);
  const expiry = page.getByTestId("listing-owner").getByTestId("listing-expiry");
  await expect(expiry).toHaveAttribute("data-state", "expiring");
  await expect(expiry).toContainText(/Expires on .* — in (10|11) days\./);
  await expectNoAxeViolations(page);

  // The dashboard says the same, and renews it there for six months.
  await page.goto("/en/dashboard");
  const mine = page.getByTestId("my-listing").filter({ hasText: marker });
  await expect(mine.getByTestId("listing-expiry")).toHaveAttribute("data-state", "expiring");
  await expectNoAxeViolations(page);
  await mine.getByRole("button", { name: "Renew" }).click();
  await expect(page.getByText(/^Renewed: visible until /)).toBeVisible();
  await expect(mine.getByTestId("listing-expiry")).toHaveAttribute("data-state", "active");
  await expect(mine.getByTestId("listing-expiry")).toContainText("In search until");
  await expect(mine.getByRole("button", { name: "Renew" })).toHaveCount(0);
  await page.goto(`/en/listings/${listingId}`);
  await expect(page.getByTestId("listing-owner").getByTestId("listing-expiry")).toHaveAttribute("data-state", "active");
  await expect(page.getByRole("button", { name: "Report" })).toHaveCount(0);

  // A visitor sees the terms but not the owner's panel.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/listings/${listingId}`);
  await expect(visitor.getByTestId("listing-details").locator('[data-field="stage"]')).toHaveText("Feasibility study");
  await expect(visitor.getByTestId("listing-owner")).toHaveCount(0);
});

test("a signed-in person saves a search, finds it in the account and deletes it; a visitor is asked to sign in", async ({ browser }) => {
  // Two people, three axe checks and the account page: over a minute on two busy cores.
  test.setTimeout(120_000);
  const searchPath = "/en/search?q=cotton&type=offers";
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(searchPath);
  const signInLink = visitor.getByTestId("save-search-sign-in").getByRole("link");
  await expect(signInLink).toHaveText("Sign in to save this search and get new matches by e-mail.");
  expect(decodeURIComponent((await signInLink.getAttribute("href")) ?? "")).toContain("/search?q=cotton&type=offers");

  const page = await signedIn(browser, owner("az27@demo.karvon.local"));
  await page.goto(searchPath);
  await page.getByTestId("save-search-open").click();
  const name = page.getByLabel("Name of the search");
  await expect(name).toHaveValue("“cotton” · Offers");
  await name.fill("");
  await page.getByRole("button", { name: "Save search" }).click();
  // An empty name is refused with a specific message, then a real name is saved.
  await expect(page.getByTestId("error-saved-search-name")).toBeVisible();
  await name.fill("Cotton offers for Baku");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save search" }).click();
  await expect(page.getByTestId("save-search-done")).toHaveText("Saved “Cotton offers for Baku”. We will e-mail you when new listings match.");

  await page.getByRole("link", { name: "Manage saved searches" }).click();
  await expect(page).toHaveURL(/\/en\/account/);
  const saved = page.getByTestId("saved-search").filter({ hasText: "Cotton offers for Baku" });
  await expect(saved).toHaveCount(1);
  await expect(saved.getByRole("link", { name: "Cotton offers for Baku" })).toHaveAttribute("href", /\/en\/search\?q=cotton&type=offers/);
  await expectNoAxeViolations(page);
  await saved.getByRole("button", { name: "Delete “Cotton offers for Baku”" }).click();
  await expect(page.getByTestId("saved-search").filter({ hasText: "Cotton offers for Baku" })).toHaveCount(0);
});

test("the receiving company reports a contact request and a message from the other company", async ({ browser }) => {
  test.setTimeout(120_000);
  const sender = owner("uz04@demo.karvon.local");
  const recipient = owner("az26@demo.karvon.local");

  // The sender expresses interest from the recipient's company page.
  const senderPage = await signedIn(browser, sender);
  await senderPage.goto(recipient.path.replace(/^\/(en|ru|uz|az)\//, "/en/"));
  await senderPage.getByRole("button", { name: "Express interest" }).click();
  await senderPage.getByLabel("Purpose").selectOption("investment");
  await senderPage.getByLabel("Message").fill("Guaranteed 40% monthly returns, pay the deposit to my private card today.");
  await senderPage.getByRole("button", { name: "Send request" }).click();
  await expect(senderPage.getByRole("status")).toContainText("Your request was sent");

  // The recipient reports the request from the inbox.
  const recipientPage = await signedIn(browser, recipient);
  await recipientPage.goto("/en/inbox");
  const request = recipientPage.getByTestId("contact-request").filter({ hasText: sender.label });
  await expect(request).toHaveCount(1);
  await request.getByRole("button", { name: "Report this request" }).click();
  await request.getByLabel("Reason").selectOption("fraud");
  await request.getByLabel("What is wrong (optional)").fill("Promises impossible returns and asks for a card payment.");
  await expectNoAxeViolations(recipientPage);
  await request.getByRole("button", { name: "Send report" }).click();
  await expect(request.getByRole("status").filter({ hasText: "The moderators will look at your report" })).toBeVisible();

  // It accepts anyway to see what follows; the sender writes; the recipient reports that message.
  await request.getByRole("button", { name: "Accept and share contacts" }).click();
  await expect(recipientPage).toHaveURL(/\/en\/inbox\/[0-9a-f-]{36}$/);
  const conversationUrl = recipientPage.url();
  await senderPage.goto(conversationUrl);
  await senderPage.getByLabel("Your message").fill("Send 5,000 USD to card 4000 0000 0000 0002 and the returns start tomorrow.");
  await senderPage.getByRole("button", { name: "Send", exact: true }).click();
  await expect(senderPage.getByTestId("message").filter({ hasText: "returns start tomorrow" })).toBeVisible();
  // The sender cannot report its own message.
  await expect(senderPage.getByTestId("message").filter({ hasText: "returns start tomorrow" }).getByRole("button", { name: "Report this message" })).toHaveCount(0);

  await recipientPage.reload();
  const message = recipientPage.getByTestId("message").filter({ hasText: "returns start tomorrow" });
  await message.getByRole("button", { name: "Report this message" }).click();
  await message.getByLabel("Reason").selectOption("fraud");
  await message.getByRole("button", { name: "Send report" }).click();
  await expect(message.getByRole("status").filter({ hasText: "The moderators will look at your report" })).toBeVisible();
  await expectNoAxeViolations(recipientPage);

  // Both reports wait in the moderators' queue.
  const moderatorPage = await signedIn(browser, demoAccount((account) => account.label === "moderator", "the moderator"));
  await moderatorPage.goto("/en/admin/reports");
  await expect(moderatorPage.getByTestId("report-item").filter({ hasText: "Contact request" }).filter({ hasText: "card payment" })).toHaveCount(1);
  await expect(moderatorPage.getByTestId("report-item").filter({ hasText: "Message:" }).filter({ hasText: "returns start tomorrow" })).toHaveCount(1);
});
