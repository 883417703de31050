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
    const logistics = await seedCompany(db, { legalName: "Xəzər Logistika", country: "AZ", region: "AZ-BAK", sectors: ["49"] });
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
    // Others in the same regions that must not crowd the answers out.
    for (let index = 0; index < 6; index += 1) {
      await seedCompany(db, { legalName: `Fargʻona Savdo ${index}`, country: "UZ", region: "UZ-FA", district: "UZ-FA-margilan-city" });
    }
  });

  it.each(realQueries)("“$query” finds $finds in the top 10 ($why)", async ({ query, finds }) => {
    const result = await searchPartners(handle.db, { now, text: query, pageSize: 10 });
    expect(result.hits.map((hit) => hit.entityId)).toContain(ids[finds]);
  });
});
