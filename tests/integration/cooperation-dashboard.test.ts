import { randomUUID } from "node:crypto";
import type { ListingKind } from "@karvon/data";
import { schema } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, type Caller } from "../support/caller";
import { testDatabases, useTestDatabase } from "../support/databases";

const now = new Date("2026-03-15T12:00:00Z");
const january = new Date("2026-01-10T09:00:00Z");
const future = new Date("2026-09-01T00:00:00Z");

describe.each(testDatabases())("cooperation dashboard on $name", (database) => {
  const handle = useTestDatabase(database);
  let caller: Caller;

  beforeAll(async () => {
    caller = callerFor({ db: handle.db, session: null, clock: { now: () => now } });
    const orgs = ["o1", "o2", "o3", "o4"].map((id) => ({ id, name: id, slug: id }));
    await handle.db.insert(schema.organization).values(orgs);
    const [uz, az, azDraft, uzSuspended] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await handle.db.insert(schema.companies).values([
        { id: uz, organizationId: "o1", slug: "uz", country: "UZ", taxId: "301234567", legalName: "UZ", publishedAt: january },
        { id: az, organizationId: "o2", slug: "az", country: "AZ", taxId: "1400057421", legalName: "AZ", publishedAt: now },
        { id: azDraft, organizationId: "o3", slug: "az-draft", country: "AZ", taxId: "1400057431", legalName: "AZ draft" },
        { id: uzSuspended, organizationId: "o4", slug: "uz-suspended", country: "UZ", taxId: "301234568", legalName: "UZ suspended", publishedAt: now, suspendedAt: now },
      ]);
    const listing = (companyId: string, kind: ListingKind, hsChapters: string[], extra: Partial<typeof schema.listings.$inferInsert> = {}) => ({
      companyId, kind, hsChapters, published: { title: { en: kind } }, publishedAt: now, validUntil: future, ...extra,
    });
    await handle.db.insert(schema.listings).values([
      listing(az, "offer", ["76", "39"]),
      listing(az, "offer", ["76"]),
      listing(uz, "request", ["76"]),
      listing(uz, "request", ["39"], { hiddenAt: now }),
      listing(uz, "offer", ["52"], { validUntil: january }),
      listing(azDraft, "offer", ["52"]),
      listing(uzSuspended, "request", ["52"]),
      listing(az, "request", ["52"], { published: null, publishedAt: null }),
    ]);
    await handle.db.insert(schema.contactRequests).values([
      { senderCompanyId: uz, recipientCompanyId: az, purpose: "supply", message: "m", idempotencyKey: randomUUID(), createdAt: january, expiresAt: future, status: "accepted", respondedAt: now },
      { senderCompanyId: az, recipientCompanyId: uz, purpose: "supply", message: "m", idempotencyKey: randomUUID(), createdAt: now, expiresAt: future },
    ]);
  });

  it("counts public offers of the partner and requests of the importer per chapter, ranked", async () => {
    const opportunities = await caller.cooperation.opportunities({});
    // Chapters with a published national import figure come first, larger first, even without listings.
    expect(opportunities.map((row) => `${row.chapter}-${row.importer}`)).toEqual(["30-UZ", "87-UZ", "10-UZ", "39-AZ", "10-AZ", "30-AZ", "76-UZ", "39-UZ"]);
    expect(opportunities.slice(-2)).toEqual([
      { chapter: "76", importer: "UZ", offers: 2, requests: 1 },
      { chapter: "39", importer: "UZ", offers: 1, requests: 0 },
    ]);
  });

  it("cites a published figure with its product, the origins it counts, period and source", async () => {
    const plastics = (await caller.cooperation.opportunities({})).find((row) => row.chapter === "39" && row.importer === "AZ");
    expect(plastics).toEqual({
      chapter: "39",
      importer: "AZ",
      offers: 0,
      requests: 0,
      figure: {
        product: { en: "plastics and articles thereof", ru: "пластмассы и изделия из них", uz: "plastmassa va undan tayyorlangan buyumlar", az: "plastik kütlələr və onlardan məmulatlar" },
        origins: "all-countries",
        value: 460_790_000,
        unit: "USD",
        period: { from: "2023-01-01", to: "2023-12-31" },
        source: "azernews-2024-06-22-plastics-trade",
      },
    });
  });

  // March: the two offers and the request of 76 and the offer of 52 published then (expired since); never the
  // hidden one, nor those of a draft or suspended company.
  it("gives every month of the last year, zero where nothing happened", async () => {
    const activity = await caller.cooperation.activity({});
    expect(activity).toHaveLength(12);
    expect(activity[0]?.month).toBe("2025-04");
    expect(activity.at(-1)).toEqual({ month: "2026-03", companies: 1, listings: 4, contactRequests: 1, acceptedContacts: 1 });
    expect(activity.find((row) => row.month === "2026-01")).toEqual({ month: "2026-01", companies: 1, listings: 0, contactRequests: 1, acceptedContacts: 0 });
    expect(activity.filter((row) => row.month < "2026-01").every((row) => row.companies + row.listings + row.contactRequests + row.acceptedContacts === 0)).toBe(true);
  });
});
