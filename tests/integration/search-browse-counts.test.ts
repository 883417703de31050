import { searchPartners, setListingHidden, type Db, type DbHandle, type SearchPartnersParams, type SearchResult } from "@karvon/db";
import { timedDb } from "@karvon/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../support/databases";
import { seedCompany, seedListing } from "../support/search-fixture";

const now = new Date("2026-02-01T10:00:00Z");
const day = 24 * 3600 * 1000;

/** Issue 10: browsing without words reads two index scans, and counts are cached per generation — neither may change what users see. */
describe.each(testDatabases())("browsing and cached counts on $name", (database) => {
  let handle: DbHandle;
  let companies: string[] = [];

  const search = (params: SearchPartnersParams = {}, db: Db = handle.db): Promise<SearchResult> =>
    searchPartners(db, { now, ...params });

  /** Every page of `pageSize`, concatenated. */
  const allPages = async (params: SearchPartnersParams, pageSize: number) => {
    const ids: string[] = [];
    for (let page = 1; ; page += 1) {
      const result = await search({ ...params, page, pageSize });
      ids.push(...result.hits.map((hit) => hit.entityId));
      if (result.hits.length < pageSize) return { ids, total: result.total };
    }
  };

  beforeAll(async () => {
    handle = await database.open();
    companies = [
      await seedCompany(handle.db, { legalName: "Zarafshon Mis", country: "UZ", region: "UZ-NW", sectors: ["24"], verified: true }),
      await seedCompany(handle.db, { legalName: "Andijon Meva", country: "UZ", region: "UZ-AN", sectors: ["10"] }),
      await seedCompany(handle.db, { legalName: "Gəncə Alüminium", country: "AZ", region: "AZ-GA", sectors: ["24"] }),
    ];
    // 27 listings over 40 days, verified and not, with pairs published at the same instant (ties).
    for (let index = 0; index < 27; index += 1) {
      await seedListing(handle.db, {
        companyId: companies[index % 3] as string,
        kind: index % 2 === 0 ? "offer" : "request",
        sectors: index % 3 === 1 ? ["10"] : ["24"],
        title: { en: `Lot ${index}` },
        publishedAt: new Date(now.getTime() - Math.floor(index / 2) * 3 * day),
      });
    }
  });

  afterAll(async () => {
    await handle.close();
  });

  for (const params of [{}, { sort: "newest" as const }, { countries: ["UZ"] }, { verifiedOnly: true }, { kinds: ["request"], sectors: ["24"] }]) {
    it(`pages through every match in the order of one full sort (${JSON.stringify(params)})`, async () => {
      const whole = await search({ ...params, pageSize: 50 });
      expect(whole.total).toBeGreaterThan(0);
      expect(whole.total).toBeLessThan(50);
      const paged = await allPages(params, 4);
      expect(paged.total).toBe(whole.total);
      expect(paged.ids).toEqual(whole.hits.map((hit) => hit.entityId));
    });
  }

  it("orders browsing by relevance: verified first unless much older, newest first, then by id", async () => {
    const { hits } = await search({ pageSize: 50 });
    for (let index = 1; index < hits.length; index += 1) {
      const [before, after] = [hits[index - 1], hits[index]];
      if (before === undefined || after === undefined) continue;
      const inOrder =
        before.rank > after.rank ||
        (before.rank === after.rank &&
          (before.publishedAt > after.publishedAt || (before.publishedAt.getTime() === after.publishedAt.getTime() && before.entityId < after.entityId)));
      expect(inOrder, `${index}: ${before.entityId} before ${after.entityId}`).toBe(true);
    }
    expect(hits.some((hit) => hit.verified)).toBe(true);
    expect(hits.some((hit) => !hit.verified)).toBe(true);
  });

  it("answers a repeated search's counts without counting again", async () => {
    let statements = 0;
    const counting = new Proxy(handle.db, {
      get(target, key, receiver) {
        if (key !== "execute") return Reflect.get(target, key, receiver);
        return (...args: Parameters<Db["execute"]>) => {
          statements += 1;
          return target.execute(...args);
        };
      },
    }) as Db;
    const first = await search({ countries: ["AZ"] }, counting);
    const afterFirst = statements;
    const second = await search({ countries: ["AZ"] }, counting);
    expect(afterFirst).toBe(2);
    expect(statements - afterFirst).toBe(1);
    expect(second.total).toBe(first.total);
    expect(second.facets).toEqual(first.facets);
  });

  it("shares the counts between the per-request wrappers of one database, as the API makes them", async () => {
    const first = timedDb(handle.db);
    await search({ kinds: ["offer"], countries: ["UZ"] }, first.db);
    const second = timedDb(handle.db);
    await search({ kinds: ["offer"], countries: ["UZ"] }, second.db);
    expect(first.statements()).toBe(2);
    expect(second.statements()).toBe(1);
  });

  it("counts what a committed write changed, and nothing of a rolled-back one", async () => {
    const before = await search({ text: "sapfir" });
    const browseBefore = await search();
    expect(before.total).toBe(0);

    const listingId = await seedListing(handle.db, { companyId: companies[2] as string, kind: "offer", sectors: ["24"], title: { en: "Sapfir glass" } });
    const added = await search({ text: "sapfir" });
    const browseAdded = await search();
    expect(added.total).toBe(1);
    expect(added.facets.country).toEqual([{ value: "AZ", count: 1 }]);
    expect(browseAdded.total).toBe(browseBefore.total + 1);

    await expect(
      handle.db.transaction(async (tx) => {
        await seedListing(tx, { companyId: companies[0] as string, kind: "offer", title: { en: "Sapfir lens" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await search({ text: "sapfir" })).total).toBe(1);

    await setListingHidden(handle.db, { listingId, hidden: true, at: now });
    expect((await search({ text: "sapfir" })).total).toBe(0);
    expect((await search()).total).toBe(browseBefore.total);
  });

  it("stops counting a document once it has expired, even when nothing was written", async () => {
    await seedListing(handle.db, {
      companyId: companies[1] as string, kind: "request", title: { en: "Quince crates" }, validUntil: new Date(now.getTime() + 3600 * 1000),
    });
    const soon = await search({ text: "quince" });
    const later = await search({ text: "quince" }, handle.db);
    expect(soon.total).toBe(1);
    expect(later.total).toBe(1);
    const afterExpiry = await searchPartners(handle.db, { now: new Date(now.getTime() + 2 * 3600 * 1000), text: "quince" });
    expect(afterExpiry.total).toBe(0);
    expect(afterExpiry.facets.kind).toEqual([]);
  });
});
