import { searchPartners, type SearchPartnersParams } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

const now = new Date("2026-02-01T10:00:00Z");

describe.each(testDatabases())("partner search on $name", (database) => {
  const handle = useTestDatabase(database);
  const ids: Record<string, string> = {};

  const titlesOf = async (params: SearchPartnersParams) => {
    const result = await searchPartners(handle.db, { now, pageSize: 50, ...params });
    return result.hits.map((hit) => hit.entityId);
  };
  const finds = async (text: string, key: string) => expect(await titlesOf({ text })).toContain(ids[key]);

  beforeAll(async () => {
    const db = handle.db;
    const fergana = await seedCompany(db, {
      legalName: "Kamolot Tekstil",
      country: "UZ",
      region: "UZ-FA",
      sectors: ["13"],
      hsChapters: ["52"],
      verified: true,
    });
    const tashkent = await seedCompany(db, { legalName: "Toshkent Savdo", country: "UZ", region: "UZ-TK", sizeBand: "medium" });
    const sheki = await seedCompany(db, { legalName: "Şəki İpək", country: "AZ", region: "AZ-SZQ", sectors: ["13"], hsChapters: ["50"] });
    const baku = await seedCompany(db, { legalName: "Bakı Metal", country: "AZ", region: "AZ-BAK", sizeBand: "large" });
    const suspended = await seedCompany(db, { legalName: "Yopiq Korxona", country: "UZ", region: "UZ-SA", suspended: true });
    await seedCompany(db, { legalName: "Draft Paxta MChJ", country: "UZ", published: false });

    ids.paxtaLatin = await seedListing(db, {
      companyId: fergana, kind: "offer", sectors: ["13"], hsChapters: ["52"], cooperationKinds: ["supply"],
      title: { uz: "Paxta kalavasi eksportga" }, description: { uz: "Fargʻonadan sifatli paxta kalavasi." },
    });
    ids.paxtaCyrillic = await seedListing(db, {
      companyId: tashkent, kind: "offer", sectors: ["01"], hsChapters: ["52"],
      title: { uz: "Пахта толаси сотилади" }, description: { uz: "Ўзбекистон пахтаси, 2025 ҳосили." },
    });
    ids.toqimachilik = await seedListing(db, {
      companyId: fergana, kind: "request", sectors: ["13"], hsChapters: ["84"],
      title: { uz: "Toʻqimachilik uskunalari kerak" }, description: { uz: "Yigiruv dastgohlari sotib olamiz." },
    });
    ids.ipek = await seedListing(db, {
      companyId: sheki, kind: "offer", sectors: ["13"], hsChapters: ["50"],
      title: { az: "İPƏK SAPLARI" }, description: { az: "Şəkidə istehsal olunan təbii xam ipək." },
    });
    ids.tekstil = await seedListing(db, {
      companyId: tashkent, kind: "offer", sectors: ["46"], hsChapters: ["63"],
      title: { ru: "Текстиль для дома оптом" }, description: { ru: "Продукция фабрики: полотенца, постельное бельё." },
    });
    ids.alyuminiy = await seedListing(db, {
      companyId: baku, kind: "offer", sectors: ["24"], hsChapters: ["76"],
      title: { uz: "Alyuminiy profillar", az: "Alüminium profillər" }, description: { ru: "Алюминиевый профиль для окон." },
    });
    ids.concept = await seedListing(db, {
      companyId: baku, kind: "request", hsChapters: ["52"],
      title: { en: "Raw material for our spinning mill" }, description: { en: "Long staple fibre, 5,000 tonnes a year." },
    });
    ids.draft = await seedListing(db, {
      companyId: fergana, kind: "offer", hsChapters: ["52"], published: false, title: { uz: "Paxta qoralama" },
    });
    ids.hidden = await seedListing(db, {
      companyId: fergana, kind: "offer", hsChapters: ["52"], hidden: true, title: { uz: "Paxta yashirin" },
    });
    ids.expired = await seedListing(db, {
      companyId: fergana, kind: "offer", hsChapters: ["52"], title: { uz: "Paxta eskirgan" },
      publishedAt: new Date("2025-06-01T00:00:00Z"), validUntil: new Date("2026-01-01T00:00:00Z"),
    });
    ids.suspended = await seedListing(db, {
      companyId: suspended, kind: "offer", hsChapters: ["52"], title: { uz: "Paxta toʻxtatilgan" },
    });
    ids.fergana = fergana;
    ids.tashkent = tashkent;
  });

  it("finds Uzbek Latin from Cyrillic and Cyrillic from Latin", async () => {
    await finds("пахта", "paxtaLatin");
    await finds("paxta", "paxtaCyrillic");
    await finds("ПАХТА КАЛАВАСИ", "paxtaLatin");
  });

  it("treats every apostrophe variant, and none, alike", async () => {
    for (const query of ["to'qimachilik", "toʻqimachilik", "to‘qimachilik", "toqimachilik", "to`qimachilik", "тўқимачилик"]) {
      await finds(query, "toqimachilik");
    }
  });

  it("handles Azerbaijani capitals and letters typed without their marks", async () => {
    for (const query of ["İPƏK", "ipək", "ipek", "IPƏK", "Şəki ipək", "seki"]) await finds(query, "ipek");
  });

  it("finds Russian in other word forms", async () => {
    await finds("текстильной продукции", "tekstil");
    await finds("алюминиевые профили", "alyuminiy");
  });

  it("tolerates one or two typos", async () => {
    await finds("alyuminy", "alyuminiy");
    await finds("alyumini profil", "alyuminiy");
    await finds("pahta", "paxtaLatin");
  });

  it("finds listings classified under a concept the query names in any language", async () => {
    for (const query of ["хлопок", "cotton", "pambıq", "paxta"]) await finds(query, "concept");
  });

  it("shows only published, visible, unexpired content of public companies", async () => {
    const found = await titlesOf({ text: "paxta" });
    for (const key of ["draft", "hidden", "expired", "suspended"]) expect(found).not.toContain(ids[key]);
    const browse = await searchPartners(handle.db, { now, pageSize: 50 });
    expect(browse.hits.map((hit) => hit.display.companyName)).not.toContain("Draft Paxta MChJ");
    expect(browse.hits.map((hit) => hit.display.companyName)).not.toContain("Yopiq Korxona");
    // 4 public companies + 7 public listings.
    expect(browse.total).toBe(11);
  });

  it("ranks verified, own-text matches first and sorts by newest on request", async () => {
    const result = await searchPartners(handle.db, { now, text: "paxta kalavasi" });
    expect(result.hits[0]?.entityId).toBe(ids.paxtaLatin);
    expect(result.terms).toEqual(expect.arrayContaining(["paxta", "kalavasi"]));
    const newest = await searchPartners(handle.db, { now, sort: "newest", pageSize: 50 });
    const dates = newest.hits.map((hit) => hit.publishedAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it("counts facet values under the other active filters", async () => {
    const result = await searchPartners(handle.db, { now, countries: ["UZ"], kinds: ["offer"] });
    // Offers from Uzbekistan: paxtaLatin, paxtaCyrillic, tekstil.
    expect(result.total).toBe(3);
    const count = (facet: keyof typeof result.facets, value: string) =>
      result.facets[facet].find((entry) => entry.value === value)?.count ?? 0;
    // The kind facet ignores the kind filter but keeps the country filter: UZ has 2 companies, 3 offers, 1 request.
    expect(count("kind", "company")).toBe(2);
    expect(count("kind", "offer")).toBe(3);
    expect(count("kind", "request")).toBe(1);
    // The country facet ignores the country filter but keeps the kind filter: offers 3 UZ, 2 AZ.
    expect(count("country", "UZ")).toBe(3);
    expect(count("country", "AZ")).toBe(2);
    // Other facets obey both filters.
    expect(count("hsChapter", "52")).toBe(2);
    expect(count("region", "UZ-FA")).toBe(1);
    expect(count("region", "UZ-TK")).toBe(2);
    expect(count("region", "AZ-BAK")).toBe(0);
    expect(count("sector", "13")).toBe(1);
    expect(count("sector", "C")).toBe(1);
    expect(count("verified", "true")).toBe(1);

    const narrowed = await searchPartners(handle.db, { now, countries: ["UZ"], kinds: ["offer"], verifiedOnly: true, text: "пахта" });
    expect(narrowed.hits.map((hit) => hit.entityId)).toEqual([ids.paxtaLatin]);
  });

  it("pages, and paging past the end gives an empty page", async () => {
    const first = await searchPartners(handle.db, { now, pageSize: 5, page: 1 });
    const third = await searchPartners(handle.db, { now, pageSize: 5, page: 3 });
    expect(first.hits).toHaveLength(5);
    expect(third.hits).toHaveLength(1);
    const beyond = await searchPartners(handle.db, { now, pageSize: 5, page: 40 });
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(11);
  });

  it("never errors on hostile or huge queries", async () => {
    const hostile = [
      `'&|!():*<>"\\`,
      "a:* & !b | (c",
      "'; drop table search_documents; --",
      "x".repeat(10_000),
      "пахта ".repeat(2_000),
      "\u0000\u0301\u200b",
      "<-> <2> !!! ''' \"\"\"",
      "и в на",
      "🙂 🚚",
    ];
    for (const text of hostile) {
      const result = await searchPartners(handle.db, { now, text });
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect((await searchPartners(handle.db, { now, text: "пахта ".repeat(2_000) })).total).toBeGreaterThan(0);
  });
});
