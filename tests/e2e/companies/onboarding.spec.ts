/**
 * The first journey of the portal, in Azerbaijani and in Uzbek: sign up → confirm the address from the outbox →
 * create a company with a real-format VÖEN / STIR → fill the onboarding → submit → "under review"; another
 * person cannot see the draft; after a moderator's approval (through the API, as the demo moderator whose
 * random password the embedded seed wrote to demo-accounts.txt) the public page shows it without contact details.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount } from "../support/demo-accounts";

async function signUpAndVerify(page: Page, locale: string, name: string, email: string) {
  await page.goto(`/${locale}/sign-up`);
  await expectNoAxeViolations(page);
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill("Karvon yoʻli 2026 Xəzər");
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId("check-mail")).toContainText(email);
  await page.goto("/dev/mail");
  await page.getByRole("link", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) }).first().click();
  await page.getByTestId("mail-body").getByRole("link", { name: /verify-email\?token=/ }).click();
  await expect(page.getByTestId("email-verified")).toBeVisible();
}

async function trpcQuery<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.get(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

const journeys = [
  {
    locale: "az",
    country: "AZ",
    name: "Aysel Məmmədova",
    legalName: `Xəzər Meyvə MMC ${Date.now() % 100000}`,
    // A legal person's VÖEN ends in 1.
    taxId: `14${String(Date.now()).slice(-7)}1`,
    region: "AZ-QXM",
    district: "AZ-QBA",
    phone: "+994 50 123 45 67",
    saved: "Bütün dəyişikliklər yadda saxlanıldı",
    underReview: "Profiliniz yoxlanılır",
    approvedNotice: "Təsdiqləndi və dərc edildi",
  },
  {
    locale: "uz",
    country: "UZ",
    name: "Dilshod Karimov",
    legalName: `Kamolot Meva MChJ ${Date.now() % 100000}`,
    taxId: `30${String(Date.now()).slice(-7)}`,
    region: "UZ-SA",
    district: "UZ-SA-samarkand-city",
    phone: "+998 90 123 45 67",
    saved: "Barcha oʻzgarishlar saqlandi",
    underReview: "Profil tekshiruvda",
    approvedNotice: "Tasdiqlandi va eʼlon qilindi",
  },
] as const;

for (const journey of journeys) {
  test(`a business signs up in ${journey.locale}, is reviewed and published without contact details`, async ({ page, browser }) => {
    test.setTimeout(240_000);
    const email = `owner-${journey.locale}-${Date.now()}@example.${journey.locale}`;
    await signUpAndVerify(page, journey.locale, journey.name, email);

    // Identity: a wrong tax ID is refused beside the field, a real-format one starts the company.
    await page.goto(`/${journey.locale}/onboarding`);
    await page.locator('input[name="legalName"]').fill(journey.legalName);
    await page.locator('select[name="country"]').selectOption(journey.country);
    await page.locator('input[name="taxId"]').fill("12345");
    await page.locator('form[data-testid="create-company-form"] button[type="submit"]').click();
    await expect(page.getByTestId("error-taxId")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('input[name="taxId"]').fill(journey.taxId);
    await page.locator('form[data-testid="create-company-form"] button[type="submit"]').click();
    await expect(page).toHaveURL(/company=/);
    const companyId = new URL(page.url()).searchParams.get("company") ?? "";

    // Location (districts follow the region).
    await expect(page.locator('select[name="region"]')).toBeVisible();
    await page.locator('select[name="region"]').selectOption(journey.region);
    await page.locator('select[name="district"]').selectOption(journey.district);
    await expect(page.getByTestId("save-state")).toHaveText(journey.saved);

    // Resumable: a reload continues at the first unfinished step (business, 3 of 7), and the finished location
    // step still holds what was chosen.
    await page.reload();
    await expect(page.getByTestId("step-counter")).toContainText("3");
    await expect(page.locator('input[name="foundedYear"]')).toBeVisible();
    await page.getByRole("button", { name: /^2\. / }).click();
    await expect(page.locator('select[name="region"]')).toHaveValue(journey.region);
    await expect(page.locator('select[name="district"]')).toHaveValue(journey.district);
    const next = page.getByTestId("onboarding-next");
    await next.click();

    // Business.
    await page.locator('input[name="foundedYear"]').fill("2012");
    await page.locator('select[name="sizeBand"]').selectOption("small");
    await page.getByTestId("checklist-sectors").locator('input[value="01"]').check();
    await page.getByTestId("checklist-hsChapters").locator('input[value="08"]').check();
    await page.getByTestId("checklist-exportsTo").locator(`input[value="${journey.country === "AZ" ? "UZ" : "AZ"}"]`).check();
    await page.getByTestId("checklist-languages").locator(`input[value="${journey.locale}"]`).check();
    await next.click();

    // Description in the owner's language.
    await page.locator(`textarea[name="description-${journey.locale}"]`).fill("Təzə meyvə və quru meyvə ixracı / Yangi va quritilgan meva eksporti.");
    await next.click();

    // Contact person: the privacy note is there; e-mail and phone will not be public.
    await expect(page.getByTestId("contact-privacy-note")).toBeVisible();
    await page.locator('input[name="contactName"]').fill(journey.name);
    await page.locator('input[name="contactPosition"]').fill("Direktor");
    await page.locator('input[name="contactEmail"]').fill(`sales-${journey.locale}@example.com`);
    await page.locator('input[name="contactPhone"]').fill(journey.phone);
    await next.click();
    // The logo is optional; wait for its step (6 of 7) so this click is not taken by the previous step.
    await expect(page.getByTestId("step-counter")).toContainText("6");
    await next.click();

    // Review shows the public view — without the contact e-mail — and asks for consent.
    await expect(page.getByTestId("company-profile")).toContainText(journey.legalName);
    await expect(page.getByTestId("company-profile")).not.toContainText(`sales-${journey.locale}@example.com`);
    await page.locator('input[name="consent"]').check();
    await next.click();
    await expect(page.getByTestId("under-review")).toContainText(journey.underReview);

    const company = await trpcQuery<{ slug: string; version: number; status: string }>(page.request, "company.byIdForMember", { companyId });
    expect(company.status).toBe("submitted");

    // Someone else cannot see the draft.
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    const hidden = await strangerPage.goto(`/${journey.locale}/companies/${company.slug}`);
    expect(hidden?.status()).toBe(404);
    // No preview image of a draft either, not even for its owner.
    const ogPath = `/${journey.locale}/companies/${company.slug}/opengraph-image`;
    expect((await strangerPage.request.get(ogPath)).status()).toBe(404);
    expect((await page.request.get(ogPath)).status()).toBe(404);

    // A moderator approves this version through the API.
    const moderator = demoAccount((account) => account.label === "moderator", "the moderator");
    const staff = await browser.newContext();
    const staffPage = await staff.newPage();
    const signIn = await staffPage.request.post("/api/auth/sign-in/email", {
      data: { email: moderator.email, password: moderator.password },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(signIn.ok()).toBe(true);
    const decision = await staffPage.request.post("/api/trpc/moderation.decide", {
      data: { json: { itemType: "company", itemId: companyId, version: company.version, decision: "approve", reasons: [] } },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(decision.ok()).toBe(true);

    // Now the public sees it — without the contact person's e-mail or phone.
    await strangerPage.goto(`/${journey.locale}/companies/${company.slug}`);
    await expect(strangerPage.getByTestId("company-name")).toHaveText(journey.legalName);
    const body = (await strangerPage.locator("main").textContent()) ?? "";
    expect(body).not.toContain(`sales-${journey.locale}@example.com`);
    expect(body.replace(/\s/g, "")).not.toContain(journey.phone.replace(/\s/g, "").slice(-7));
    await expectNoAxeViolations(strangerPage);

    // A shared link shows the company: og:image is a PNG drawn for it.
    await expect(strangerPage.locator('meta[property="og:title"]')).toHaveAttribute("content", journey.legalName);
    const ogImage = (await strangerPage.locator('meta[property="og:image"]').getAttribute("content")) ?? "";
    expect(new URL(ogImage).pathname).toBe(ogPath);
    const image = await strangerPage.request.get(new URL(ogImage).pathname + new URL(ogImage).search);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");

    // The owner is told in the portal, in their language: the bell counts it, the page shows it, one click reads it.
    await page.goto(`/${journey.locale}/notifications`);
    await expect(page.getByTestId("notifications-badge")).toBeVisible();
    const notice = page.getByTestId("notification").filter({ hasText: journey.legalName });
    await expect(notice).toContainText(journey.approvedNotice);
    await expect(notice).toHaveAttribute("data-read", "false");
    await expectNoAxeViolations(page);
    await page.getByTestId("mark-all-read").click();
    await expect(notice).toHaveAttribute("data-read", "true");
    await expect(page.getByTestId("notifications-badge")).toHaveCount(0);
    await stranger.close();
    await staff.close();
  });
}
