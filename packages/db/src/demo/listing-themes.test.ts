import {
  cooperationKindSchema,
  hsChapterSchema,
  projectStageSchema,
  quantityUnitSchema,
  sectorDivisionSchema,
} from "@karvon/data";
import { describe, expect, it } from "vitest";
import { demoCompanies } from "./companies";
import { companyThemes, type CompanyThemeCode } from "./company-themes";
import { listingThemes, type ThemeText } from "./listing-themes";
import { listingCandidatesFor, listingsPerCompany } from "./listings";

const cyrillic = /[\u0400-\u04FF]/u;
/** Apostrophes people type instead of the Uzbek ʻ (U+02BB) and ʼ (U+02BC). */
const wrongApostrophes = /['`‘’´]/u;

function textsOf(theme: (typeof listingThemes)[number]): [string, ThemeText][] {
  const texts: [string, ThemeText][] = [
    [`${theme.key} offer title`, theme.offer.title],
    [`${theme.key} offer description`, theme.offer.description],
    [`${theme.key} request title`, theme.request.title],
    [`${theme.key} request description`, theme.request.description],
  ];
  if (theme.project) {
    texts.push([`${theme.key} project title`, theme.project.title]);
    texts.push([`${theme.key} project description`, theme.project.description]);
    texts.push([`${theme.key} project partner role`, theme.project.partnerRole]);
  }
  return texts;
}

describe("demo listing themes", () => {
  it("are many, each under its own key", () => {
    expect(listingThemes.length).toBeGreaterThanOrEqual(28);
    expect(new Set(listingThemes.map((theme) => theme.key)).size).toBe(listingThemes.length);
    expect(listingThemes.filter((theme) => theme.project !== undefined).length).toBeGreaterThanOrEqual(10);
  });

  it("have every text in all five languages and scripts, Uzbek Latin with its own apostrophes", () => {
    for (const theme of listingThemes) {
      for (const [where, text] of textsOf(theme)) {
        for (const [language, value] of Object.entries(text)) expect(value.trim(), `${where} (${language})`).not.toBe("");
        expect(text.ru, `${where} (ru)`).toMatch(cyrillic);
        expect(text.uzCyrl, `${where} (uzCyrl)`).toMatch(cyrillic);
        expect(text.uz, `${where} (uz)`).not.toMatch(cyrillic);
        expect(text.az, `${where} (az)`).not.toMatch(cyrillic);
        expect(text.en, `${where} (en)`).not.toMatch(cyrillic);
        expect(text.uz, `${where} (uz)`).not.toMatch(wrongApostrophes);
        expect(text.uzCyrl, `${where} (uzCyrl)`).not.toMatch(wrongApostrophes);
        // Titles fit the listing form's 200 characters.
        if (where.endsWith("title")) for (const value of Object.values(text)) expect(value.length, where).toBeLessThanOrEqual(200);
      }
    }
  });

  it("use HS chapters, ISIC divisions, cooperation kinds, units and stages that exist in @karvon/data", () => {
    for (const theme of listingThemes) {
      // The selectable chapters: all 97 but the reserved 77.
      for (const code of theme.hsChapters) expect(hsChapterSchema.safeParse(code).success, `${theme.key}: HS ${code}`).toBe(true);
      expect(theme.sectors.length, theme.key).toBeGreaterThan(0);
      for (const code of theme.sectors) expect(sectorDivisionSchema.safeParse(code).success, `${theme.key}: ISIC ${code}`).toBe(true);
      const kinds = [...theme.cooperationKinds, ...(theme.project?.cooperationKinds ?? [])];
      for (const kind of kinds) expect(cooperationKindSchema.safeParse(kind).success, `${theme.key}: ${kind}`).toBe(true);
      if (theme.quantity) {
        expect(quantityUnitSchema.safeParse(theme.quantity.unit).success, `${theme.key}: ${theme.quantity.unit}`).toBe(true);
        expect(theme.quantity.min).toBeLessThan(theme.quantity.max);
      }
      if (theme.project) {
        expect(projectStageSchema.safeParse(theme.project.stage).success, `${theme.key}: ${theme.project.stage}`).toBe(true);
        expect(theme.project.capitalUsd).toBeGreaterThan(0);
      }
    }
  });

  it("are offered and sought by kinds of demo company that exist, and every demo company has something to publish", () => {
    const codes = new Set(Object.keys(companyThemes));
    for (const theme of listingThemes) {
      expect(theme.offeredBy.length, theme.key).toBeGreaterThan(0);
      for (const code of [...theme.offeredBy, ...theme.soughtBy, ...(theme.project?.by ?? [])]) expect(codes.has(code), `${theme.key}: ${code}`).toBe(true);
    }
    for (const code of codes) expect(listingCandidatesFor(code as CompanyThemeCode).length, code).toBeGreaterThanOrEqual(3);
  });

  it("give the demo companies at least 300 listings whatever the random numbers", () => {
    let least = 0;
    for (const company of demoCompanies) least += Math.min(listingsPerCompany[company.size].min, listingCandidatesFor(company.theme).length);
    expect(least).toBeGreaterThanOrEqual(300);
  });
});

describe("demo companies", () => {
  it("keep the forty first ones in their order, so the e-mail addresses end-to-end tests sign in with stay theirs", () => {
    expect(demoCompanies.length).toBeGreaterThan(40);
    // uz01…uz24 and az25…az40 are the index in this list: the first forty never move.
    const pinned: Record<number, string> = {
      0: "Kamolot Tekstil MChJ",
      1: "Fargʻona Paxta Klaster",
      2: "Buxoro Tekstil Invest",
      3: "Margʻilon Ipak Yoʻli",
      5: "Samarqand Meva Eksport",
      11: "Ohangaron Gips Qurilish",
      23: "Samarqand Zargar Uyi",
      24: "Xəzər Logistika MMC",
      25: "Ələt Port Xidmətləri",
      26: "Gəncə Alüminium Profil",
      31: "Saatlı Pambıq",
      33: "Quba Meyvə Bağları",
      39: "İçərişəhər Zərgərlik Evi",
    };
    for (const [index, name] of Object.entries(pinned)) expect(demoCompanies[Number(index)]?.name).toBe(name);
    expect(new Set(demoCompanies.map((company) => company.name)).size).toBe(demoCompanies.length);
  });
});
