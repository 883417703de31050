import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, signIn, type DemoAccount } from "../support/demo-accounts";

/**
 * Renewing a listing that has already expired. The embedded seed plants one (packages/db/src/demo/listings.ts):
 * an offer of Quba Meyvə Bağları (az34) whose validity ended weeks ago. Nobody else finds it; its company sees it
 * marked expired, renews it for six months, and then everyone finds it again. Not repeatable on one database
 * (after the renewal it is no longer expired), so desktop only.
 */
const title = "Quba apples from our cold store";
const searchPath = `/en/search?q=${encodeURIComponent("Quba apples")}`;
const dayMs = 24 * 3600 * 1000;

async function signedIn(browser: Browser, account: DemoAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  await expect(page.getByTestId("user-menu")).toBeAttached();
  return page;
}

/** The search for the listing's own words, once its results are counted (other Quba listings may match too, or none). */
async function searchForIt(page: Page) {
  await page.goto(searchPath);
  await expect(page.getByTestId("result-count")).toContainText("Quba apples");
}

test("an owner renews a listing that has already expired; before, nobody else finds it, after, everyone does", async ({ browser }) => {
  // Three people's views of one listing on a production server shared with the other journeys.
  test.setTimeout(120_000);
  const owner = await signedIn(browser, demoAccount((account) => account.email === "az34@demo.karvon.local", "Quba Meyvə Bağları (az34)"));

  // The dashboard marks it expired and offers to renew it.
  await owner.goto("/en/dashboard");
  const mine = owner.getByTestId("my-listing").filter({ hasText: title });
  await expect(mine).toHaveCount(1);
  await expect(mine.getByTestId("listing-expiry")).toHaveAttribute("data-state", "expired");
  await expect(mine.getByTestId("listing-expiry")).toContainText("Expired on");
  await expect(mine.getByRole("button", { name: "Renew" })).toBeVisible();
  await expectNoAxeViolations(owner);
  const href = (await mine.getByRole("link", { name: "View" }).getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/en\/listings\/[0-9a-f-]{36}$/);
  const link = (page: Page) => page.locator(`a[href="${href}"]`);

  // A visitor gets "not found" at its address, and search does not show it.
  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.goto(href))?.status()).toBe(404);
  await searchForIt(visitor);
  await expect(link(visitor)).toHaveCount(0);

  // Its owner opens it: what happened, and "Renew".
  await owner.goto(href);
  await expect(owner.getByTestId("listing-title")).toHaveText(title);
  const expiry = owner.getByTestId("listing-expiry");
  await expect(expiry).toHaveAttribute("data-state", "expired");
  await expect(expiry).toContainText("It no longer appears in search");
  await expectNoAxeViolations(owner);
  await expiry.getByRole("button", { name: "Renew" }).click();

  // Six months from today: the owner is told the new date, and sees it in search until then. The portal shows an
  // English reader Tashkent's date (apps/web/src/i18n/time-zone.ts), which is already tomorrow from 19:00 UTC.
  const until = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "Asia/Tashkent" }).format(new Date(Date.now() + 182 * dayMs));
  await expect(owner.getByText(/^Renewed: visible until /)).toHaveText(`Renewed: visible until ${until}.`);
  const renewed = owner.getByTestId("listing-owner").getByTestId("listing-expiry");
  await expect(renewed).toHaveAttribute("data-state", "active");
  await expect(renewed).toContainText(`In search until ${until}.`);
  await expect(owner.getByRole("button", { name: "Renew" })).toHaveCount(0);
  await expectNoAxeViolations(owner);

  // The visitor now sees it, without the owner's panel, and finds it in search.
  const response = await visitor.goto(href);
  expect(response?.status()).toBe(200);
  await expect(visitor.getByTestId("listing-title")).toHaveText(title);
  await expect(visitor.getByTestId("listing-company")).toContainText("Quba Meyvə Bağları");
  await expect(visitor.getByTestId("listing-owner")).toHaveCount(0);
  await searchForIt(visitor);
  await expect(link(visitor).first()).toBeVisible();
  await expectNoAxeViolations(visitor);
});
