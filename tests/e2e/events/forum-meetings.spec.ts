import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, signIn, type DemoAccount } from "../support/demo-accounts";

/**
 * A forum's B2B meetings end to end, on demo accounts of the embedded seed: the demo moderator organises an event
 * in Tashkent; an Uzbek company registers in Uzbek on a 375 px phone and an Azerbaijani company in Azerbaijani at
 * 1280 px; the Azerbaijani company asks for a meeting from its suggestions, the Uzbek one accepts; both agendas
 * show the same meeting (Baku time one hour behind Tashkent's); the .ics file holds the right instant; the
 * organiser checks both in and edits the event; both report the outcome, and the event page counts it. The
 * Azerbaijani company finds the Uzbek one in the catalogue with a Cyrillic query and the country facet.
 * Margʻilon Ipak Yoʻli (silk, Margilan) and Şəki İpək Karvansaray (silk, Shaki) complement each other in the
 * demo seed.
 */
const uzHandle = "uz04";
const azHandle = "az33";
const uzCompany = "Margʻilon Ipak Yoʻli";
const azCompany = "Şəki İpək Karvansaray";
const shots = "/tmp/events";

const account = (email: string): DemoAccount => demoAccount((entry) => entry.email === email, email);

async function personPage(browser: Browser, who: DemoAccount, locale: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signIn(page, who, locale);
  return page;
}

function isoDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function register(page: Page, locale: string, slug: string) {
  await page.goto(`/${locale}/events/${slug}`);
  const form = page.locator("form").filter({ has: page.locator('input[name="slot"]') });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId("registration-status")).toBeVisible();
}

