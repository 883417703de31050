import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount, signIn, type DemoAccount } from "../support/demo-accounts";
import { expectNoAxeViolations } from "../support/axe";

/**
 * The contact journey across three browser contexts (three people of three companies): demo owners of the
 * embedded seed (tests/e2e/support/demo-accounts.ts; passwords are random on every run) — an Uzbek textile
 * company, an Azerbaijani logistics company and an Uzbek fruit exporter.
 */
const owner = (email: string): DemoAccount => demoAccount((account) => account.email === email, email);

async function signedIn(browser: Browser, account: DemoAccount): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return page;
}

test("company A expresses interest, B accepts, both talk and see contacts; C sees nothing", async ({ browser }) => {
  // Read when the test runs: the e2e server writes the demo accounts when it starts.
  const companyA = owner("uz01@demo.karvon.local");
  const companyB = owner("az25@demo.karvon.local");
  const companyC = owner("uz06@demo.karvon.local");
  const pageA = await signedIn(browser, companyA);

  // A finds B through search and sends an expression of interest from B's company page.
  await pageA.goto(`/en/search?q=${encodeURIComponent(companyB.label)}`);
  await pageA.getByRole("link", { name: companyB.label }).first().click();
  await expect(pageA.getByRole("heading", { level: 1 })).toContainText(companyB.label);
  await expect(pageA.getByTestId("contact-card")).toHaveCount(0);
  await expectNoAxeViolations(pageA);
  await pageA.getByRole("button", { name: "Express interest" }).click();
  await pageA.getByLabel("Purpose").selectOption("buy");
  await pageA.getByLabel("Message").fill("We produce cotton yarn in Fergana and look for a distributor in Baku. Shall we talk?");
  // A double click still creates one request (same idempotency key).
  await pageA.getByRole("button", { name: "Send request" }).dblclick();
  await expect(pageA.getByRole("status")).toContainText("Your request was sent");

  // B sees it in the inbox and accepts.
  const pageB = await signedIn(browser, companyB);
  await pageB.goto("/en/inbox");
  const request = pageB.getByTestId("contact-request").filter({ hasText: companyA.label });
  await expect(request).toHaveCount(1);
  await expectNoAxeViolations(pageB);
  await request.getByRole("button", { name: "Accept and share contacts" }).click();
  await expect(pageB).toHaveURL(/\/en\/inbox\/[0-9a-f-]{36}$/);
  const conversationUrl = pageB.url();
  await expect(pageB.getByTestId("contact-card")).toContainText(`Contact person at ${companyA.label}`);
  await expect(pageB.getByTestId("contact-email")).toBeVisible();

  await pageB.getByLabel("Your message").fill("Welcome! Our catalogue: https://example.com/catalogue — <b>no HTML</b>");
  await pageB.getByRole("button", { name: "Send", exact: true }).click();
  const sentByB = pageB.getByTestId("message").filter({ hasText: "Welcome!" });
  await expect(sentByB).toContainText("<b>no HTML</b>");
  const link = sentByB.getByRole("link", { name: "https://example.com/catalogue" });
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
  await expectNoAxeViolations(pageB);

  // A sees the unread badge, opens the conversation, sees B's contact person and replies.
  await pageA.goto("/en/inbox?tab=conversations");
  await expect(pageA.getByTestId("unread-badge")).toBeVisible();
  await pageA.getByTestId("conversation-link").filter({ hasText: companyB.label }).click();
  await expect(pageA.getByTestId("contact-card")).toContainText(`Contact person at ${companyB.label}`);
  await expect(pageA.getByTestId("message").filter({ hasText: "Welcome!" })).toBeVisible();
  await pageA.getByLabel("Your message").fill("Thank you, let us schedule a call next week.");
  await pageA.getByRole("button", { name: "Send", exact: true }).click();
  await expect(pageA.getByTestId("message").filter({ hasText: "schedule a call" })).toBeVisible();

  await pageB.reload();
  await expect(pageB.getByTestId("message").filter({ hasText: "schedule a call" })).toBeVisible();

  // A third company sees neither side's contact person, and the conversation does not exist for it.
  const pageC = await signedIn(browser, companyC);
  const emailOfA = await pageB.getByTestId("contact-email").textContent();
  await pageC.goto(`/en/search?q=${encodeURIComponent(companyB.label)}`);
  await pageC.getByRole("link", { name: companyB.label }).first().click();
  await expect(pageC.getByTestId("contact-card")).toHaveCount(0);
  if (emailOfA !== null) await expect(pageC.locator("body")).not.toContainText(emailOfA);
  const response = await pageC.goto(conversationUrl);
  expect(response?.status()).toBe(404);
});
