import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import { defaultListingValidityDays } from "../queries/listings";
import { refreshSearchDocumentsForCompany } from "../queries/search-documents";
import { companies, listings } from "../schema";
import { listingThemes, type ListingTheme, type ThemeText } from "./listing-themes";

const thirdCountries = ["CN", "RU", "TR", "KZ", "IR", "DE", "KR"] as const;

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/**
 * The languages a demo company writes in: Uzbek companies in Uzbek (Latin, or Cyrillic as many still do) and
 * Russian, Azerbaijani ones in Azerbaijani and Russian; some add English.
 */
function localized(text: ThemeText, country: string, random: () => number): Record<string, string> {
  const out: Record<string, string> = {};
  if (country === "UZ") out.uz = random() < 0.35 ? text.uzCyrl : text.uz;
  else out.az = text.az;
  if (random() < 0.7) out.ru = text.ru;
  if (random() < 0.4) out.en = text.en;
  return out;
}

/** Themes that fit a company's own classification first, then any. */
function themesFor(company: { hsChapters: string[]; sectors: string[] }, random: () => number): ListingTheme[] {
  const fitting = listingThemes.filter(
    (theme) => theme.hsChapters.some((code) => company.hsChapters.includes(code)) || theme.sectors.some((code) => company.sectors.includes(code)),
  );
  const chosen = new Set<ListingTheme>(fitting.slice(0, 3));
  while (chosen.size < 3 + Math.floor(random() * 3)) chosen.add(pick(listingThemes, random));
  return [...chosen];
}

/**
 * Published demo listings for the given (published) demo companies: 3–5 each across the seed's sectors, offers
 * and requests, so search and "Partners for you" have something to show right after `npm start`. Each
 * company's search documents are refreshed at the end. Returns how many listings were written.
 */
export async function seedDemoListings(
  db: Db,
  params: { companyIds: readonly string[]; random: () => number; now?: Date },
): Promise<number> {
  const now = params.now ?? new Date();
  if (params.companyIds.length === 0) return 0;
  const rows = await db.select().from(companies).where(inArray(companies.id, [...params.companyIds]));
  const values: (typeof listings.$inferInsert)[] = [];
  for (const company of rows) {
    for (const theme of themesFor(company, params.random)) {
      const kind = params.random() < 0.55 ? "offer" : "request";
      const text = kind === "offer" ? theme.offer : theme.request;
      const publishedAt = new Date(now.getTime() - Math.floor(params.random() * 90) * 24 * 3600 * 1000);
      const importsFrom =
        kind === "request" && params.random() < 0.6 ? [pick(thirdCountries, params.random), pick(thirdCountries, params.random)] : [];
      const content = {
        kind,
        title: localized(text.title, company.country, params.random),
        description: localized(text.description, company.country, params.random),
        sectors: theme.sectors,
        hsChapters: theme.hsChapters,
        cooperationKinds: theme.cooperationKinds,
        direction: kind === "offer" ? "export" : "import",
        targetCountry: company.country === "UZ" ? "AZ" : "UZ",
        quantity: 10 + Math.floor(params.random() * 990),
        unit: theme.unit,
        importsFrom: [...new Set(importsFrom)],
      };
      values.push({
        companyId: company.id,
        kind,
        status: "published",
        version: 2,
        content,
        published: content,
        publishedAt,
        submittedAt: publishedAt,
        sectors: content.sectors,
        hsChapters: content.hsChapters,
        cooperationKinds: content.cooperationKinds,
        direction: content.direction,
        targetCountry: content.targetCountry,
        importsFrom: content.importsFrom,
        validUntil: new Date(publishedAt.getTime() + defaultListingValidityDays * 24 * 3600 * 1000),
        createdAt: publishedAt,
        updatedAt: publishedAt,
      });
    }
  }
  for (let start = 0; start < values.length; start += 200) await db.insert(listings).values(values.slice(start, start + 200));
  for (const company of rows) await refreshSearchDocumentsForCompany(db, company.id, now);
  return values.length;
}
