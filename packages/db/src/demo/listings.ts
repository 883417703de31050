import { listingInputSchema, type ListingContent } from "@karvon/data";
import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import { defaultListingValidityDays, listingColumnsOf } from "../queries/listings";
import { refreshSearchDocumentsForCompanies } from "../queries/search-documents";
import { companies, listings } from "../schema";
import type { CompanyThemeCode } from "./company-themes";
import { demoCompanies, type DemoCompany } from "./companies";
import { signedDescription } from "./listing-sign-off";
import { listingThemes, type ListingTheme, type ThemeText } from "./listing-themes";

const thirdCountries = ["CN", "RU", "TR", "KZ", "IR", "DE", "KR"] as const;
const dayMs = 24 * 3600 * 1000;

type CompanyRow = typeof companies.$inferSelect;
type ListingValues = typeof listings.$inferInsert;
type Kind = "offer" | "request" | "joint-project";

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** How many listings a demo company publishes, by its size: a micro workshop three or four, a large plant seven to nine. */
export const listingsPerCompany: Record<DemoCompany["size"], { min: number; max: number }> = {
  micro: { min: 3, max: 4 },
  small: { min: 4, max: 6 },
  medium: { min: 5, max: 7 },
  large: { min: 7, max: 9 },
};

export type ListingCandidate = { theme: ListingTheme; kind: Kind };

/** Everything a kind of demo company could publish: offers of what it makes, requests for what it buys, its projects. */
export function listingCandidatesFor(code: CompanyThemeCode): ListingCandidate[] {
  const out: ListingCandidate[] = [];
  for (const theme of listingThemes) {
    if (theme.offeredBy.includes(code)) out.push({ theme, kind: "offer" });
    if (theme.soughtBy.includes(code)) out.push({ theme, kind: "request" });
    if (theme.project && (theme.project.by ?? theme.offeredBy).includes(code)) out.push({ theme, kind: "joint-project" });
  }
  return out;
}

/**
 * A company's listings, as many as its size suggests: what it offers first, then a random mix of what it seeks and
 * (about half the time) its joint project. Candidates left over fill in only when a company has too few.
 */
function chooseListings(code: CompanyThemeCode, size: DemoCompany["size"], random: () => number): ListingCandidate[] {
  const candidates = listingCandidatesFor(code);
  const offers = shuffled(candidates.filter((candidate) => candidate.kind === "offer"), random);
  const rest = shuffled(candidates.filter((candidate) => candidate.kind !== "offer"), random);
  const later = rest.filter((candidate) => candidate.kind === "joint-project" && random() < 0.5);
  const ordered = [...offers, ...rest.filter((candidate) => !later.includes(candidate)), ...later];
  const range = listingsPerCompany[size];
  return ordered.slice(0, range.min + Math.floor(random() * (range.max - range.min + 1)));
}

/** Whether an Uzbek company writes in Cyrillic: as its own profile does (many still write so). */
function writesCyrillic(company: CompanyRow): boolean {
  return /[\u0400-\u04FF]/u.test(company.published?.description?.uz ?? "");
}

/**
 * The languages of one listing: Uzbek companies write in Uzbek (in the script of their profile), Azerbaijani ones in
 * Azerbaijani; most add Russian, some English. Title, description and partner role follow the same choice.
 */
function languagesOf(company: CompanyRow, random: () => number) {
  const own = company.country === "UZ" ? (writesCyrillic(company) ? "uzCyrl" : "uz") : "az";
  return { own, ru: random() < 0.7, en: random() < 0.4 } as const;
}

function localized(text: ThemeText, languages: ReturnType<typeof languagesOf>): Record<string, string> {
  const out: Record<string, string> = { [languages.own === "az" ? "az" : "uz"]: text[languages.own] };
  if (languages.ru) out.ru = text.ru;
  if (languages.en) out.en = text.en;
  return out;
}

/** A round quantity within the theme's range (two significant digits). */
function quantityIn(range: { min: number; max: number }, random: () => number): number {
  const raw = range.min + random() * (range.max - range.min);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.max(range.min, Math.round(raw / step) * step);
}

/** Where the buyer of a request imports from today: as its text says, else (goods only, often) two third countries. */
function importsFromOf(theme: ListingTheme, random: () => number): string[] {
  if (theme.importedFrom) return [...theme.importedFrom];
  if (theme.hsChapters.length === 0 || random() >= 0.6) return [];
  return [...new Set([pick(thirdCountries, random), pick(thirdCountries, random)])];
}

/**
 * The listing content as `listingInputSchema` of @karvon/data stores it (and checked by it, like a member's), for
 * one chosen theme and kind; the description ends with the company's own closing sentence.
 */
