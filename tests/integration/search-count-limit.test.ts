import { generationCacheLookups, searchPartners, setListingHidden, type SearchPartnersParams, type SearchResult } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

const now = new Date("2026-02-01T10:00:00Z");
/** The limit the searches here count up to (the portal's is 1,000): small, so a handful of listings pass it. */
const countLimit = 3;

/**
 * A search counts its matches up to a limit. Below it every count is exact; above it the total is a lower bound
 * above the limit (`totalExact` false) and the facet counts are lower bounds (`countsExact` false). Every number is
 * still true: never more than the documents there are, and a total at or below the limit is every match, also when
 * the filters are narrower than what the facets count, and after writes bring a cached result up to date. Browsing
 * reads its counts from counters kept of every document: exact at any size.
 */
describe.each(testDatabases())("counting up to a limit on $name", (database) => {
  const handle = useTestDatabase(database);
  const kashta: string[] = [];

  /** The same search counting every match, in a transaction (which neither reads nor fills the result cache). */
  const everyMatch = (params: SearchPartnersParams): Promise<SearchResult> =>
    handle.db.transaction((tx) => searchPartners(tx, { now, ...params, publishedAfter: new Date(0) }));
  const facetCount = (result: SearchResult, facet: "country" | "region", value: string) =>
    result.facets[facet].find((entry) => entry.value === value)?.count ?? 0;

  beforeAll(async () => {
    const bukhara = await seedCompany(handle.db, { legalName: "Buxoro Tikuv", country: "UZ", region: "UZ-BU", sectors: ["13"] });
    const sheki = await seedCompany(handle.db, { legalName: "Şəki Tikiş", country: "AZ", region: "AZ-SA", sectors: ["13"] });
    // Six listings with "kashta" (embroidery): four from Bukhara, two from Sheki.
    for (const [index, companyId] of [bukhara, bukhara, bukhara, bukhara, sheki, sheki].entries()) {
      const publishedAt = new Date(Date.UTC(2026, 0, 2 + index));
      kashta.push(await seedListing(handle.db, { companyId, sectors: ["13"], title: { uz: `Kashta buyumlari, ${index + 1}-partiya` }, publishedAt }));
    }
  });

  it("counts every match below the limit", async () => {
    const result = await searchPartners(handle.db, { text: "kashta", now, countLimit: 10 });
    expect(result).toMatchObject({ total: 6, totalExact: true, countsExact: true });
    expect(facetCount(result, "country", "UZ")).toBe(4);
    expect(facetCount(result, "country", "AZ")).toBe(2);
  });

  it("says more than the limit above it, with every count a lower bound", async () => {
    const all = await everyMatch({ text: "kashta" });
    expect(all).toMatchObject({ total: 6, totalExact: true, countsExact: true });
    const result = await searchPartners(handle.db, { text: "kashta", now, countLimit });
    expect(result).toMatchObject({ total: countLimit + 1, totalExact: false, countsExact: false });
    for (const facet of ["country", "region"] as const) {
      for (const { value, count } of result.facets[facet]) expect(count).toBeLessThanOrEqual(facetCount(all, facet, value));
    }
    // The page is the same as when every match is counted.
    expect(result.hits.map((hit) => hit.entityId)).toEqual(all.hits.map((hit) => hit.entityId));
  });

  it("counts the total exactly when a filter leaves no more than the limit of many matches", async () => {
    // The facets count the six matches (the country facet given no other filter); the total the two from Sheki.
    const result = await searchPartners(handle.db, { text: "kashta", countries: ["AZ"], now, countLimit });
    expect(result).toMatchObject({ total: 2, totalExact: true, countsExact: false });
    const twoFilters = await searchPartners(handle.db, { text: "kashta", countries: ["AZ"], regions: ["AZ-SA"], now, countLimit });
    expect(twoFilters.total).toBe(2);
  });

  it("counts up to the limit when browsing with two filters read from the counters", async () => {
    const browsing = { countries: ["UZ"], sectors: ["13"] };
    const all = await everyMatch(browsing);
    expect(all.total).toBeGreaterThan(countLimit);
    const result = await searchPartners(handle.db, { ...browsing, now, countLimit });
    expect(result).toMatchObject({ total: countLimit + 1, totalExact: false, countsExact: false });
    const wide = await searchPartners(handle.db, { ...browsing, now, countLimit: 100 });
    expect(wide).toMatchObject({ total: all.total, totalExact: true, countsExact: true });
  });

  it("counts every document exactly when browsing with at most one filter, from the counters", async () => {
    for (const browsing of [{}, { countries: ["UZ"] }]) {
      const all = await everyMatch(browsing);
      expect(all.total).toBeGreaterThan(countLimit);
      const result = await searchPartners(handle.db, { ...browsing, now, countLimit });
      expect(result).toMatchObject({ total: all.total, totalExact: true, countsExact: true });
      expect(result.facets).toEqual(all.facets);
    }
  });

  it("never brings a lower bound down to a number that reads as every match", async () => {
    const params = { text: "kashta", now, countLimit };
    const misses = () => generationCacheLookups()["search results"]?.misses ?? 0;
    expect((await searchPartners(handle.db, params)).total).toBe(countLimit + 1);
    const before = misses();
    // Two of the six leave: four remain, more than the limit, but the cached lower bound moved by two would say 2.
    await setListingHidden(handle.db, { listingId: kashta[0] as string, hidden: true, at: now });
    await setListingHidden(handle.db, { listingId: kashta[1] as string, hidden: true, at: now });
    const after = await searchPartners(handle.db, params);
    expect(after).toMatchObject({ total: countLimit + 1, totalExact: false, countsExact: false });
    // Computed again, not moved.
    expect(misses() - before).toBe(1);
    // One more leaves: three remain, exactly the limit, counted as every match.
    await setListingHidden(handle.db, { listingId: kashta[2] as string, hidden: true, at: now });
    expect(await searchPartners(handle.db, params)).toMatchObject({ total: 3, totalExact: true, countsExact: true });
  });

  it("counts every match for the daily mail, which states its number", async () => {
    const result = await searchPartners(handle.db, { text: "kashta", now, countLimit: 1, publishedAfter: new Date("2026-01-01T00:00:00Z") });
    expect(result).toMatchObject({ total: 3, totalExact: true, countsExact: true });
  });
});
