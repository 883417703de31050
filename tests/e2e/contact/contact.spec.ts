import { byCode, contactPurposes } from "@karvon/data";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount, signIn, type DemoAccount } from "../support/demo-accounts";
import { expectNoAxeViolations } from "../support/axe";
import { wordsIn, type Words } from "../support/messages";

/**
 * The contact journey across three browser contexts (three people of three companies), on demo owners of the
 * embedded seed (tests/e2e/support/demo-accounts.ts; passwords are random on every run): A finds B, expresses
 * interest, B accepts, both talk; C, a third company, sees nothing of it.
 *
 * It runs at desktop width in English and at phone width (@phone, 375 px) in Russian. Both projects run on ONE
 * server and database, possibly at the same time, so each run has its own three companies (no other spec contacts them):
 * - desktop: Kamolot Tekstil (Tashkent, cotton yarn) asks Xəzər Logistika (Baku, port of Alat) about freight;
 *   Samarqand Meva Eksport looks on;
 * - phone: Nukus Farm Plus (Nukus, generic medicines) offers Bakı Farma Qrup (Baku, pharmaceuticals) to sell
 *   its products in Azerbaijan; Mirobod Digital Lab looks on.
 */
const runs = {
  desktop: {
    locale: "en",
    a: "uz01",
    b: "az25",
    c: "uz06",
    purpose: "logistics",
    request: "We spin cotton yarn in Tashkent and ship it by rail to Baku. Could you take our containers on through the port of Alat?",
    welcome: "Welcome! Our tariffs: https://example.com/catalogue — <b>no HTML</b>",
    welcomeMark: "Welcome!",
    reply: "Thank you, let us schedule a call next week.",
    replyMark: "schedule a call",
  },
  phone: {
    locale: "ru",
    a: "uz16",
    b: "az37",
    c: "uz22",
    purpose: "sell",
    request: "Мы производим дженерики в Нукусе по стандарту GMP и ищем партнёра для регистрации и продаж в Азербайджане. Обсудим?",
    welcome: "Здравствуйте! Наш каталог: https://example.com/catalogue — <b>без HTML</b>",
    welcomeMark: "Здравствуйте!",
    reply: "Спасибо, давайте созвонимся на следующей неделе.",
    replyMark: "созвонимся",
  },
} as const;

const owner = (handle: string): DemoAccount => demoAccount((account) => account.email === `${handle}@demo.karvon.local`, handle);

async function signedIn(browser: Browser, account: DemoAccount, words: Words): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, words.locale);
  await expect(page.getByTestId("user-menu")).toBeAttached();
  return page;
}