export function demoListingContent(company: CompanyRow, { theme, kind }: ListingCandidate, random: () => number): ListingContent {
  const languages = languagesOf(company, random);
  const targetCountry = company.country === "UZ" ? "AZ" : "UZ";
  if (kind === "joint-project" && theme.project) {
    const project = theme.project;
    return listingInputSchema.parse({
      kind,
      title: localized(project.title, languages),
      description: localized(signedDescription(project.description, kind, company.legalName), languages),
      sectors: theme.sectors,
      hsChapters: theme.hsChapters,
      cooperationKinds: project.cooperationKinds,
      direction: "both",
      targetCountry,
      importsFrom: [],
      capitalNeeded: project.capitalUsd,
      currency: "USD",
      stage: project.stage,
      partnerRole: project.partnerRole[languages.own],
      ...(company.region ? { siteRegion: company.region } : {}),
      ...(company.region && company.economicZone ? { siteZone: company.economicZone } : {}),
    });
  }
  const side = kind === "offer" ? theme.offer : theme.request;
  const importsFrom = kind === "request" ? importsFromOf(theme, random) : [];
  return listingInputSchema.parse({
    kind,
    title: localized(side.title, languages),
    description: localized(signedDescription(side.description, kind, company.legalName), languages),
    sectors: theme.sectors,
    hsChapters: theme.hsChapters,
    cooperationKinds: theme.cooperationKinds,
    direction: kind === "offer" ? "export" : "import",
    targetCountry,
    ...(theme.quantity ? { quantity: quantityIn(theme.quantity, random), unit: theme.quantity.unit } : {}),
    importsFrom,
  });
}

/** A published listing row; `validUntil` and `expiredNotifiedAt` may be overridden (the expired demo listing). */
function publishedRow(companyId: string, content: ListingContent, publishedAt: Date): ListingValues {
  const kind = content.kind ?? "offer";
  return {
    companyId,
    kind,
    status: "published",
    version: 2,
    content,
    published: content,
    publishedAt,
    submittedAt: publishedAt,
    ...listingColumnsOf(content),
    validUntil: new Date(publishedAt.getTime() + defaultListingValidityDays * dayMs),
    createdAt: publishedAt,
    updatedAt: publishedAt,
  };
}

/**
 * One listing that has already expired, so renewing after expiry can be tried (and is, in tests/e2e/listings): its
 * company still sees it on the dashboard, marked expired, with "Renew"; nobody else finds it. Its owner was told
 * when it expired.
 */
export const expiredDemoListing = {
  company: "Quba Meyvə Bağları",
  daysSincePublished: 200,
  content: {
    kind: "offer",
    title: {
      az: "Soyuducu anbarımızdan Quba almaları",
      ru: "Губинские яблоки с нашего холодильного склада",
      en: "Quba apples from our cold store",
    },
    description: {
      az: "Ötən payızın məhsulundan qış alma sortları, kalibrlənmiş, 18 kq-lıq yeşiklərdə; yükləmə Qubada.",
      ru: "Зимние сорта яблок урожая прошлой осени, калиброванные, в ящиках по 18 кг; погрузка в Губе.",
      en: "Winter apple varieties from last autumn's harvest, calibrated and packed in 18 kg boxes; loading in Quba.",
    },
    sectors: ["01"],
    hsChapters: ["08"],
    cooperationKinds: ["supply"],
    direction: "export",
    targetCountry: "UZ",
    quantity: 400,
    unit: "t",
    importsFrom: [] as string[],
  },
};

/**
 * Published demo listings for the given (published) demo companies, across the seed's sectors: each company offers
 * what it makes, asks for what it buys and proposes joint projects, as many as its size suggests (three to nine;
 * at least 300 in all for the demo companies), plus the one expired listing above. Each company's search documents
 * are refreshed at the end. Returns how many listings were written.
 */
export async function seedDemoListings(
  db: Db,
  params: { companyIds: readonly string[]; random: () => number; now?: Date },
): Promise<number> {
  const now = params.now ?? new Date();
  if (params.companyIds.length === 0) return 0;
  const found = await db.select().from(companies).where(inArray(companies.id, [...params.companyIds]));
  // In the order given (the order of the demo list), so a seeded generator gives the same listings every time.
  const byId = new Map(found.map((company) => [company.id, company]));
  const rows = params.companyIds.map((id) => byId.get(id)).filter((company): company is CompanyRow => company !== undefined);
  const demoByName = new Map(demoCompanies.map((company) => [company.name, company]));
  const values: ListingValues[] = [];
  for (const company of rows) {
    const demo = demoByName.get(company.legalName);
    if (demo === undefined) continue;
    for (const candidate of chooseListings(demo.theme, demo.size, params.random)) {
      const publishedAt = new Date(now.getTime() - Math.floor(params.random() * 90) * dayMs);
      values.push(publishedRow(company.id, demoListingContent(company, candidate, params.random), publishedAt));
    }
    if (company.legalName === expiredDemoListing.company) {
      const publishedAt = new Date(now.getTime() - expiredDemoListing.daysSincePublished * dayMs);
      const row = publishedRow(company.id, listingInputSchema.parse(expiredDemoListing.content), publishedAt);
      const validUntil = row.validUntil as Date;
      values.push({ ...row, expiredNotifiedAt: new Date(validUntil.getTime() + 6 * 3600 * 1000) });
    }
  }
  for (let start = 0; start < values.length; start += 200) await db.insert(listings).values(values.slice(start, start + 200));
  await refreshSearchDocumentsForCompanies(db, rows.map((company) => company.id), now);
  return values.length;
}
