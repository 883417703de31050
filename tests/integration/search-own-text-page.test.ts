import { searchPartners } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";
import { explainingStatements, mostDocumentsRead, type PlanNode } from "../support/statement-plans";

/**
 * A page of one word is first looked for among the documents with the word in their own text: the others a common
 * word finds only through their classification rank below them all. The page must be the same as ranking
 * every match, whether the own-text documents fill it or not, and when they do the statement must not read the
 * others.
 */
const now = new Date("2026-02-01T10:00:00Z");
const ownText = 3;
const classifiedOnly = 30;

describe.each(testDatabases())("the page of a common word on $name", (database) => {
  const handle = useTestDatabase(database);
  const ownListings: string[] = [];

  beforeAll(async () => {
    const db = handle.db;
    const grower = await seedCompany(db, { legalName: "Sharq Agro", country: "UZ", region: "UZ-FA", sectors: ["01"], verified: false });
    for (let index = 0; index < ownText; index++) {
      ownListings.push(
        await seedListing(
          db,
          {
            companyId: grower,
            hsChapters: ["52"],
            title: { uz: `Paxta tolasi, ${index + 1}-nav` },
            publishedAt: new Date(Date.UTC(2025, 10, 1 + index)),
            validUntil: null,
          },
          now,
        ),
      );
    }
    // Found by "paxta" through HS chapter 52 only, and verified and newer: above the own-text listings on every
    // part of the rank but the words.
    const mill = await seedCompany(db, { legalName: "Xəzər Toxuculuq", country: "AZ", region: "AZ-BAK", sectors: ["14"], verified: true });
    for (let index = 0; index < classifiedOnly; index++) {
      await seedListing(
        db,
        {
          companyId: mill,
          hsChapters: ["52"],
          title: { az: `Lif partiyası ${index + 1}` },
          publishedAt: new Date(Date.UTC(2026, 0, 1 + (index % 28))),
          validUntil: null,
        },
        now,
      );
    }
  });

  it("is the slice of the whole ranking, whether the own-text documents fill the page or not", async () => {
    const whole = await searchPartners(handle.db, { text: "paxta", pageSize: 50, now });
    // Every match fits on the page (a company classified under textiles may match too).
    expect(whole.total).toBeGreaterThanOrEqual(ownText + classifiedOnly);
    expect(whole.hits).toHaveLength(whole.total);
    const order = whole.hits.map((hit) => hit.entityId);
    expect(order.slice(0, ownText).sort()).toEqual([...ownListings].sort());
    for (const pageSize of [1, 2, 3, 5]) {
      for (let page = 1; (page - 1) * pageSize < order.length && page <= 4; page++) {
        const result = await searchPartners(handle.db, { text: "paxta", page, pageSize, now });
        expect(result.hits.map((hit) => hit.entityId), `page ${page} of ${pageSize}`).toEqual(order.slice((page - 1) * pageSize, page * pageSize));
        expect(result.total).toBe(whole.total);
      }
    }
  });

  it("reads only the own-text documents when they fill the page", async () => {
    const plans: PlanNode[] = [];
    const explaining = explainingStatements(handle.db, "with page as", plans);
    // A day later than the other searches: no cached result or count answers these.
    const later = new Date(now.getTime() + 24 * 3600 * 1000);
    await searchPartners(explaining, { text: "paxta", page: 1, pageSize: 2, now: later });
    await searchPartners(explaining, { text: "paxta", page: 2, pageSize: 2, now: later });
    expect(plans).toHaveLength(2);
    const [filled, notFilled] = plans.map(mostDocumentsRead);
    expect(filled).toBeLessThanOrEqual(ownText);
    // Page 2 of 2 needs a fourth hit: every match is ranked.
    expect(notFilled).toBeGreaterThanOrEqual(ownText + classifiedOnly);
  });
});
