import { searchPartners, type SearchResult } from "@karvon/db";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";
import { explainingStatements, mostDocumentsRead, type PlanNode } from "../support/statement-plans";

/**
 * Two words must both match. One GIN index over the documents' words and stems intersects them, so the page and
 * the counts read only the documents with both — not each word's documents, grouped by id and joined back (at
 * size M, `ulgurji sifat`: 52,709 and 116,525 rows read for the 52,653 with both).
 * The documents with both words in their title or description outrank the others; when they fill a page, it is read
 * from them alone (at size M, `solar panels`: 1,969 of the 23,246 with both words).
 */
const now = new Date("2026-02-01T10:00:00Z");
const withBoth = 3;
const withOne = 25;
/** Documents with both words, one of them only in their company's name. */
const withOneInName = 20;

describe.each(testDatabases())("a search of two words on $name", (database) => {
  const handle = useTestDatabase(database);
  const bothInTitle: string[] = [];

  beforeAll(async () => {
    const db = handle.db;
    const mill = await seedCompany(db, { legalName: "Namangan Yigiruv", country: "UZ", region: "UZ-NG", sectors: ["13"] });
    for (let index = 0; index < withOne; index++) {
      const publishedAt = new Date(Date.UTC(2026, 0, 1, index));
      await seedListing(db, { companyId: mill, title: { uz: `Ulgurji savdo, ${index + 1}-lot` }, publishedAt }, now);
      await seedListing(db, { companyId: mill, title: { uz: `Yuqori sifat kafolati, ${index + 1}-lot` }, publishedAt }, now);
    }
    for (let index = 0; index < withBoth; index++) {
      bothInTitle.push(
        await seedListing(db, { companyId: mill, title: { uz: `Ulgurji yuqori sifat, ${index + 1}-lot` }, publishedAt: new Date(Date.UTC(2026, 0, 20 + index)) }, now),
      );
    }
    const trader = await seedCompany(db, { legalName: "Sifat Invest", country: "UZ", region: "UZ-TK", sectors: ["13"] });
    for (let index = 0; index < withOneInName; index++) {
      await seedListing(db, { companyId: trader, title: { uz: `Ulgurji partiyalar, ${index + 1}-lot` }, publishedAt: new Date(Date.UTC(2026, 0, 25, index)) }, now);
    }
    await db.execute(sql`analyze search_documents`);
  });

  it("reads only the documents with both words, for the page and for the counts", async () => {
    const pages: PlanNode[] = [];
    const counts: PlanNode[] = [];
    const result: SearchResult = await handle.db.transaction(async (tx) => {
      // As on a large table, where reading all of it is never the cheap way.
      await tx.execute(sql`set local enable_seqscan = off`);
      const explaining = explainingStatements(explainingStatements(tx, "with page as", pages), "with found as", counts);
      return searchPartners(explaining, { text: "ulgurji sifat", now });
    });
    expect(result.total).toBe(withBoth + withOneInName);
    expect(pages).toHaveLength(1);
    expect(counts).toHaveLength(1);
    expect(mostDocumentsRead(pages[0] as PlanNode)).toBeLessThanOrEqual(withBoth + withOneInName);
    expect(mostDocumentsRead(counts[0] as PlanNode)).toBeLessThanOrEqual(withBoth + withOneInName);
  });

  it("reads a page that the documents with both words in their title or description fill from them alone", async () => {
    const pages: PlanNode[] = [];
    const result: SearchResult = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return searchPartners(explainingStatements(tx, "with page as", pages), { text: "ulgurji sifat", now, pageSize: 2 });
    });
    expect(result.hits).toHaveLength(2);
    for (const hit of result.hits) expect(bothInTitle).toContain(hit.entityId);
    expect(pages).toHaveLength(1);
    expect(mostDocumentsRead(pages[0] as PlanNode)).toBeLessThanOrEqual(withBoth);
  });
});
