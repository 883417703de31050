import type { Session } from "@karvon/api";
import { hsChapterSchema, listingInputSchema, sectorDivisionSchema } from "@karvon/data";
import { schema, seedDemoCompanies, seedDemoListings } from "@karvon/db";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { testNow } from "../support/clock";
import { errorOf } from "../support/errors";
import { embeddedTestDatabase, useTestDatabase } from "../support/databases";
import { createRandom } from "../bench/random";

type Row = typeof schema.listings.$inferSelect;
const cyrillic = /[\u0400-\u04FF]/u;
const titleOf = (row: Row) => (row.published?.title ?? {}) as Record<string, string>;

describe.each(embeddedTestDatabase())("demo listings on $name", (database) => {
  const handle = useTestDatabase(database);
  let rows: Row[];
  let countryOf: Map<string, string>;

  beforeAll(async () => {
    const random = createRandom(11).next;
    const { companyIds } = await seedDemoCompanies(handle.db, { hashPassword: async (password) => `hashed:${password}`, random, now: testNow });
    const written = await seedDemoListings(handle.db, { companyIds, random, now: testNow });
    rows = await handle.db.select().from(schema.listings);
    expect(rows).toHaveLength(written);
    const companies = await handle.db.select({ id: schema.companies.id, country: schema.companies.country }).from(schema.companies);
    countryOf = new Map(companies.map((company) => [company.id, company.country]));
  });

  it("publishes at least 300 listings in search: offers, requests and joint projects of both countries", async () => {
    const visible = rows.filter((row) => row.status === "published" && row.published !== null && (row.validUntil ?? testNow) > testNow);
    expect(visible.length).toBeGreaterThanOrEqual(300);
    const documents = await handle.db
      .select({ id: schema.searchDocuments.entityId })
      .from(schema.searchDocuments)
      .where(eq(schema.searchDocuments.entityType, "listing"));
    expect(documents).toHaveLength(visible.length);
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(["offer", "request", "joint-project"]));
    expect(new Set(rows.map((row) => countryOf.get(row.companyId)))).toEqual(new Set(["UZ", "AZ"]));
    // Each demo company publishes something.
    expect(new Set(rows.map((row) => row.companyId)).size).toBe(countryOf.size);
  });

  it("stores every listing as the listing form would, with codes that exist in @karvon/data", () => {
    for (const row of rows) {
      const checked = listingInputSchema.safeParse(row.published);
      expect(checked.success, `${JSON.stringify(titleOf(row))}: ${JSON.stringify(checked.error?.issues)}`).toBe(true);
      expect(row.content).toEqual(row.published);
      for (const code of row.hsChapters) expect(hsChapterSchema.safeParse(code).success, `HS ${code}`).toBe(true);
      for (const code of row.sectors) expect(sectorDivisionSchema.safeParse(code).success, `ISIC ${code}`).toBe(true);
      expect(row.targetCountry).not.toBe(countryOf.get(row.companyId));
    }
    // Joint projects carry the venture's own terms, and no trade terms.
    const projects = rows.filter((row) => row.kind === "joint-project").map((row) => row.published ?? {});
    expect(projects.length).toBeGreaterThanOrEqual(10);
    for (const project of projects) {
      expect(project).toMatchObject({ direction: "both", currency: "USD" });
      expect(project.capitalNeeded).toBeGreaterThan(0);
      expect(typeof project.stage).toBe("string");
      expect(String(project.partnerRole).length).toBeGreaterThan(10);
      expect(typeof project.siteRegion).toBe("string");
      expect(project.quantity).toBeUndefined();
    }
  });

  it("is written in all four languages, Uzbek in Latin and in Cyrillic", () => {
    for (const locale of ["en", "ru", "uz", "az"]) expect(rows.some((row) => titleOf(row)[locale]), locale).toBe(true);
    const uzbek = rows.filter((row) => countryOf.get(row.companyId) === "UZ").map((row) => titleOf(row).uz ?? "");
    expect(uzbek.every((title) => title !== "")).toBe(true);
    expect(uzbek.filter((title) => cyrillic.test(title)).length).toBeGreaterThanOrEqual(20);
    expect(uzbek.filter((title) => !cyrillic.test(title)).length).toBeGreaterThanOrEqual(20);
    // Azerbaijani companies write in Azerbaijani, never in Uzbek.
    for (const row of rows.filter((listing) => countryOf.get(listing.companyId) === "AZ")) {
      expect(titleOf(row).az, JSON.stringify(titleOf(row))).toBeTruthy();
      expect(titleOf(row).uz).toBeUndefined();
    }
  });

  it("plants one expired listing that only its company sees, and that it can renew into search again", async () => {
    const expired = rows.filter((row) => row.validUntil !== null && row.validUntil <= testNow);
    expect(expired).toHaveLength(1);
    const listing = expired[0] as Row;
    expect(titleOf(listing).en).toBe("Quba apples from our cold store");
    expect(listing.expiredNotifiedAt).not.toBeNull();
    const [company] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, listing.companyId));
    expect(company?.legalName).toBe("Quba Meyvə Bağları");

    const visitor = callerFor({ db: handle.db, session: null });
    const found = async () => (await visitor.search.query({ q: "Quba apples" })).hits.map((hit) => hit.entityId);
    expect((await errorOf(visitor.listing.byId({ listingId: listing.id }))).code).toBe("NOT_FOUND");
    expect(await found()).not.toContain(listing.id);

    const [owner] = await handle.db
      .select({ id: schema.user.id, email: schema.user.email, name: schema.user.name })
      .from(schema.member)
      .innerJoin(schema.user, eq(schema.user.id, schema.member.userId))
      .where(and(eq(schema.member.organizationId, company?.organizationId ?? ""), eq(schema.member.role, "owner")));
    if (owner === undefined) throw new Error("no owner of the Quba company");
    const session: Session = {
      user: { ...owner, role: "user", emailVerified: true, banned: false, locale: "az" },
      session: { id: "session-quba" },
    };
    const mine = await callerFor({ db: handle.db, session }).listing.mine({ companyId: listing.companyId });
    expect(mine.find((row) => row.id === listing.id)?.validUntil?.getTime()).toBe(listing.validUntil?.getTime());

    const renewed = await callerFor({ db: handle.db, session }).listing.renew({ listingId: listing.id });
    expect(renewed.validUntil?.getTime()).toBeGreaterThan(testNow.getTime() + 180 * 24 * 3600 * 1000);
    expect((await visitor.listing.byId({ listingId: listing.id })).title.en).toBe("Quba apples from our cold store");
    expect(await found()).toContain(listing.id);
  });
});