test("company A expresses interest, B accepts, both talk and see contacts; C sees nothing @phone", async ({ browser }, testInfo) => {
  // Three people, eight pages checked with axe: long on a shared two-core machine.
  test.setTimeout(240_000);
  const run = runs[testInfo.project.name as keyof typeof runs];
  if (run === undefined) throw new Error(`no contact run for project ${testInfo.project.name}`);
  const words = wordsIn(run.locale);
  const { locale, t } = words;
  const purpose = byCode(contactPurposes, run.purpose);
  if (purpose === undefined) throw new Error(`no contact purpose ${run.purpose}`);
  // Read when the test runs: the e2e server writes the demo accounts when it starts.
  const companyA = owner(run.a);
  const companyB = owner(run.b);
  const companyC = owner(run.c);
  const pageA = await signedIn(browser, companyA, words);

  // A finds B through search and sends an expression of interest from B's company page.
  await pageA.goto(`/${locale}/search?q=${encodeURIComponent(companyB.label)}`);
  const resultB = pageA.getByRole("link", { name: companyB.label }).first();
  await expect(resultB).toBeVisible();
  await expectNoAxeViolations(pageA);
  await resultB.click();
  await expect(pageA.getByRole("heading", { level: 1 })).toContainText(companyB.label);
  await expect(pageA.getByTestId("contact-card")).toHaveCount(0);
  await expectNoAxeViolations(pageA);
  await pageA.getByRole("button", { name: t("contact.express.button") }).click();
  await pageA.getByLabel(t("contact.express.purpose")).selectOption({ label: words.label(purpose) });
  await pageA.getByLabel(t("contact.express.message")).fill(run.request);
  // A double click still creates one request (same idempotency key).
  await pageA.getByRole("button", { name: t("contact.express.submit") }).dblclick();
  await expect(pageA.getByRole("status")).toContainText(t("contact.express.sent", { company: companyB.label }));

  // B sees it in the inbox and accepts.
  const pageB = await signedIn(browser, companyB, words);
  await pageB.goto(`/${locale}/inbox`);
  const request = pageB.getByTestId("contact-request").filter({ hasText: companyA.label });
  await expect(request).toHaveCount(1);
  await expect(request).toContainText(run.request);
  await expect(request).toContainText(words.label(purpose));
  await expectNoAxeViolations(pageB);
  await request.getByRole("button", { name: t("contact.inbox.actions.accept") }).click();
  await expect(pageB).toHaveURL(new RegExp(`/${locale}/inbox/[0-9a-f-]{36}$`));
  const conversationUrl = pageB.url();
  await expect(pageB.getByTestId("contact-card")).toContainText(t("contact.thread.contact.title", { company: companyA.label }));
  await expect(pageB.getByTestId("contact-email")).toBeVisible();

  await pageB.getByLabel(t("contact.thread.composer.label")).fill(run.welcome);
  await pageB.getByRole("button", { name: t("contact.thread.composer.send"), exact: true }).click();
  const sentByB = pageB.getByTestId("message").filter({ hasText: run.welcomeMark });
  await expect(sentByB).toContainText(run.welcome.slice(run.welcome.indexOf("<b>")));
  const link = sentByB.getByRole("link", { name: "https://example.com/catalogue" });
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
  await expectNoAxeViolations(pageB);

  // A sees the unread badge, opens the conversation, sees B's contact person and replies.
  await pageA.goto(`/${locale}/inbox?tab=conversations`);
  await expect(pageA.getByTestId("unread-badge")).toBeVisible();
  const conversationWithB = pageA.getByTestId("conversation-link").filter({ hasText: companyB.label });
  await expect(conversationWithB).toBeVisible();
  await expectNoAxeViolations(pageA);
  await conversationWithB.click();
  await expect(pageA.getByTestId("contact-card")).toContainText(t("contact.thread.contact.title", { company: companyB.label }));
  await expect(pageA.getByTestId("message").filter({ hasText: run.welcomeMark })).toBeVisible();
  await pageA.getByLabel(t("contact.thread.composer.label")).fill(run.reply);
  await pageA.getByRole("button", { name: t("contact.thread.composer.send"), exact: true }).click();
  await expect(pageA.getByTestId("message").filter({ hasText: run.replyMark })).toBeVisible();
  await expectNoAxeViolations(pageA);

  await pageB.reload();
  await expect(pageB.getByTestId("message").filter({ hasText: run.replyMark })).toBeVisible();

  // A third company sees neither side's contact person, and the conversation does not exist for it.
  const pageC = await signedIn(browser, companyC, words);
  const emailOfA = await pageB.getByTestId("contact-email").textContent();
  await pageC.goto(`/${locale}/search?q=${encodeURIComponent(companyB.label)}`);
  await pageC.getByRole("link", { name: companyB.label }).first().click();
  await expect(pageC.getByRole("heading", { level: 1 })).toContainText(companyB.label);
  await expect(pageC.getByTestId("contact-card")).toHaveCount(0);
  if (emailOfA !== null) await expect(pageC.locator("body")).not.toContainText(emailOfA);
  const response = await pageC.goto(conversationUrl);
  expect(response?.status()).toBe(404);
  await expectNoAxeViolations(pageC);
});
