import { locales } from "@karvon/data";
import { describe, expect, it } from "vitest";
import { renderMail, type MailTemplate } from "./template";
import * as advisers from "../advisers/mail-templates";
import * as handover from "../advisers/handover-mail-templates";
import * as auth from "../auth/mail-templates";
import * as companies from "../companies/mail-templates";
import * as contact from "../contact/mail-templates";
import * as events from "../events/mail-templates";
import * as listings from "../listings/mail-templates";
import * as moderation from "../moderation/mail-templates";

// Registered names carry their own quotation marks; titles and notes end with full stops.
const company = "“Vodiy Paxta Sanoat” MChJ";
const russianCompany = "ООО «Бухоро Текс»";
const title = "Cotton yarn Ne 30/1, 20 t a month from Caspian Trade Co.";
const url = "https://karvon.example/uz/inbox?company=3f1c";
const meetingStart = new Date("2026-05-21T04:00:00Z");
const venue = "Expo Centre, hall 2, Tashkent";

/** Realistic parameters for every template; a template without a row here fails the first test. */
const samples: Record<string, unknown[]> = {
  "advisers.consent": [{ organizationName: "Fargʻona viloyati savdo-sanoat palatasi", companyName: company, url }],
  "advisers.organization-decision": [
    { organizationName: "Bakı Ticarət Evi", approved: true, reason: null, url },
    { organizationName: "ТПП Ферганской области", approved: false, reason: "The website does not open.", url },
  ],
  "advisers.invitation": [
    { inviterName: "Dilnoza Karimova", organizationName: "Fargʻona viloyati savdo-sanoat palatasi", url },
    { inviterName: "Aygün Məmmədova", organizationName: "ТПП «Баку»", url },
  ],
  "advisers.handover-offer": [{ organizationName: "Fargʻona viloyati savdo-sanoat palatasi", companyName: company, url }],
  "advisers.company-claimed": [{ companyName: russianCompany, url }],
  "auth.verify-email": [{ name: "Dilnoza Karimova", url }],
  "auth.reset-password": [{ name: "Aygün Məmmədova", url }],
  "auth.account-exists": [{ name: "Jasur Toʻxtayev", signInUrl: url, resetUrl: url }],
  "companies.invitation": [{ inviterName: "Rustam Aliyev", companyName: company, url }],
  "contact.request-received": [{ senderName: russianCompany, purpose: "buy", message: "We need 20 t a month. Can you ship to Baku?", url }],
  "contact.request-accepted": [{ recipientName: company, url }],
  "contact.request-declined": [
    { recipientName: company, reason: "not-relevant", url },
    { recipientName: russianCompany, reason: null, url },
  ],
  "contact.new-message": [{ senderName: company, preview: "Thank you. We can ship in May.", url }],
  "contact.request-reminder": [{ senderName: russianCompany, url }],
  "contact.request-expired": [{ recipientName: company, url }],
  "events.meeting-requested": [{ partnerName: russianCompany, eventName: "Ikkinchi mintaqalararo forum", message: "We would like to discuss cotton yarn supplies.", url }],
  "events.meeting-scheduled": [
    { partnerName: company, eventName: "Interregional Forum", startsAt: meetingStart, eventTimeZone: "Asia/Tashkent", tableNo: 7, venue, url },
    { partnerName: russianCompany, eventName: "“Quba” forumu", startsAt: meetingStart, eventTimeZone: "Asia/Baku", tableNo: 12, venue, url },
  ],
  "events.meeting-declined": [{ partnerName: company, eventName: "Interregional Forum", message: "We would like to meet.", url }],
  "events.meeting-moved": [{ partnerName: russianCompany, eventName: "Interregional Forum", startsAt: meetingStart, eventTimeZone: "Asia/Baku", tableNo: 3, venue, url }],
  "events.meeting-cancelled": [{ partnerName: company, eventName: "Interregional Forum", startsAt: meetingStart, eventTimeZone: "Asia/Tashkent", url }],
  "events.reminder": [1, 3, 5, 21].map((meetings) => ({ eventName: "Interregional Forum", meetings, firstStartsAt: meetingStart, eventTimeZone: "Asia/Baku", venue, url })),
  "listings.expired": [{ title, url }],
  "listings.saved-search": [
    { searchName: "“Paxta” ipi", count: 1, titles: [title], url, unsubscribeUrl: url },
    { searchName: "Cotton yarn", count: 3, titles: [title, "Пряжа хлопковая.", "Pambıq ipliyi"], url, unsubscribeUrl: url },
  ],
  "moderation.decision": (["company", "listing"] as const).flatMap((itemType) =>
    (["approve", "request-changes", "reject"] as const).map((decision) => ({
      itemType,
      itemName: itemType === "company" ? company : title,
      decision,
      reasons: ["incomplete-profile"],
      note: "Please add the tax certificate.",
      link: url,
    })),
  ),
  "moderation.report-outcome": [{ outcome: "dismissed", link: url }, { outcome: "actioned", link: url }],
  "moderation.enforcement": [
    { companyName: company, action: "suspend", reasons: ["misleading"], note: "Fake certificates.", link: url },
    { companyName: russianCompany, action: "hide", reasons: [], note: null, link: url },
  ],
  "moderation.appeal-outcome": [
    { companyName: company, outcome: "granted", note: null, link: url },
    { companyName: "Bakı Tekstil", outcome: "denied", note: "The decision stands.", link: url },
  ],
};

function isTemplate(value: unknown): value is MailTemplate<unknown> {
  return typeof value === "object" && value !== null && "name" in value && "render" in value;
}

const templates = [advisers, handover, auth, companies, contact, events, listings, moderation].flatMap((module) => Object.values(module).filter(isTemplate));

describe("every mail template", () => {
  it("has realistic sample parameters in this test", () => {
    expect(templates.map((template) => template.name).filter((name) => samples[name] === undefined)).toEqual([]);
  });

  describe.each(templates.map((template) => [template.name, template] as const))("%s", (_name, template) => {
    it.each([...locales])("reads cleanly in %s", (locale) => {
      for (const params of samples[template.name] ?? []) {
        const { subject, text } = renderMail(template, locale, params);
        for (const part of [subject, text]) {
          expect(part, "doubled quotation marks").not.toMatch(/["“”«»„]\s*["“”«»„]/);
          expect(part, "doubled full stop").not.toMatch(/(?<!\.)\.\.(?!\.)/);
          expect(part, "unreplaced parameter").not.toMatch(/\{[a-zA-Z]+\}|undefined|\[object Object\]|\bnull\b/);
          expect(part, "gendered ending glued in brackets").not.toMatch(/\(а\)/);
        }
        expect(subject).not.toContain("\n");
      }
    });
  });
});
