import type { Session } from "@karvon/api";
import { schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { errorOf } from "../support/errors";
import { createUser, seedCompany, seedListing } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("appeals on $name", (database) => {
  const handle = useTestDatabase(database);
  let owner: Session;
  let colleague: Session;
  let stranger: Session;
  let hidingAdmin: Session;
  let otherAdmin: Session;

  beforeAll(async () => {
    owner = await createUser(handle.db, "owner-gulnara", { locale: "uz" });
    colleague = await createUser(handle.db, "member-farid");
    stranger = await createUser(handle.db, "stranger-orxan", { locale: "az" });
    hidingAdmin = await createUser(handle.db, "admin-murod", { role: "admin" });
    otherAdmin = await createUser(handle.db, "admin-sevinj", { role: "admin" });
  });

  /** A published company of `owner` (with `colleague` as a plain member) and one listing in search. */
  async function seedOwnedListing(title: string) {
    const companyId = await seedCompany(handle.db, { legalName: "Fergana Silk", country: "UZ", sectors: ["13"] });
    const [company] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, companyId));
    const organizationId = company?.organizationId ?? "";
    await handle.db.insert(schema.member).values([
      { id: randomUUID(), organizationId, userId: owner.user.id, role: "owner" },
      { id: randomUUID(), organizationId, userId: colleague.user.id, role: "member" },
    ]);
    const listingId = await seedListing(handle.db, { companyId, kind: "offer", title: { en: title }, sectors: ["13"], publishedAt: new Date("2026-11-01T10:00:00Z") }, fakeClock().now());
    return { companyId, listingId };
  }

  it("lets the owner appeal a hidden listing once; another admin grants it and the listing is back in search", async () => {
    const clock = fakeClock();
    const { listingId } = await seedOwnedListing("Raw silk cocoons");
    const searchIds = async () => (await callerFor({ db: handle.db, session: null, clock }).search.query({ q: "cocoons" })).hits.map((hit) => hit.entityId);
    expect(await searchIds()).toContain(listingId);

    const report = await callerFor({ db: handle.db, session: stranger, clock }).report.create({ targetType: "listing", targetId: listingId, reason: "fraud" });
    await callerFor({ db: handle.db, session: hidingAdmin, clock }).moderation.reports.resolve({ reportId: report.id, action: "hide", reasons: ["misleading"], note: "Photos from another seller." });
    expect(await searchIds()).not.toContain(listingId);

    const asOwner = callerFor({ db: handle.db, session: owner, clock });
    const item = { itemType: "listing", itemId: listingId } as const;
    expect(await asOwner.appeal.forItem(item)).toEqual({ canAppeal: true, appeal: null });
    // A plain member reads the state but may not file; someone outside the company learns nothing.
    expect(await callerFor({ db: handle.db, session: colleague, clock }).appeal.forItem(item)).toEqual({ canAppeal: false, appeal: null });
    expect((await errorOf(callerFor({ db: handle.db, session: stranger, clock }).appeal.forItem(item))).code).toBe("NOT_FOUND");

    const appeal = await asOwner.appeal.create({ ...item, message: "These are our own photos, taken in our workshop." });
    expect(appeal).toMatchObject({ kind: "hiding", status: "open" });
    expect((await errorOf(asOwner.appeal.create({ ...item, message: "Please look at our listing again." }))).keys).toEqual(["errors.moderation.alreadyAppealed"]);
    expect(await asOwner.appeal.forItem(item)).toMatchObject({ canAppeal: false, appeal: { id: appeal.id, kind: "hiding", status: "open" } });

    // The admin who hid the listing may not judge their own decision.
    expect((await errorOf(callerFor({ db: handle.db, session: hidingAdmin, clock }).moderation.appeals.decide({ appealId: appeal.id, outcome: "granted" }))).keys).toEqual(["errors.moderation.sameModerator"]);
    clock.advanceMinutes(5);
    await callerFor({ db: handle.db, session: otherAdmin, clock }).moderation.appeals.decide({ appealId: appeal.id, outcome: "granted", note: "The seller's own photos." });

    expect(await searchIds()).toContain(listingId);
    const [listing] = await handle.db.select().from(schema.listings).where(eq(schema.listings.id, listingId));
    expect(listing?.hiddenAt).toBeNull();
    expect(await asOwner.appeal.forItem(item)).toMatchObject({ canAppeal: false, appeal: { id: appeal.id, status: "granted", decisionNote: "The seller's own photos." } });
    expect((await asOwner.notification.list({})).map((notice) => notice.kind)).toContain("appeal.granted");
  });

  it("shows a denied appeal's outcome while the listing stays hidden", async () => {
    const clock = fakeClock();
    const { listingId } = await seedOwnedListing("Silk scarves");
    const report = await callerFor({ db: handle.db, session: stranger, clock }).report.create({ targetType: "listing", targetId: listingId, reason: "spam" });
    await callerFor({ db: handle.db, session: hidingAdmin, clock }).moderation.reports.resolve({ reportId: report.id, action: "hide", reasons: ["misleading"] });
    const item = { itemType: "listing", itemId: listingId } as const;
    const appeal = await callerFor({ db: handle.db, session: owner, clock }).appeal.create({ ...item, message: "We sell these scarves ourselves." });
    await callerFor({ db: handle.db, session: otherAdmin, clock }).moderation.appeals.decide({ appealId: appeal.id, outcome: "denied", note: "The stock photos stay." });
    expect(await callerFor({ db: handle.db, session: owner, clock }).appeal.forItem(item)).toMatchObject({ canAppeal: false, appeal: { status: "denied", decisionNote: "The stock photos stay." } });
  });
});
