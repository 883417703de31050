import { refreshSearchDocumentsForCompanies, refreshSearchDocumentsForCompany, schema } from "@karvon/db";
import { asc, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

const now = new Date("2026-02-01T10:00:00Z");

/**
 * The bulk refresh (demo seed, benchmark load) must write exactly what the one-company refresh that publishing
 * calls writes: the same documents, none for companies that are not public or listings that are hidden or expired.
 */
describe.each(testDatabases())("refreshSearchDocumentsForCompanies on $name", (database) => {
  const handle = useTestDatabase(database);
  const companyIds: string[] = [];

  const documents = () =>
    handle.db
      .select()
      .from(schema.searchDocuments)
      .where(inArray(schema.searchDocuments.companyId, companyIds))
      .orderBy(asc(schema.searchDocuments.entityId));

  beforeAll(async () => {
    const db = handle.db;
    const open = await seedCompany(db, { legalName: "Samarqand Meva", country: "UZ", region: "UZ-SA", sectors: ["01"], hsChapters: ["08"] });
    const verified = await seedCompany(db, { legalName: "Gəncə Alüminium", country: "AZ", region: "AZ-GDA", hsChapters: ["76"], verified: true });
    const suspended = await seedCompany(db, { legalName: "Yopiq Savdo", country: "UZ", suspended: true });
    const draft = await seedCompany(db, { legalName: "Qoralama MChJ", country: "UZ", published: false });
    companyIds.push(open, verified, suspended, draft);
    await seedListing(db, { companyId: open, kind: "offer", hsChapters: ["08"], title: { uz: "Quritilgan oʻrik", ru: "Курага" } }, now);
    await seedListing(db, { companyId: open, kind: "request", title: { en: "Cold storage wanted" }, hidden: true }, now);
    await seedListing(db, { companyId: open, kind: "offer", title: { en: "Last year's apricots" }, validUntil: new Date("2026-01-25T00:00:00Z") }, now);
    await seedListing(db, { companyId: verified, kind: "offer", hsChapters: ["76"], title: { az: "Alüminium profillər" } }, now);
    await seedListing(db, { companyId: suspended, kind: "offer", title: { uz: "Sement" } }, now);
  });
  afterAll(async () => handle.close());

  it("writes the same documents as refreshing one company at a time", async () => {
    for (const id of companyIds) await refreshSearchDocumentsForCompany(handle.db, id, now);
    const oneByOne = await documents();
    // Two company documents and two listings: the hidden and the expired listing, the suspended and the draft
    // company have none.
    expect(oneByOne.map((row) => row.entityType).sort()).toEqual(["company", "company", "listing", "listing"]);

    await handle.db.delete(schema.searchDocuments).where(inArray(schema.searchDocuments.companyId, companyIds));
    await refreshSearchDocumentsForCompanies(handle.db, companyIds, now);
    // The surrogate id is new (the rows were deleted and written again); everything else must match.
    const strip = (rows: typeof oneByOne) => rows.map(({ id: _id, ...rest }) => rest);
    expect(strip(await documents())).toEqual(strip(oneByOne));
  });

  it("takes a company's documents out of search when it is no longer public", async () => {
    const [open] = companyIds;
    await handle.db.update(schema.companies).set({ suspendedAt: now }).where(inArray(schema.companies.id, [open as string]));
    await refreshSearchDocumentsForCompanies(handle.db, companyIds, now);
    const left = await documents();
    expect(left.some((row) => row.companyId === open)).toBe(false);
    expect(left).toHaveLength(2);
  });
});
