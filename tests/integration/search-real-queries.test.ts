import { searchPartners } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

/**
 * Queries people of both countries really type, each with the document it must find in the first ten results.
 * A growing table: every query a person reported as missing belongs here, with the script, language or
 * spelling that failed (exonyms of places, Cyrillic for Latin, letters without their marks, typos).
 */
const now = new Date("2026-02-01T10:00:00Z");

type RealQuery = { query: string; finds: string; why: string };

const realQueries: RealQuery[] = [
  { query: "Kokand", finds: "kokandCompany", why: "English exonym of Qoʻqon (a city, not a region)" },
  { query: "Коканд", finds: "kokandCompany", why: "Russian exonym of Qoʻqon" },
  { query: "Qoʻqon", finds: "kokandCompany", why: "the Uzbek Latin name" },
  { query: "Қўқон", finds: "kokandCompany", why: "the Uzbek Cyrillic name" },
  { query: "qoqon paxta", finds: "kokandListing", why: "a place and a product, without the apostrophe" },
  { query: "Fergana", finds: "kokandCompany", why: "the region's English name" },
  { query: "Фергана", finds: "kokandCompany", why: "the region's Russian name" },
  { query: "Ganja", finds: "ganjaCompany", why: "English name of Gəncə" },
  { query: "Гянджа", finds: "ganjaCompany", why: "Russian name of Gəncə" },
  { query: "Gence", finds: "ganjaCompany", why: "Gəncə typed without its letters" },
  { query: "Kokand free economic zone", finds: "kokandCompany", why: "the economic zone's English name" },
  { query: "Свободная экономическая зона Коканд", finds: "kokandCompany", why: "the economic zone's Russian name" },
  { query: "грузоперевозки Баку Тбилиси Карс", finds: "railFreight", why: "one word (Карс) that the listing does not have" },
  { query: "Baku Tbilisi Kars railway freight", finds: "railFreight", why: "most words match, in English" },
  { query: "Xəzər Metall MMC", finds: "metallCompany", why: "a company's name with its legal form" },
  { query: "xezer metall ooo", finds: "metallCompany", why: "the name without its letters, with the Russian legal form typed in Latin" },
];

/**
 * Queries whose first listing must be the one that has every word in its own title or description: not one that
 * has them only in its company's name, or some of them only through its classification. (A company named with
 * the words may come before it: the name is that company document's title.)
 */
const rankingQueries: { query: string; why: string }[] = [
  { query: "cotton yarn", why: "English; the other listings have the words in their company name or classification" },
  { query: "хлопковая пряжа", why: "Russian; a company is named Хлопковая Пряжа" },
  { query: "pambıq ipliyi", why: "Azerbaijani" },
  { query: "pambiq ipliyi", why: "Azerbaijani without its letters" },
  { query: "paxta ipi", why: "Uzbek Latin" },
  { query: "пахта ипи", why: "Uzbek Cyrillic" },
];

