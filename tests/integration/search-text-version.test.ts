import { refreshStaleSearchDocuments, searchPartners, searchTextVersion, type DbHandle } from "@karvon/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

const now = new Date("2026-02-01T10:00:00Z");

type Row = { folded: string; name_folded: string; concepts: string };
const rowsOf = (result: unknown): Row[] => (Array.isArray(result) ? result : ((result as { rows?: Row[] }).rows ?? []));

/**
 * Search documents written under older folding rules or an older vocabulary must not keep their stale text: when
 * the stored version differs from the code's, start-up writes every document again.
 */
describe.each(testDatabases())("search documents of an older text version on $name", (database) => {
  let handle: DbHandle;
  let listingId = "";

  beforeAll(async () => {
    handle = await database.open();
    const company = await seedCompany(handle.db, { legalName: "Qoʻqon Kalava", country: "UZ", region: "UZ-FA", district: "UZ-FA-kokand-city", sectors: ["13"] });
    listingId = await seedListing(handle.db, { companyId: company, kind: "offer", sectors: ["13"], title: { uz: "Paxta ipi" } });
  });

  afterAll(async () => {
    await handle.close();
  });

  it("is stamped with the current version once migrated, and left alone then", async () => {
    expect(await refreshStaleSearchDocuments(handle.db, now)).toBe(false);
    const [row] = rowsOf(await handle.db.execute(sql`select version from search_text_version`)) as unknown as { version: string }[];
    expect(row?.version).toBe(searchTextVersion);
  });

  it("writes every document again when its version is an older one", async () => {
    // What an older release could have left: other folding, no company name apart, no place names in the concepts.
    await handle.db.execute(sql`update search_documents set folded = 'stale words', name_folded = '', concepts = '', body = 'stale words'`);
    await handle.db.execute(sql`update search_text_version set version = 'older'`);
    expect((await searchPartners(handle.db, { now, text: "kokand" })).total).toBe(0);

    expect(await refreshStaleSearchDocuments(handle.db, now)).toBe(true);

    const rows = rowsOf(await handle.db.execute(sql`select folded, name_folded, concepts from search_documents`));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.folded).not.toContain("stale");
    expect(rows.some((row) => row.name_folded === "qoqon kalava")).toBe(true);
    const found = await searchPartners(handle.db, { now, text: "kokand paxta" });
    expect(found.hits.map((hit) => hit.entityId)).toContain(listingId);
    const [stamp] = rowsOf(await handle.db.execute(sql`select version from search_text_version`)) as unknown as { version: string }[];
    expect(stamp?.version).toBe(searchTextVersion);
  });
});
