import { searchFacets, searchPartners, setListingHidden, type DbHandle, type SearchFacet, type SearchPartnersParams } from "@karvon/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

const now = new Date("2026-02-01T10:00:00Z");
const hour = 3600 * 1000;

type Doc = {
  kind: string;
  country: string;
  region: string | null;
  sectors: string[];
  hs_chapters: string[];
  cooperation_kinds: string[];
  size_band: string | null;
  economic_zone: string | null;
  verified: boolean;
  valid_until: string | Date | null;
};

const valuesOf = (doc: Doc): Record<SearchFacet, string[]> => ({
  kind: [doc.kind],
  country: [doc.country],
  region: doc.region === null ? [] : [doc.region],
  sector: doc.sectors,
  hsChapter: doc.hs_chapters,
  cooperationKind: doc.cooperation_kinds,
  sizeBand: doc.size_band === null ? [] : [doc.size_band],
  economicZone: doc.economic_zone === null ? [] : [doc.economic_zone],
  verified: doc.verified ? ["true"] : [],
});

/** Browsing's counts the slow, obvious way: every live document, every facet given every other filter. */
function expectedCounts(docs: readonly Doc[], filters: Partial<Record<SearchFacet, string[]>>, at: Date) {
  const live = docs.filter((doc) => doc.valid_until === null || new Date(doc.valid_until) > at);
  const passes = (doc: Doc, except?: SearchFacet) =>
    Object.entries(filters).every(([facet, wanted]) => facet === except || valuesOf(doc)[facet as SearchFacet].some((value) => wanted.includes(value)));
  const facets: Record<string, { value: string; count: number }[]> = {};
  for (const facet of searchFacets) {
    const counts = new Map<string, number>();
    for (const doc of live.filter((entry) => passes(entry, facet))) for (const value of valuesOf(doc)[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
    facets[facet] = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { total: live.filter((doc) => passes(doc)).length, facets };
}

const cases: { params: SearchPartnersParams; filters: Partial<Record<SearchFacet, string[]>> }[] = [
  { params: {}, filters: {} },
  { params: { countries: ["AZ"] }, filters: { country: ["AZ"] } },
  { params: { kinds: ["request"] }, filters: { kind: ["request"] } },
  { params: { sectors: ["24"] }, filters: { sector: ["24"] } },
  { params: { verifiedOnly: true }, filters: { verified: ["true"] } },
  { params: { kinds: ["offer"], countries: ["UZ"] }, filters: { kind: ["offer"], country: ["UZ"] } },
  { params: { sectors: ["24"], countries: ["AZ"] }, filters: { sector: ["24"], country: ["AZ"] } },
  { params: { hsChapters: ["72"], regions: ["UZ-NW"] }, filters: { hsChapter: ["72"], region: ["UZ-NW"] } },
  { params: { verifiedOnly: true, cooperationKinds: ["export"] }, filters: { verified: ["true"], cooperationKind: ["export"] } },
  { params: { kinds: ["offer", "request"], sectors: ["25"] }, filters: { kind: ["offer", "request"], sector: ["25"] } },
  { params: { sectors: ["10", "24"], verifiedOnly: true, regions: ["UZ-AN"] }, filters: { sector: ["10", "24"], verified: ["true"], region: ["UZ-AN"] } },
];

/**
 * Browsing with no words reads its counts from counters the triggers keep (at most one filter), from counters and
 * the documents passing both filters (two filters of one value each), or counts only the documents failing at most
 * one filter (more filters, or several values): each must give exactly what counting every document gives,
 * after concurrent writes, rolled-back ones, and documents that expired but are still in the table.
 */
describe.each(testDatabases())("facet counters of browsing on $name", (database) => {
  let handle: DbHandle;
  let companies: string[] = [];
  const allDocs = async (): Promise<Doc[]> => {
    const result: unknown = await handle.db.execute(
      sql`select kind, country, region, sectors, hs_chapters, cooperation_kinds, size_band, economic_zone, verified, valid_until from search_documents`,
    );
    return Array.isArray(result) ? (result as Doc[]) : ((result as { rows?: Doc[] }).rows ?? []);
  };
  const checkAll = async (at: Date) => {
    const docs = await allDocs();
    for (const { params, filters } of cases) {
      const result = await searchPartners(handle.db, { ...params, now: at });
      const expected = expectedCounts(docs, filters, at);
      expect({ total: result.total, facets: result.facets }, JSON.stringify(params)).toEqual(expected);
    }
  };

  beforeAll(async () => {
    handle = await database.open();
    companies = [
      await seedCompany(handle.db, { legalName: "Zarafshon Mis", country: "UZ", region: "UZ-NW", sectors: ["24"], verified: true }),
      await seedCompany(handle.db, { legalName: "Andijon Meva", country: "UZ", region: "UZ-AN", sectors: ["10"], verified: true }),
      await seedCompany(handle.db, { legalName: "Gəncə Alüminium", country: "AZ", region: "AZ-GA", sectors: ["24"] }),
    ];
    for (let index = 0; index < 12; index += 1) {
      await seedListing(handle.db, {
        companyId: companies[index % 3] as string,
        kind: index % 2 === 0 ? "offer" : "request",
        sectors: index % 3 === 1 ? ["10"] : ["24", "25"],
        hsChapters: index % 4 === 0 ? ["72"] : [],
        cooperationKinds: index % 5 === 0 ? ["supply", "export"] : ["supply"],
        title: { en: `Lot ${index}` },
        // Two of them expire an hour after `now`, still in the table until the expiry job runs.
        validUntil: index % 6 === 0 ? new Date(now.getTime() + hour) : undefined,
      });
    }
  });

  afterAll(async () => {
    await handle.close();
  });

  it("gives the counts of counting every document", async () => {
    await checkAll(now);
  });

  it("leaves out documents past their validity that are still in the table", async () => {
    await checkAll(new Date(now.getTime() + 2 * hour));
  });

  it("stays exact under concurrent writes, hides and a rolled-back write", async () => {
    const writes = Array.from({ length: 8 }, (_, index) =>
      handle.db.transaction(async (tx) => {
        const id = await seedListing(tx, { companyId: companies[index % 3] as string, kind: "offer", sectors: ["24"], title: { en: `Concurrent ${index}` } });
        if (index % 4 === 0) await setListingHidden(tx, { listingId: id, hidden: true, at: now });
      }),
    );
    const rolledBack = handle.db.transaction(async (tx) => {
      await seedListing(tx, { companyId: companies[0] as string, kind: "request", title: { en: "Never" } });
      throw new Error("roll back");
    });
    await Promise.all([...writes, expect(rolledBack).rejects.toThrow("roll back")]);
    await checkAll(now);
  });
});