describe.each(testDatabases())("real queries on $name", (database) => {
  const handle = useTestDatabase(database);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const db = handle.db;
    ids.kokandCompany = await seedCompany(db, {
      legalName: "Sharq Toʻqimachi",
      country: "UZ",
      region: "UZ-FA",
      district: "UZ-FA-kokand-city",
      economicZone: "UZ-FEZ-KOKAND",
      sectors: ["13"],
      description: { uz: "Kalava va mato ishlab chiqaramiz." },
    });
    ids.kokandListing = await seedListing(db, {
      companyId: ids.kokandCompany,
      kind: "offer",
      sectors: ["13"],
      hsChapters: ["52"],
      title: { uz: "Paxta tolasi" },
      description: { uz: "Yuqori navli tola, oyiga 200 tonna." },
    });
    const logistics = await seedCompany(db, { legalName: "Xəzər Logistika MMC", country: "AZ", region: "AZ-BAK", sectors: ["49"] });
    ids.logisticsCompany = logistics;
    ids.metallCompany = await seedCompany(db, { legalName: "Xəzər Metall MMC", country: "AZ", region: "AZ-ABX", sectors: ["24"] });
    ids.railFreight = await seedListing(db, {
      companyId: logistics,
      kind: "offer",
      sectors: ["49"],
      title: { ru: "Грузоперевозки по железной дороге Баку — Тбилиси" },
      description: { ru: "Контейнерные перевозки из Баку в Тбилиси и далее, еженедельно." },
    });
    ids.ganjaCompany = await seedCompany(db, {
      legalName: "Kəpəz Aqro",
      country: "AZ",
      region: "AZ-GDA",
      district: "AZ-GA",
      sectors: ["01"],
      description: { az: "Meyvə və tərəvəz ixracı." },
    });
    // A new cotton-yarn offer, and listings that match its words only through a company name or a classification,
    // published later (recency favours them).
    const spinner = await seedCompany(db, { legalName: "Namangan Yigiruv", country: "UZ", region: "UZ-NG", sectors: ["13"] });
    ids.yarnOffer = await seedListing(db, {
      companyId: spinner,
      kind: "offer",
      sectors: ["13"],
      title: { en: "Cotton yarn Ne 30/1", ru: "Хлопковая пряжа Ne 30/1", uz: "Paxta ipi Ne 30/1", az: "Pambıq ipliyi Ne 30/1" },
      description: { en: "Combed, for knitting." },
      publishedAt: new Date(now.getTime() - 30 * 24 * 3600 * 1000),
    });
    for (const legalName of ["Cotton Yarn Group", "Хлопковая Пряжа Трейд", "Pambıq İpliyi MMC", "Paxta Ipi Savdo"]) {
      const company = await seedCompany(db, { legalName, country: "UZ", region: "UZ-TK", sectors: ["13"], verified: true });
      for (const title of [{ en: "Polyester fabric" }, { ru: "Полиэфирная ткань" }]) {
        await seedListing(db, { companyId: company, kind: "offer", sectors: ["13"], hsChapters: ["52", "54"], title });
      }
    }
    const dyer = await seedCompany(db, { legalName: "Rang Boʻyoq", country: "UZ", region: "UZ-TK", sectors: ["13"], verified: true });
    await seedListing(db, { companyId: dyer, kind: "offer", sectors: ["13"], hsChapters: ["52"], title: { en: "Yarn dyeing" } });
    await seedListing(db, { companyId: dyer, kind: "offer", sectors: ["13"], hsChapters: ["52"], title: { ru: "Крашение пряжи" } });
    // Others in the same regions that must not crowd the answers out.
    for (let index = 0; index < 6; index += 1) {
      await seedCompany(db, { legalName: `Fargʻona Savdo ${index}`, country: "UZ", region: "UZ-FA", district: "UZ-FA-margilan-city" });
    }
  });

  it.each(realQueries)("“$query” finds $finds in the top 10 ($why)", async ({ query, finds }) => {
    const result = await searchPartners(handle.db, { now, text: query, pageSize: 10 });
    expect(result.hits.map((hit) => hit.entityId)).toContain(ids[finds]);
  });

  // "MMC" ends most Azerbaijani companies' names: needing two of the three words, the query found every company
  // named Xəzər.
  it("does not need a company's legal form when the query names it", async () => {
    const result = await searchPartners(handle.db, { now, text: "Xəzər Metall MMC", pageSize: 10 });
    const found = result.hits.map((hit) => hit.entityId);
    expect(found[0]).toBe(ids.metallCompany);
    expect(found).not.toContain(ids.logisticsCompany);
  });

  it("searches for a legal form typed alone", async () => {
    const result = await searchPartners(handle.db, { now, text: "MMC", pageSize: 10 });
    expect(result.hits.map((hit) => hit.entityId)).toEqual(expect.arrayContaining([ids.metallCompany, ids.logisticsCompany]));
  });

  it.each(rankingQueries)("“$query” ranks the listing with every word in its title first ($why)", async ({ query }) => {
    const result = await searchPartners(handle.db, { now, text: query, pageSize: 10 });
    const listings = result.hits.filter((hit) => hit.entityType === "listing");
    expect(listings.length).toBeGreaterThan(1);
    expect(listings[0]?.entityId).toBe(ids.yarnOffer);
  });
});
