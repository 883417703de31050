import { searchPartners, setListingHidden, type Db, type SearchPartnersParams, type SearchResult } from "@karvon/db";
import { timedDb } from "@karvon/api";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

const now = new Date("2026-02-01T10:00:00Z");
const day = 24 * 3600 * 1000;

/** Browsing without words reads two index scans, and counts are cached per generation — neither may change what users see. */
describe.each(testDatabases())("browsing and cached counts on $name", (database) => {
  const handle = useTestDatabase(database);
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

  /** A handle that counts the statements run through it. */
  const countingDb = () => {
    let statements = 0;
    const db = new Proxy(handle.db, {
      get(target, key, receiver) {
        if (key !== "execute") return Reflect.get(target, key, receiver);
        return (...args: Parameters<Db["execute"]>) => {
          statements += 1;
          return target.execute(...args);
        };
      },
    });
    return { db, statements: () => statements };
  };

  it("answers another page of a search with the counts it already has", async () => {
    const counting = countingDb();
    const first = await search({ countries: ["AZ"], pageSize: 3 }, counting.db);
    const afterFirst = counting.statements();
    const second = await search({ countries: ["AZ"], pageSize: 3, page: 2 }, counting.db);
    // The generation, the page and the counts; then the generation and the page.
    expect(afterFirst).toBe(3);
    expect(counting.statements() - afterFirst).toBe(2);
    expect(second.total).toBe(first.total);
    expect(second.facets).toEqual(first.facets);
    expect(second.hits.map((hit) => hit.entityId)).not.toEqual(first.hits.map((hit) => hit.entityId));
  });

  it("answers a repeated search from its result, after reading only the generation", async () => {
    const counting = countingDb();
    const first = await search({ text: "lot", sectors: ["24"] }, counting.db);
    const afterFirst = counting.statements();
    const second = await search({ sectors: ["24"], text: "lot" }, counting.db);
    // The generation, the close spellings, the page and the counts; then the generation alone.
    expect(afterFirst).toBe(4);
    expect(counting.statements() - afterFirst).toBe(1);
    expect(second).toEqual(first);
    expect(second.hits.length).toBeGreaterThan(0);
  });

  it("shares a cached result frozen, so no reader can change what the next one sees", async () => {
    const first = await search({ kinds: ["request"] });
    const ids = first.hits.map((hit) => hit.entityId);
    expect(() => {
      first.hits.length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (first.facets.country[0] as { count: number }).count = 0;
    }).toThrow(TypeError);
    const second = await search({ kinds: ["request"] });
    expect(second).toBe(first);
    expect(second.hits.map((hit) => hit.entityId)).toEqual(ids);
  });

  it("counts again when a write commits between the first read of the generation and the page", async () => {
    await seedListing(handle.db, { companyId: companies[1] as string, kind: "offer", title: { en: "Racing pigeons" } });
    const before = await search({ text: "pigeons", pageSize: 1 });
    expect(before.total).toBe(1);
    let raced = false;
    const racing = new Proxy(handle.db, {
      get(target, key, receiver) {
        if (key !== "execute") return Reflect.get(target, key, receiver);
        return async (...args: Parameters<Db["execute"]>) => {
          const result = await target.execute(...args);
          if (!raced) {
            raced = true;
            await seedListing(handle.db, { companyId: companies[2] as string, kind: "offer", title: { en: "Pigeons lofts" } });
          }
          return result;
        };
      },
    });
    const after = await search({ text: "pigeons", pageSize: 1, page: 2 }, racing);
    expect(raced).toBe(true);
    expect(after.hits).toHaveLength(1);
    expect(after.total).toBe(2);
  });

  it("shares cached answers between the per-request wrappers of one database, as the API makes them", async () => {
    const first = timedDb(handle.db);
    await search({ kinds: ["offer"], countries: ["UZ"] }, first.db);
    const second = timedDb(handle.db);
    await search({ kinds: ["offer"], countries: ["UZ"] }, second.db);
    expect(first.statements()).toBe(3);
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
    expect(added.hits.map((hit) => hit.entityId)).toEqual([listingId]);
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
    expect((await search({ text: "sapfir" })).hits).toEqual([]);
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

  it("stops showing a document that expired within the hour its search result was kept", async () => {
    const minute = 60 * 1000;
    const listingId = await seedListing(handle.db, {
      companyId: companies[0] as string, kind: "offer", title: { en: "Walnut veneer" }, validUntil: new Date(now.getTime() + 10 * minute),
    });
    const before = await searchPartners(handle.db, { now: new Date(now.getTime() + 5 * minute), text: "walnut" });
    expect(before.hits.map((hit) => hit.entityId)).toEqual([listingId]);
    const after = await searchPartners(handle.db, { now: new Date(now.getTime() + 20 * minute), text: "walnut" });
    expect(after.hits).toEqual([]);
    expect(after.total).toBe(0);
  });
});