test("an organiser's forum: register, request from a suggestion, accept, agendas, check-in, outcomes", async ({ browser }) => {
  // Runs in the desktop project only (its title has no @phone tag); it sets its own viewports, 1280 and 375 px.
  // Four people and a dozen pages checked with axe: long on a shared two-core machine.
  test.setTimeout(600_000);
  const slug = `e2e-forum-${randomUUID().slice(0, 8)}`;

  // 1. The organiser creates the event: today and tomorrow in Tashkent, all day, 30-minute meetings.
  const organiser = await personPage(browser, account("moderator@demo.karvon.local"), "en", 1280);
  await organiser.goto("/en/admin/events");
  await organiser.locator('input[name="slug"]').fill(slug);
  await organiser.locator('input[name="name-en"]').fill("E2E Interregional meetings day");
  await organiser.locator('input[name="name-uz"]').fill("E2E mintaqalararo uchrashuvlar kuni");
  await organiser.locator('input[name="name-az"]').fill("E2E regionlararası görüşlər günü");
  await organiser.locator('textarea[name="description-en"]').fill("B2B meetings between companies of Uzbekistan and Azerbaijan.");
  await organiser.locator('input[name="city"]').fill("Tashkent");
  await organiser.locator('input[name="venue"]').fill("Expo Centre, hall 2");
  await organiser.locator('input[name="startDate"]').fill(isoDate(0));
  await organiser.locator('input[name="endDate"]').fill(isoDate(1));
  await organiser.locator('input[name="dayStart"]').fill("00:00");
  await organiser.locator('input[name="dayEnd"]').fill("23:30");
  await organiser.locator('input[name="breakStart"]').fill("");
  await organiser.locator('input[name="breakEnd"]').fill("");
  await organiser.locator('input[name="registrationOpens"]').fill(isoDate(-1));
  await organiser.locator('input[name="registrationCloses"]').fill(isoDate(1));
  await expectNoAxeViolations(organiser);
  await organiser.screenshot({ path: `${shots}/staff-new-event-1280.png`, fullPage: true });
  await organiser.locator('form[aria-labelledby="event-form-title"] button[type="submit"]').click();
  await organiser.waitForURL(/\/en\/admin\/events\/[0-9a-f-]{36}$/);
  const eventId = organiser.url().split("/").pop() ?? "";

  // 2. Two companies of different countries register: in Azerbaijani at 1280 px, in Uzbek at 375 px.
  const az = await personPage(browser, account(`${azHandle}@demo.karvon.local`), "az", 1280);
  const uz = await personPage(browser, account(`${uzHandle}@demo.karvon.local`), "uz", 375);
  await register(az, "az", slug);
  await register(uz, "uz", slug);
  await uz.screenshot({ path: `${shots}/event-registered-uz-375.png`, fullPage: true });

  // The organiser admits both.
  await organiser.reload();
  for (const name of [azCompany, uzCompany]) {
    const row = organiser.getByTestId("desk-registration").filter({ hasText: name });
    // A registry-confirmed company was admitted at once; the others wait for the organiser.
    await expect(row).toBeVisible();
    const admit = row.getByRole("button", { name: `Admit ${name}` });
    if ((await admit.count()) > 0) await admit.click();
    await expect(row).toContainText("Your company takes part");
  }

  // 3. The Azerbaijani company asks the Uzbek one for a meeting from its suggestions.
  await az.reload();
  await az.getByTestId("registration-status").getByRole("link").click();
  await az.waitForURL(/\/az\/events\/.+\/meetings\?company=/);
  const suggestion = az.locator("#suggestions-title").locator("..").getByTestId("participant-card").filter({ hasText: uzCompany });
  await expect(suggestion.getByTestId("match-reasons")).not.toBeEmpty();
  await suggestion.getByRole("button").click();
  await suggestion.locator("textarea").fill("Salam! Forumda görüşüb tədarükləri müzakirə etmək istərdik.");
  await suggestion.locator('button[type="submit"]').click();
  await expect(suggestion.getByRole("status")).toBeVisible();
  await expectNoAxeViolations(az);
  await az.screenshot({ path: `${shots}/desk-suggestions-az-1280.png`, fullPage: true });

  // The catalogue: a Cyrillic query finds the Latin name, and the country facet (with its count) narrows it.
  const catalogue = az.getByTestId("catalogue");
  await az.getByLabel("İştirakçıları axtarmaq").fill("Марғилон");
  await expect(catalogue.getByTestId("participant-card")).toHaveCount(1);
  await expect(catalogue).toContainText(uzCompany);
  await az.getByRole("group", { name: "Ölkə" }).getByRole("button", { name: /^Özbəkistan \(1\)$/ }).click();
  await expect(catalogue.getByTestId("participant-card")).toHaveCount(1);
  await expectNoAxeViolations(az);

  // 4. The Uzbek company accepts; the meeting is scheduled at once.
  await uz.reload();
  await uz.getByTestId("registration-status").getByRole("link").click();
  await uz.waitForURL(/\/uz\/events\/.+\/meetings\?company=/);
  const request = uz.getByTestId("meeting-request").filter({ hasText: azCompany });
  await request.getByRole("button", { name: "Qabul qilish" }).click();
  await expect(uz.getByRole("status").filter({ hasText: "stol" })).toBeVisible();

  // 5. Both agendas show the same meeting: Tashkent time for both, and Baku time (one hour less) for the reader in Baku.
  const uzTime = (await uz.getByTestId("agenda-item").first().getByTestId("agenda-event-time").innerText()).match(/(\d{2}):(\d{2})/);
  await az.reload();
  const azItem = az.getByTestId("agenda-item").first();
  await expect(azItem).toContainText(uzCompany);
  const azTime = (await azItem.getByTestId("agenda-event-time").innerText()).match(/(\d{2}):(\d{2})/);
  const azOwn = (await azItem.getByTestId("agenda-own-time").innerText()).match(/(\d{2}):(\d{2})/);
  expect(azTime?.[0]).toBe(uzTime?.[0]);
  const hour = Number(uzTime?.[1]);
  expect(Number(azOwn?.[1])).toBe((hour + 23) % 24);
  await expect(uz.getByTestId("agenda-table").first()).toContainText("1");
  await expectNoAxeViolations(uz);
  await uz.screenshot({ path: `${shots}/desk-agenda-uz-375.png`, fullPage: true });

  // The .ics file imports with the right instant (a real parser, with the file's VTIMEZONE).
  const companyId = new URL(az.url()).searchParams.get("company") ?? "";
  const ics = await az.request.get(`/api/events/${eventId}/agenda.ics?company=${companyId}&locale=az`);
  expect(ics.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const [vevent] = calendar.getAllSubcomponents("vevent");
  if (vevent === undefined) throw new Error("no meeting in the calendar");
  const start = new ICAL.Event(vevent).startDate.toJSDate();
  const inTashkent = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Tashkent" }).format(start);
  expect(inTashkent).toBe(uzTime?.[0]);

  // 6. On the day: the organiser checks both companies in.
  await organiser.reload();
  for (const name of [azCompany, uzCompany]) {
    await organiser.getByTestId("desk-registration").filter({ hasText: name }).getByRole("button", { name: `Check in ${name}` }).click();
    await expect(organiser.getByTestId("desk-registration").filter({ hasText: name })).toContainText("checked in");
  }
  await expectNoAxeViolations(organiser);
  await organiser.screenshot({ path: `${shots}/staff-desk-1280.png`, fullPage: true });

  // The organiser edits the event in the form that created it (the day plan stays: meetings hold it).
  await organiser.getByRole("link", { name: "Edit the event" }).click();
  await expect(organiser.locator('input[name="slug"]')).toHaveValue(slug);
  await organiser.locator('input[name="venue"]').fill("Expo Centre, hall 3");
  await organiser.getByRole("button", { name: "Save the changes" }).click();
  await expect(organiser.getByText("The event is saved.")).toBeVisible();
  await expectNoAxeViolations(organiser);

  // 7. Both report the outcome: a contract (with its value) and a follow-up.
  await uz.reload();
  await uz.getByRole("radio", { name: "Shartnoma imzolandi" }).check();
  await uz.locator('input[name="valueUsd"]').fill("250000");
  await uz.locator('input[name="hsChapters"]').fill("52");
  await uz.getByRole("button", { name: "Natijani saqlash" }).click();
  await expect(uz.getByText("Rahmat, natija saqlandi.")).toBeVisible();
  await az.reload();
  await az.getByRole("radio", { name: "Davam etməyə razılaşdıq" }).check();
  await az.getByRole("button", { name: "Nəticəni yadda saxlamaq" }).click();
  await expect(az.getByText("Təşəkkür edirik, nəticə yadda saxlanıldı.")).toBeVisible();

  // 8. The event page counts it, marked as self-reported.
  await organiser.goto(`/en/events/${slug}`);
  await expect(organiser.getByText("Expo Centre, hall 3", { exact: false })).toBeVisible();
  await expect(organiser.getByTestId("outcomes-held")).toHaveText("1");
  await expect(organiser.getByTestId("outcomes-contracts")).toHaveText("1");
  await expect(organiser.getByTestId("outcomes-value")).toHaveText("US$250,000");
  await expectNoAxeViolations(organiser);
  await organiser.screenshot({ path: `${shots}/event-page-en-1280.png`, fullPage: true });
  await uz.goto(`/uz/events/${slug}`);
  await expectNoAxeViolations(uz);
  await uz.screenshot({ path: `${shots}/event-page-uz-375.png`, fullPage: true });
  await organiser.goto("/en/cooperation");
  await expect(organiser.getByTestId("cooperation-event-outcomes")).toBeVisible();
  await organiser.goto("/en/events");
  await expectNoAxeViolations(organiser);
});
