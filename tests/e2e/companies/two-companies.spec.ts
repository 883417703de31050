/**
 * An owner of two companies answers a request to each. The demo seed's holding (`demoHolding` of @karvon/db):
 * the owner of Surxon Quyosh Mevalari (uz09) also co-owns Masallı Aqro Qida (az59). Two buyers write, one to each
 * company; the owner finds both — the inbox names the company it acts for, the other company's waiting request is
 * named with a way to switch, and the mail's link opens the inbox of the company it is about.
 *
 * Desktop in English, phone (@phone, 375 px) in Russian, on one server and database: each run has its own buyers
 * and answers every request it caused, so the phone run starts with nothing pending.
 */
import { demoHolding } from "@karvon/db";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, signIn, type DemoAccount } from "../support/demo-accounts";
import { wordsIn, type Words } from "../support/messages";

const runs = {
  desktop: {
    locale: "en",
    buyerOfFirst: "az60",
    buyerOfSecond: "uz48",
    toFirst: "We blend fruit teas in Astara and need dried apricots and apples from the Surxon valley. Can we talk?",
    toSecond: "Our bakeries in Qarshi buy sunflower oil and canned tomatoes. Could you ship from Masallı?",
    reply: "Thank you, our price list follows tomorrow.",
  },
  phone: {
    locale: "ru",
    buyerOfFirst: "az61",
    buyerOfSecond: "uz49",
    toFirst: "Мы шьём кожаную обувь в Газахе и ищем поставщика сушёных фруктов для наших магазинов. Обсудим?",
    toSecond: "Наш завод соков в Намангане ищет томатную пасту и консервированные овощи из Масаллы. Интересно?",
    reply: "Спасибо, завтра пришлём прайс-лист.",
  },
} as const;

const byHandle = (handle: string): DemoAccount => demoAccount((account) => account.email === `${handle}@demo.karvon.local`, handle);
const byCompany = (name: string): DemoAccount => demoAccount((account) => account.label === name, name);

async function signedIn(browser: Browser, account: DemoAccount, words: Words): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account, words.locale);
  await expect(page.getByTestId("user-menu")).toBeAttached();
  return page;
}

/** A buyer expresses interest on the company's public page, as in the contact journey. */
async function expressInterest(browser: Browser, buyer: DemoAccount, company: DemoAccount, message: string, words: Words) {
  const page = await signedIn(browser, buyer, words);
  await page.goto(`/${words.locale}${company.path}`);
  await page.getByRole("button", { name: words.t("contact.express.button") }).click();
  await page.getByLabel(words.t("contact.express.purpose")).selectOption("buy");
  await page.getByLabel(words.t("contact.express.message")).fill(message);
  await page.getByRole("button", { name: words.t("contact.express.submit") }).click();
  await expect(page.getByRole("status")).toContainText(words.lead("contact.express.sent"));
  await page.context().close();
}

test("an owner of two companies answers a request to each @phone", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const run = runs[testInfo.project.name as keyof typeof runs];
  if (run === undefined) throw new Error(`no run for project ${testInfo.project.name}`);
  const words = wordsIn(run.locale);
  const { locale, t } = words;
  const first = byCompany(demoHolding.ownerOf);
  const second = byCompany(demoHolding.alsoOwns);
  const owner = first;
  const buyerOfFirst = byHandle(run.buyerOfFirst);
  const buyerOfSecond = byHandle(run.buyerOfSecond);

  await expressInterest(browser, buyerOfFirst, first, run.toFirst, words);
  await expressInterest(browser, buyerOfSecond, second, run.toSecond, words);

  // The way in: "List your company" and the header's "My companies" both lead a signed-in owner to the dashboard.
  const page = await signedIn(browser, owner, words);
  await page.goto(`/${locale}`);
  await expect(page.getByTestId("list-company")).toHaveAttribute("href", `/${locale}/dashboard`);
  // On a phone the header's links sit behind the menu button.
  const menu = page.getByRole("button", { name: t("common.menu") });
  if (await menu.isVisible()) await menu.click();
  await page.getByTestId("my-companies-link").click();
  await expect(page.getByRole("heading", { level: 1, name: t("companies.dashboard.title") })).toBeVisible();
  const switcher = page.getByTestId("acting-company-select");
  await expect(switcher).toBeVisible();
  await expect(switcher.locator("option")).toHaveCount(2);
  await expectNoAxeViolations(page);

  // The inbox says which company it acts for; the request to the other company is named with a way to switch.
  await page.goto(`/${locale}/inbox`);
  const acting = page.getByTestId("acting-company-select");
  const actingName = async () => (await acting.locator("option:checked").textContent())?.split(" — ")[0] ?? "";
  await expect(acting).toBeVisible();
  const startedAs = await actingName();
  const [here, there] = startedAs === first.label ? [first, second] : [second, first];
  const [hereBuyer, thereBuyer] = here === first ? [buyerOfFirst, buyerOfSecond] : [buyerOfSecond, buyerOfFirst];
  const received = () => page.getByTestId("contact-request");
  await expect(received().filter({ hasText: hereBuyer.label })).toHaveCount(1);
  await expect(received().filter({ hasText: thereBuyer.label })).toHaveCount(0);
  const waiting = page.getByTestId("waiting-elsewhere");
  await expect(waiting).toContainText(there.label);
  await expectNoAxeViolations(page);

  // Answer the request to the company the inbox opened with.
  await received().filter({ hasText: hereBuyer.label }).getByRole("button", { name: t("contact.inbox.actions.accept") }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/inbox/[0-9a-f-]{36}$`));
  await expect(page.getByTestId("conversation-acting-for")).toContainText(here.label);
  await page.getByLabel(t("contact.thread.composer.label")).fill(run.reply);
  await page.getByRole("button", { name: t("contact.thread.composer.send"), exact: true }).click();
  await expect(page.getByTestId("message").filter({ hasText: run.reply })).toBeVisible();

  // The mail about the other request opens the inbox of the company it was sent to.
  await page.goto("/dev/mail");
  await page.getByRole("link").filter({ hasText: owner.email }).filter({ hasText: thereBuyer.label }).first().click();
  const mailLink = await page.getByTestId("mail-body").getByRole("link", { name: /\/inbox\?company=/ }).textContent();
  if (mailLink === null) throw new Error("no inbox link in the mail");
  const target = new URL(mailLink.trim());
  expect(target.pathname).toMatch(/\/inbox$/);
  // Opened in this run's language (the owner's mails come in Uzbek).
  await page.goto(`/${locale}/inbox${target.search}`);
  await expect(page.getByTestId("acting-company-select").locator("option:checked")).toContainText(there.label);
  const other = received().filter({ hasText: thereBuyer.label });
  await expect(other).toHaveCount(1);
  await expectNoAxeViolations(page);
  await other.getByRole("button", { name: t("contact.inbox.actions.accept") }).click();
  await expect(page.getByTestId("conversation-acting-for")).toContainText(there.label);

  // Switching back by hand shows the first company's answered request, and nothing waits any more.
  await page.goto(`/${locale}/inbox`);
  await page.getByTestId("acting-company-select").selectOption({ label: here.label });
  await expect(page.getByTestId("acting-company-select").locator("option:checked")).toHaveText(here.label);
  await expect(received().filter({ hasText: hereBuyer.label })).toContainText(t("contact.inbox.status.accepted"));
  await expect(page.getByTestId("waiting-elsewhere")).toHaveCount(0);
  expect(page.url()).not.toContain("company=");
  await expectNoAxeViolations(page);
});
