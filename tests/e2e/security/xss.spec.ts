import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount, signIn, type DemoAccount } from "../support/demo-accounts";

/**
 * XSS corpus in Chromium: script tags, event handlers (img onerror, svg onload), `javascript:` URLs, an RTL
 * override (U+202E) and a 5,000-character string are typed into the text fields of a company profile, a listing
 * and a contact request and message; then every page that shows them is opened — the moderator's review pages, the
 * public company and listing pages, search, the inbox and the conversation. On every page: no dialog ever opens,
 * no element carries the injected handlers or a `javascript:` link, the page does not scroll sideways at desktop
 * width, and the corpus is shown as text.
 */
const marker = `xss${Date.now().toString(36)}`;
const attacks = [
  `<script>alert("${marker}-script")</script>`,
  `"><img src=x onerror=alert("${marker}-img")>`,
  `<svg onload=alert("${marker}-svg")></svg>`,
  `javascript:alert("${marker}-url")`,
  `\u202E${marker}gnp.exe\u202C`,
];
const corpus = `${marker} ${attacks.join(" ")}`;
/** 5,000 characters (the longest description allowed), one unbroken word at the end. */
const long = `${corpus} ${"W".repeat(5000 - corpus.length - 1)}`;

const dialogs: string[] = [];
const owner = (email: string): DemoAccount => demoAccount((account) => account.email === email, email);

async function signedIn(browser: Browser, account: DemoAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await signIn(page, account);
  await expect(page.getByTestId("user-menu")).toBeAttached();
  return page;
}

/** What must hold on every page that shows the corpus. `shown` are strings that must appear as text. */
async function expectInert(page: Page, shown: string[]) {
  await page.waitForLoadState("load");
  const main = page.locator("main");
  for (const text of shown) await expect(main).toContainText(text);
  await expect(page.locator('img[src="x"], [onerror], [onload]'), "no injected element or handler").toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]'), "no javascript: URL").toHaveCount(0);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect.soft(scrollWidth, `${page.url()} does not scroll sideways (${scrollWidth} px in a ${innerWidth} px window)`).toBeLessThanOrEqual(innerWidth);
  expect(dialogs, "no dialog opened").toEqual([]);
}

async function moderatorApproves(page: Page, itemType: "company" | "listing", itemId: string, shown: string[]) {
  await page.goto(`/en/admin/review/${itemType}/${itemId}`);
  await expectInert(page, shown);
  await page.getByRole("button", { name: "Claim for 30 minutes" }).click();
  await page.getByRole("radio", { name: "Approve" }).check();
  await page.getByRole("button", { name: "Send decision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Decision saved" })).toBeVisible();
  await expectInert(page, shown);
}

test.beforeEach(() => {
  dialogs.length = 0;
});

const attacker = () => owner("uz12@demo.karvon.local");
const recipient = () => owner("az32@demo.karvon.local");
const moderatorAccount = () => demoAccount((account) => account.label === "moderator", "the moderator");

