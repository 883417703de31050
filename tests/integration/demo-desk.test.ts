import { seedDemoData, type Session } from "@karvon/api";
import { companySubmitSchema, listingInputSchema } from "@karvon/data";
import { countModerationQueues, demoDeskCompanies, listAppeals, listModerationQueue, schema, seedDemoCompanies, seedDemoListings } from "@karvon/db";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "../bench/random";
import { callerFor } from "../support/caller";
import { testNow } from "../support/clock";
import { embeddedTestDatabase, useTestDatabase } from "../support/databases";

describe.each(embeddedTestDatabase())("demo listings' own words on $name", (database) => {
  const handle = useTestDatabase(database);

  it("never gives listings of two companies the same description, in any language", async () => {
    const random = createRandom(5).next;
    const { companyIds } = await seedDemoCompanies(handle.db, { hashPassword: async (password) => `hashed:${password}`, random, now: testNow });
    await seedDemoListings(handle.db, { companyIds, random, now: testNow });
    const rows = await handle.db.select({ companyId: schema.listings.companyId, published: schema.listings.published }).from(schema.listings);
    const companiesOf = new Map<string, Set<string>>();
    for (const row of rows) {
      for (const text of Object.values(row.published?.description ?? {})) {
        companiesOf.set(text, (companiesOf.get(text) ?? new Set()).add(row.companyId));
      }
    }
    expect(companiesOf.size).toBeGreaterThan(300);
    const shared = [...companiesOf].filter(([, companies]) => companies.size > 1).map(([text]) => text);
    expect(shared).toEqual([]);
  });
});

describe.each(embeddedTestDatabase())("the demo moderation desk on $name", (database) => {
  const handle = useTestDatabase(database);
  let accounts: { email: string; role: string; company: string }[];
  beforeAll(async () => {
    const seeded = await seedDemoData(handle.db, { random: createRandom(3).next });
    accounts = seeded?.accounts ?? [];
  });

  it("has companies, listings, edits and reports waiting in the moderators' queue", async () => {
    const queue = await listModerationQueue(handle.db, { limit: 100 });
    const kinds = (kind: string) => queue.filter((item) => item.kind === kind);
    expect(kinds("company").length).toBeGreaterThanOrEqual(1);
    expect(kinds("listing").length).toBeGreaterThanOrEqual(1);
    // Edits of a published company and of a published listing.
    expect(kinds("edit").map((item) => item.itemType).sort()).toEqual(["company", "listing"]);
    expect(kinds("report").length).toBeGreaterThanOrEqual(1);
    const counts = await countModerationQueues(handle.db);
    expect(counts.company + counts.listing + counts.edit + counts.report).toBe(queue.length);
    // None of them belongs to the companies the demo owners sign in with.
    const owned = new Set(accounts.filter((entry) => entry.role === "user").slice(0, 62).map((entry) => entry.company));
    for (const item of queue) expect(owned.has(item.companyName ?? ""), item.companyName ?? "").toBe(false);
  });

  it("writes the desk's companies and listings as the portal's forms would", async () => {
    const names = Object.values(demoDeskCompanies).map((company) => company.name);
    const rows = await handle.db.select().from(schema.companies).where(inArray(schema.companies.legalName, names));
    expect(rows).toHaveLength(names.length);
    for (const row of rows) {
      const checked = companySubmitSchema.safeParse({ ...row.profile, country: row.country, taxId: row.taxId, legalName: row.legalName });
      expect(checked.success, `${row.legalName}: ${JSON.stringify(checked.error?.issues)}`).toBe(true);
    }
    const listings = await handle.db.select().from(schema.listings).where(inArray(schema.listings.companyId, rows.map((row) => row.id)));
    expect(listings.length).toBeGreaterThanOrEqual(4);
    for (const listing of listings) {
      const checked = listingInputSchema.safeParse(listing.content);
      expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
    }
  });

  it("has an open appeal of a suspended company that the demo admin may decide", async () => {
    const open = await listAppeals(handle.db, { status: "open" });
    expect(open).toHaveLength(1);
    const appeal = open[0];
    const [company] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, appeal?.companyId ?? ""));
    expect(company?.suspendedAt).not.toBeNull();
    expect(appeal?.kind).toBe("suspension");

    const admin = accounts.find((entry) => entry.role === "admin");
    const [person] = await handle.db.select().from(schema.user).where(eq(schema.user.email, admin?.email ?? ""));
    if (person === undefined) throw new Error("no demo admin");
    expect(person.role).toBe("admin");
    const session: Session = {
      user: { id: person.id, name: person.name, email: person.email, role: "admin", emailVerified: true, banned: false, locale: "en" },
      session: { id: "session-demo-admin" },
    };
    const listed = await callerFor({ db: handle.db, session }).moderation.appeals.list({ status: "open" });
    expect(listed.map((row) => row.id)).toEqual([appeal?.id]);
  });
});
