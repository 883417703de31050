import type { LocalizedText } from "@karvon/data";
import {
  generationCacheLookups,
  refreshSearchDocumentForListing,
  refreshSearchDocumentsForCompany,
  schema,
  searchPartners,
  setListingHidden,
  type SearchPartnersParams,
  type SearchResult,
} from "@karvon/db";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";
import { rowsOf } from "../support/raw-rows";
import { storedListing } from "../support/stored-shapes";

const now = new Date("2026-02-01T10:00:00Z");

type Outcome = { result: SearchResult; hits: number; revalidated: number; updated: number; misses: number; counted: number };

/**
 * A result cached under an older generation of the search documents is served again only when the document
 * versions written since tell what it became: an unrelated write keeps it (without computing it again), a write
 * that counts in it moves its counts and, when it ranks among its hits, its page (without computing it again),
 * and a write whose effect on the page is not known here (a later page shifts, a full page loses a hit, a tie in
 * rank) or that gives its words other close spellings makes it computed again. Whatever it serves is what
 * computing the search afresh gives.
 */
describe.each(testDatabases())("revalidated search results on $name", (database) => {
  const handle = useTestDatabase(database);
  let uz: string;
  let az: string;

  const lookups = () => ({ hits: 0, revalidated: 0, updated: 0, misses: 0, ...generationCacheLookups()["search results"] });
  /** Facet counts that had to be counted: misses of the counts' own cache. */
  const counted = () => generationCacheLookups()["search facet counts"]?.misses ?? 0;
  /** A search through the cache, with how the cache answered it. */
  const search = async (params: SearchPartnersParams): Promise<Outcome> => {
    const before = lookups();
    const countedBefore = counted();
    const result = await searchPartners(handle.db, { now, ...params });
    const after = lookups();
    return {
      result,
      hits: after.hits - before.hits,
      revalidated: after.revalidated - before.revalidated,
      updated: after.updated - before.updated,
      misses: after.misses - before.misses,
      counted: counted() - countedBefore,
    };
  };
  /** The same search computed afresh: a transaction neither reads nor fills the cache. */
  const fresh = (params: SearchPartnersParams): Promise<SearchResult> => handle.db.transaction((tx) => searchPartners(tx, { now, ...params }));
  const ids = (result: SearchResult) => result.hits.map((hit) => hit.entityId);

  const editTitle = async (listingId: string, title: LocalizedText) => {
    const content = storedListing({ title, description: {}, sectors: ["24"], hsChapters: [], cooperationKinds: [] });
    await handle.db.update(schema.listings).set({ content, published: content }).where(eq(schema.listings.id, listingId));
    await refreshSearchDocumentForListing(handle.db, listingId, now);
  };

  beforeAll(async () => {
    uz = await seedCompany(handle.db, { legalName: "Buxoro Kashta", country: "UZ", region: "UZ-BU", sectors: ["13"] });
    az = await seedCompany(handle.db, { legalName: "Şəki Ipək", country: "AZ", region: "AZ-SA", sectors: ["13"] });
    await seedListing(handle.db, { companyId: uz, kind: "offer", sectors: ["13"], title: { en: "Zardozi embroidered caps" } });
    await seedListing(handle.db, { companyId: az, kind: "request", sectors: ["13"], title: { en: "Zardozi thread wanted" } });
    await seedListing(handle.db, { companyId: uz, kind: "offer", sectors: ["13"], title: { en: "Suzani wall hangings" } });
  });

  it("serves a cached result after an unrelated write without computing it, then as a plain hit", async () => {
    const first = await search({ text: "zardozi" });
    expect(first.result.total).toBe(2);
    await seedListing(handle.db, { companyId: az, kind: "offer", sectors: ["23"], title: { en: "Cement blocks" } });
    const second = await search({ text: "zardozi" });
    expect(second).toMatchObject({ hits: 0, revalidated: 1, misses: 0 });
    expect(second.result).toBe(first.result);
    expect(await search({ text: "zardozi" })).toMatchObject({ hits: 1, revalidated: 0, misses: 0 });
    expect(second.result).toEqual(await fresh({ text: "zardozi" }));
  });

  it("serves a result all day: the rank's clock moves at midnight (UTC), not every hour", async () => {
    const morning = await search({ text: "zardozi", now: new Date("2026-02-01T10:59:00Z") });
    const afternoon = await search({ text: "zardozi", now: new Date("2026-02-01T15:01:00Z") });
    expect(afternoon).toMatchObject({ hits: 1, misses: 0 });
    expect(afternoon.result).toBe(morning.result);
    const nextDay = await search({ text: "zardozi", now: new Date("2026-02-02T00:01:00Z") });
    expect(nextDay).toMatchObject({ hits: 0, misses: 1 });
    expect(nextDay.result).toEqual(await fresh({ text: "zardozi", now: new Date("2026-02-02T00:01:00Z") }));
  });

  it("keeps a result when its own document is rewritten unchanged", async () => {
    const first = await search({ text: "suzani" });
    await refreshSearchDocumentsForCompany(handle.db, uz, now);
    const second = await search({ text: "suzani" });
    expect(second).toMatchObject({ revalidated: 1, misses: 0 });
    expect(second.result).toBe(first.result);
  });

  it("ranks a new document matching most of three words as the table's matches are ranked", async () => {
    // The table's matches count their words per document from the indexes; a version is tested word by word.
    const params = { text: "olcha murabbo shisha" };
    await seedListing(handle.db, { companyId: uz, kind: "offer", sectors: ["10"], title: { en: "Olcha murabbo shisha idishda" }, publishedAt: new Date("2026-01-20T10:00:00Z") });
    await seedListing(handle.db, { companyId: az, kind: "offer", sectors: ["10"], title: { en: "Olcha murabbo" }, publishedAt: new Date("2026-01-21T10:00:00Z") });
    const first = await search(params);
    expect(first.result.total).toBe(2);
    const added = await seedListing(handle.db, { companyId: az, kind: "request", sectors: ["10"], title: { en: "Murabbo shisha bankalarda" }, publishedAt: new Date("2026-01-23T10:00:00Z") });
    await seedListing(handle.db, { companyId: uz, kind: "offer", sectors: ["10"], title: { en: "Olcha quritilgan" } });
    const second = await search(params);
    expect(second).toMatchObject({ updated: 1, misses: 0 });
    expect(ids(second.result)).toContain(added);
    expect(second.result.total).toBe(3);
    expect(second.result).toEqual(await fresh(params));
  });

  it("brings a page that holds every match up to date with a new document its words find", async () => {
    const first = await search({ text: "zardozi" });
    // Published on another day than the others: the same words published the same instant tie in rank, and a tie
    // is computed again rather than ordered here.
    const publishedAt = new Date("2026-01-22T10:00:00Z");
    const added = await seedListing(handle.db, { companyId: uz, kind: "request", sectors: ["13"], title: { en: "Zardozi slippers" }, publishedAt });
    const second = await search({ text: "zardozi" });
    expect(second).toMatchObject({ revalidated: 0, updated: 1, misses: 0 });
    expect(second.result.total).toBe(first.result.total + 1);
    expect(ids(second.result)).toContain(added);
    expect(second.result).toEqual(await fresh({ text: "zardozi" }));
  });

  it("brings a result up to date after one of its documents is hidden", async () => {
    const listingId = await seedListing(handle.db, { companyId: az, kind: "offer", sectors: ["13"], title: { en: "Kelagayi scarves" } });
    const first = await search({ text: "kelagayi" });
    expect(ids(first.result)).toEqual([listingId]);
    await setListingHidden(handle.db, { listingId, hidden: true, at: now });
    const second = await search({ text: "kelagayi" });
    expect(second).toMatchObject({ revalidated: 0, updated: 1, misses: 0 });
    expect(second.result.total).toBe(0);
    expect(second.result.hits).toEqual([]);
    expect(second.result).toEqual(await fresh({ text: "kelagayi" }));
  });

  it("brings a result up to date after an edit makes one of its documents stop matching", async () => {
    const listingId = await seedListing(handle.db, { companyId: uz, kind: "offer", sectors: ["24"], title: { en: "Navvot crystals" } });
    const first = await search({ text: "navvot" });
    expect(first.result.total).toBe(1);
    await editTitle(listingId, { en: "Rock sugar crystals" });
    const second = await search({ text: "navvot" });
    expect(second).toMatchObject({ revalidated: 0, updated: 1, misses: 0 });
    expect(second.result.total).toBe(0);
    expect(second.result).toEqual(await fresh({ text: "navvot" }));
  });

  it("computes a result again when a new document gives its word another close spelling", async () => {
    const first = await search({ text: "pistashio" });
    expect(first.result.total).toBe(0);
    // "pistachio" is no prefix nor stem of the query's word: only the dictionary of close spellings links them.
    const listingId = await seedListing(handle.db, { companyId: uz, kind: "offer", sectors: ["10"], title: { en: "Pistachio kernels" } });
    const second = await search({ text: "pistashio" });
    expect(second).toMatchObject({ revalidated: 0, misses: 1 });
    expect(ids(second.result)).toEqual([listingId]);
    expect(second.result.terms).toContain("pistachio");
  });

  it("checks filters as the counts read them: any match with one filter, failing at most one filter with two", async () => {
    const oneFilter = { text: "beqasam", countries: ["UZ"] };
    const twoFilters = { text: "beqasam", countries: ["UZ"], kinds: ["offer"] };
    await seedListing(handle.db, { companyId: uz, kind: "offer", sectors: ["13"], title: { en: "Beqasam robes" } });
    await search(oneFilter);
    await search(twoFilters);

    // In AZ and a request: it fails both filters of the second search, but the first one's country facet counts it.
    await seedListing(handle.db, { companyId: az, kind: "request", sectors: ["13"], title: { en: "Beqasam fabric" } });
    const one = await search(oneFilter);
    expect(one).toMatchObject({ revalidated: 0, updated: 1, misses: 0 });
    expect(one.result.facets.country.map(({ value, count }) => `${value} ${count}`)).toEqual(["AZ 1", "UZ 1"]);
    expect(one.result).toEqual(await fresh(oneFilter));
    expect(await search(twoFilters)).toMatchObject({ revalidated: 1, misses: 0 });

    // In UZ and a request: it fails one filter, so the second search's kind facet counts it.
    await seedListing(handle.db, { companyId: uz, kind: "request", sectors: ["13"], title: { en: "Beqasam cushions" } });
    const two = await search(twoFilters);
    expect({ ...two, result: two.result.facets.kind }).toEqual({ hits: 0, revalidated: 0, updated: 1, misses: 0, counted: 0, result: [{ value: "offer", count: 1 }, { value: "request", count: 1 }] });
    expect(two.result).toEqual(await fresh(twoFilters));
  });

  describe("a write that counts in a result but ranks after its page", () => {
    const day = (date: number) => new Date(`2026-01-${String(date).padStart(2, "0")}T10:00:00Z`);
    const qovoq = async (date: number, companyId = uz, kind: "offer" | "request" = "offer") =>
      seedListing(handle.db, { companyId, kind, sectors: ["1"], title: { en: "Qovoq seeds" }, publishedAt: day(date) });
    let ranked: string[];

    beforeAll(async () => {
      // The same words everywhere: the newer ranks first.
      ranked = [await qovoq(14), await qovoq(12), await qovoq(10)];
    });

    it("moves the counts of the cached result without computing it", async () => {
      const params = { text: "qovoq", pageSize: 2 };
      const first = await search(params);
      expect(ids(first.result)).toEqual(ranked.slice(0, 2));
      const older = await qovoq(5, az, "request");
      const added = await search(params);
      expect(added).toMatchObject({ hits: 0, revalidated: 0, updated: 1, misses: 0 });
      expect(added.result.total).toBe(first.result.total + 1);
      expect(added.result.facets.country.map(({ value, count }) => `${value} ${count}`)).toEqual(["UZ 3", "AZ 1"]);
      expect(added.result).toEqual(await fresh(params));

      await setListingHidden(handle.db, { listingId: older, hidden: true, at: now });
      const hidden = await search(params);
      expect(hidden).toMatchObject({ updated: 1, misses: 0 });
      expect(hidden.result).toEqual(first.result);
      expect(await search(params)).toMatchObject({ hits: 1, updated: 0, misses: 0 });
    });

    it("does so for the newest first too, and with filters that the version fails one of", async () => {
      const newest = { text: "qovoq", pageSize: 2, sort: "newest" as const };
      const filtered = { text: "qovoq", pageSize: 1, countries: ["UZ"], kinds: ["offer"] };
      await search(newest);
      await search(filtered);
      await qovoq(3, uz, "request");
      for (const params of [newest, filtered]) {
        const outcome = await search(params);
        expect(outcome, JSON.stringify(params)).toMatchObject({ updated: 1, misses: 0 });
        expect(outcome.result).toEqual(await fresh(params));
      }
    });

    it("puts a new document that ranks on the page in its place, by relevance and newest first", async () => {
      const params = { text: "qovoq", pageSize: 2 };
      const newest = { ...params, sort: "newest" as const };
      const browsing = { sectors: ["1"], pageSize: 2 };
      for (const asked of [params, newest, browsing]) await search(asked);
      const newer = await qovoq(25);
      for (const asked of [params, newest, browsing]) {
        const added = await search(asked);
        expect(added, JSON.stringify(asked)).toMatchObject({ updated: 1, misses: 0 });
        expect(ids(added.result)[0]).toBe(newer);
        expect(added.result).toEqual(await fresh(asked));
      }
      await setListingHidden(handle.db, { listingId: newer, hidden: true, at: now });
    });

    it("computes only the page again when what fills it is not known, its counts brought up to date", async () => {
      // A later page moves when a document before it changes.
      const deeper = { text: "qovoq", pageSize: 2, page: 2 };
      await search(deeper);
      const newer = await qovoq(26);
      const shifted = await search(deeper);
      expect(shifted).toMatchObject({ updated: 0, misses: 1, counted: 0 });
      expect(shifted.result).toEqual(await fresh(deeper));

      // A full page that loses a hit is filled from beyond it.
      const params = { text: "qovoq", pageSize: 2 };
      await search(params);
      await setListingHidden(handle.db, { listingId: newer, hidden: true, at: now });
      const filled = await search(params);
      expect(filled).toMatchObject({ updated: 0, misses: 1, counted: 0 });
      expect(filled.result).toEqual(await fresh(params));

      // Browsing with filters counts from the counters or every document; its counts are kept the same way.
      const browsing = { kinds: ["offer"], sectors: ["1"], countries: ["UZ"], pageSize: 1, page: 2 };
      await search(browsing);
      await qovoq(27);
      const browsed = await search(browsing);
      expect(browsed).toMatchObject({ updated: 0, misses: 1, counted: 0 });
      expect(browsed.result).toEqual(await fresh(browsing));
    });

    it("places a document of the same rank as a hit by the page's whole order, without computing it", async () => {
      // The same words published the same instant rank the same: the page orders them by entity id.
      const params = { text: "qovoq", pageSize: 3 };
      const newest = { ...params, sort: "newest" as const };
      const browsing = { sectors: ["1"], pageSize: 3 };
      for (const asked of [params, newest, browsing]) await search(asked);
      const twins = [await qovoq(14), await qovoq(14)];
      for (const asked of [params, newest, browsing]) {
        const placed = await search(asked);
        expect(placed, JSON.stringify(asked)).toMatchObject({ updated: 1, misses: 0 });
        expect(placed.result).toEqual(await fresh(asked));
        expect(ids(placed.result).filter((id) => twins.includes(id)).length, JSON.stringify(asked)).toBeGreaterThan(0);
      }
      for (const twin of twins) await setListingHidden(handle.db, { listingId: twin, hidden: true, at: now });
    });
  });

  it("computes a result again once the changes since its generation are no longer kept", async () => {
    await search({ text: "suzani" });
    await seedListing(handle.db, { companyId: az, kind: "offer", sectors: ["23"], title: { en: "Gravel" } });
    await handle.db.execute(sql`update search_generation set pruned_through = generation`);
    expect(await search({ text: "suzani" })).toMatchObject({ revalidated: 0, misses: 1 });
  });

  it("keeps no changes of a transaction that writes more than a thousand versions, and checks nothing across it", async () => {
    await search({ text: "suzani" });
    const bulk = sql`insert into search_documents (entity_type, entity_id, company_id, kind, country, folded, body, published_at)
      select 'listing', gen_random_uuid(), ${az}::uuid, 'offer', 'AZ', 'gravel', 'gravel', ${now.toISOString()}::timestamptz
      from generate_series(1, 1001)`;
    await handle.db.execute(bulk);
    const [row] = rowsOf<{ kept: number | string; stamped: boolean }>(
      await handle.db.execute(sql`select count(*) as kept, (select pruned_through = generation from search_generation) as stamped
          from search_document_changes where generation = (select generation from search_generation)`),
    );
    expect(Number(row?.kept)).toBe(0);
    expect(row?.stamped).toBe(true);
    expect(await search({ text: "suzani" })).toMatchObject({ revalidated: 0, misses: 1 });
    await handle.db.execute(sql`delete from search_documents where folded = 'gravel' and body = 'gravel'`);
  });

  it("serves exact results while writes land concurrently", async () => {
    const queries: SearchPartnersParams[] = [
      { text: "zardozi" },
      { text: "suzani" },
      { text: "lot" },
      { text: "lot", countries: ["UZ"] },
      { text: "lot", countries: ["AZ"], kinds: ["request"] },
      { kinds: ["offer"], countries: ["UZ"] },
      {},
      // Short pages, later pages and the newest first: pages brought up to date, or computed when they cannot be.
      { text: "lot", pageSize: 2 },
      { text: "lot", pageSize: 2, page: 2, sort: "newest" },
      { sectors: ["23"], pageSize: 3 },
      { sectors: ["23"], pageSize: 3, sort: "newest" },
    ];
    const before = lookups();
    for (let round = 0; round < 4; round += 1) {
      for (const params of queries) await search(params);
      const writes = Array.from({ length: 6 }, (_, index) =>
        handle.db.transaction(async (tx) => {
          const words = index % 2 === 0 ? `Lot ${round}-${index}` : `Gravel ${round}-${index}`;
          // Each on its own day, older and newer than those before: some rank on the short pages, some after them.
          const publishedAt = new Date(Date.UTC(2026, 0, index % 2 === 0 ? 28 - round * 6 - index : 2 + round * 6 + index, 10));
          const id = await seedListing(tx, { companyId: index % 3 === 0 ? az : uz, kind: index % 4 === 0 ? "request" : "offer", sectors: ["23"], title: { en: words }, publishedAt });
          if (index === 5) await setListingHidden(tx, { listingId: id, hidden: true, at: now });
        }),
      );
      const rolledBack = handle.db.transaction(async (tx) => {
        await seedListing(tx, { companyId: uz, kind: "offer", title: { en: "Lot never" } });
        throw new Error("roll back");
      });
      const searching = Promise.all(queries.map((params) => search(params)));
      await Promise.all([...writes, expect(rolledBack).rejects.toThrow("roll back"), searching]);
      for (const params of queries) {
        expect((await search(params)).result, JSON.stringify(params)).toEqual(await fresh(params));
      }
    }
    // No round writes a document "zardozi" or "suzani" finds: their results were checked and kept, not computed again.
    expect(lookups().revalidated - before.revalidated).toBeGreaterThanOrEqual(8);
    expect(lookups().updated - before.updated).toBeGreaterThan(0);
  });

  it("computes a search asked twice at once only once, both readers sharing its answer", async () => {
    await seedListing(handle.db, { companyId: uz, kind: "offer", sectors: ["13"], title: { en: "Adras silk" } });
    const before = lookups();
    const [first, second] = await Promise.all([searchPartners(handle.db, { now, text: "adras" }), searchPartners(handle.db, { now, text: "adras" })]);
    const after = lookups();
    expect(second).toBe(first);
    expect(first.total).toBe(1);
    expect({ hits: after.hits - before.hits, misses: after.misses - before.misses }).toEqual({ hits: 1, misses: 1 });
  });

  it("computes every older result again after a TRUNCATE, which records no versions", async () => {
    await search({ text: "suzani" });
    await handle.db.execute(sql`truncate search_documents`);
    const after = await search({ text: "suzani" });
    expect(after).toMatchObject({ revalidated: 0, misses: 1 });
    expect(after.result.total).toBe(0);
  });
});