async function visitorPage(browser: Browser): Promise<Page> {
  const visitor = await (await browser.newContext()).newPage();
  visitor.on("dialog", (dialog) => {
    dialogs.push(`${visitor.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return visitor;
}

test("the XSS corpus in a company profile stays text in the review and on the public page", async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await signedIn(browser, attacker());
  const moderator = await signedIn(browser, moderatorAccount());

  // Company profile: legal name, website (a javascript: URL is refused), description, contact person.
  await page.goto("/en/dashboard");
  const editLink = page.locator('a[href*="/onboarding?company="]').first();
  const companyId = new URL((await editLink.getAttribute("href")) ?? "", page.url()).searchParams.get("company") ?? "";
  expect(companyId).not.toBe("");
  await page.goto(`/en/onboarding?company=${companyId}`);
  const next = page.getByTestId("onboarding-next");
  const counter = page.getByTestId("step-counter");
  await page.getByRole("button", { name: /^1\. / }).click();
  const legalName = `${marker} <img src=x onerror=alert(1)> \u202Eevil`;
  await page.locator('input[name="legalName"]').fill(legalName);
  await next.click();
  await expect(counter).toContainText("Step 2 of 7");
  await next.click();
  await expect(counter).toContainText("Step 3 of 7");
  await page.locator('input[name="website"]').fill(`javascript:alert("${marker}-website")`);
  await next.click();
  await expect(page.getByTestId("error-website")).toBeVisible();
  await page.locator('input[name="website"]').fill("https://example.com/");
  await next.click();
  await expect(counter).toContainText("Step 4 of 7");
  await page.locator('textarea[name="description-en"]').fill(long);
  await next.click();
  await expect(counter).toContainText("Step 5 of 7");
  await page.locator('input[name="contactName"]').fill(`<script>alert(5)</script>`);
  await page.locator('input[name="contactPosition"]').fill(`<svg onload=alert(6)>`);
  await next.click();
  await expect(counter).toContainText("Step 6 of 7");
  await page.getByRole("button", { name: /^7\. / }).click();
  // (The review step previews the published version of an already public company, so nothing of the corpus yet.)
  await expectInert(page, []);
  await page.locator('input[name="consent"]').check();
  await page.getByTestId("onboarding-next").click();
  await expect(page.getByTestId("under-review")).toBeVisible();
  await moderatorApproves(moderator, "company", companyId, [legalName, attacks[1] ?? ""]);

  const visitor = await visitorPage(browser);
  await visitor.goto(attacker().path.replace(/^\/(en|ru|uz|az)\//, "/en/"));
  await expect(visitor.getByTestId("company-name")).toHaveText(legalName);
  await expectInert(visitor, [attacks[0] ?? "", attacks[2] ?? "", attacks[4] ?? "", "WWWWWWWWWW"]);

});

test("the XSS corpus in a listing stays text in the review, on the listing page, in search and on the dashboard", async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await signedIn(browser, attacker());
  const moderator = await signedIn(browser, moderatorAccount());
  const visitor = await visitorPage(browser);
  // Listing: title, description, partner role.
  await page.goto("/en/listings/new");
  const form = page.getByTestId("listing-form");
  await form.getByLabel("Type").selectOption("joint-project");
  // A title holds at most 200 characters.
  const title = corpus.slice(0, 200);
  await form.getByLabel("Title · English").fill(title);
  await form.getByLabel("Description · English").fill(long);
  const sectors = page.getByTestId("checklist-sectors");
  await sectors.getByRole("checkbox").first().check();
  await page.getByTestId("checklist-cooperationKinds").getByLabel("Joint venture").check();
  const project = page.getByTestId("project-fields");
  await project.getByLabel("Capital needed").fill("2500000");
  await project.getByLabel("Currency").selectOption("USD");
  await project.getByLabel("Stage").selectOption("feasibility-study");
  await project.getByLabel("Partner role sought").fill(attacks.join("\n"));
  await form.getByRole("button", { name: "Submit for review" }).click();
  await page.waitForURL(/\/en\/listings\/[0-9a-f-]{36}\/edit$/);
  const listingId = /listings\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1] ?? "";
  await expectInert(page, []);
  await moderatorApproves(moderator, "listing", listingId, [attacks[0] ?? "", attacks[3] ?? ""]);
  await visitor.goto(`/en/listings/${listingId}`);
  await expect(visitor.getByTestId("listing-title")).toHaveText(title);
  await expectInert(visitor, attacks);
  await visitor.goto(`/en/search?q=${marker}`);
  await expect(visitor.locator("main")).toContainText(marker);
  await expectInert(visitor, [attacks[0] ?? ""]);
  await page.goto("/en/dashboard");
  await expectInert(page, [attacks[0] ?? ""]);

});

test("the XSS corpus in a contact request and a message stays text in the inbox and the conversation", async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await signedIn(browser, attacker());
  const moderator = await signedIn(browser, moderatorAccount());
  // Contact: the request's message, then a message in the conversation (links are made of http(s) URLs only).
  await page.goto(recipient().path.replace(/^\/(en|ru|uz|az)\//, "/en/"));
  await page.getByRole("button", { name: "Express interest" }).click();
  await page.getByLabel("Purpose").selectOption("buy");
  await page.getByLabel("Message").fill(corpus);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("status")).toContainText("Your request was sent");
  const recipientPage = await signedIn(browser, recipient());
  await recipientPage.goto("/en/inbox");
  const request = recipientPage.getByTestId("contact-request").filter({ hasText: marker });
  await expect(request).toHaveCount(1);
  await expectInert(recipientPage, attacks);
  await request.getByRole("button", { name: "Accept and share contacts" }).click();
  await expect(recipientPage).toHaveURL(/\/en\/inbox\/[0-9a-f-]{36}$/);
  const conversationUrl = recipientPage.url();
  await page.goto(conversationUrl);
  const reply = `${attacks.join(" ")} see https://example.com/${marker}`;
  await page.getByLabel("Your message").fill(reply);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("message").filter({ hasText: attacks[3] ?? "" })).toHaveCount(1);
  await expectInert(page, attacks);
  await recipientPage.reload();
  await expect(recipientPage.getByTestId("message").filter({ hasText: attacks[3] ?? "" })).toHaveCount(1);
  await expect(recipientPage.getByRole("link", { name: `https://example.com/${marker}` })).toHaveCount(1);
  await expectInert(recipientPage, attacks);
  await recipientPage.goto("/en/inbox?tab=conversations");
  await expectInert(recipientPage, []);
  // The moderator's overview of the queue shows the names too.
  await moderator.goto("/en/admin/review");
  await expectInert(moderator, []);
});
