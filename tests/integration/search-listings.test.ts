import { expireListings, notifySavedSearches, type Session } from "@karvon/api";
import type { ListingInput } from "@karvon/data";
import { approveListingVersion, listMail, schema, setListingHidden } from "@karvon/db";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { testDatabases, useTestDatabase } from "../support/databases";
import { seedCompany, seedListing } from "../support/factories";

const start = new Date("2026-03-01T09:00:00Z");

function sessionOf(id: string, role: Session["user"]["role"] = "user"): Session {
  return {
    user: { id, email: `${id}@example.com`, name: id, role, emailVerified: true, banned: false, locale: "ru" },
    session: { id: `session-${id}` },
  };
}

const aluminium = (title: string): ListingInput => ({
  kind: "offer",
  title: { ru: title, uz: "Alyuminiy profillar" },
  description: { ru: "Профили из алюминия для окон и фасадов." },
  sectors: ["24"],
  hsChapters: ["76"],
  cooperationKinds: ["supply"],
  direction: "export",
});

describe.each(testDatabases())("listings, search and saved searches through the API on $name", (database) => {
  const handle = useTestDatabase(database);
  let publishedCompany: string;
  let draftCompany: string;
  let now = start;
  const caller = (session: Session | null) => callerFor({ db: handle.db, session, clock: { now: () => now } });

  beforeAll(async () => {
    const db = handle.db;
    await db.insert(schema.user).values(
      ["owner", "stranger", "drafter", "buyer", "moderator"].map((id) => ({ id, name: id, email: `${id}@example.com`, locale: "ru" as const })),
    );
    publishedCompany = await seedCompany(db, { legalName: "Bakı Alüminium", country: "AZ", region: "AZ-BAK", at: start });
    draftCompany = await seedCompany(db, { legalName: "Qoralama MChJ", country: "UZ", published: false, at: start });
    const buyerCompany = await seedCompany(db, { legalName: "Toshkent Deraza", country: "UZ", region: "UZ-TK", at: start });
    const organizationOf = async (companyId: string) => {
      const [row] = await db.select().from(schema.companies).where(eq(schema.companies.id, companyId));
      if (row === undefined) throw new Error("no company");
      return row.organizationId;
    };
    await db.insert(schema.member).values([
      { id: "m1", organizationId: await organizationOf(publishedCompany), userId: "owner", role: "owner" },
      { id: "m2", organizationId: await organizationOf(draftCompany), userId: "drafter", role: "owner" },
      { id: "m3", organizationId: await organizationOf(buyerCompany), userId: "buyer", role: "owner" },
    ]);
    await seedListing(db, {
      companyId: buyerCompany, kind: "request", hsChapters: ["76"], sectors: ["24"], direction: "import", importsFrom: ["CN"],
      title: { uz: "Alyuminiy profil kerak" }, publishedAt: start, validUntil: new Date("2026-12-01T00:00:00Z"),
    }, start);
  });

  it("lets only members of a published company create listings", async () => {
    await expect(caller(sessionOf("drafter")).listing.create({ companyId: draftCompany, listing: aluminium("Профиль") }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: "errors.listing.companyNotPublished" });
    await expect(caller(sessionOf("stranger")).listing.create({ companyId: publishedCompany, listing: aluminium("Профиль") }))
      .rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller(null).listing.create({ companyId: publishedCompany, listing: aluminium("Профиль") }))
      .rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("walks the life cycle: submit, approve, edit under review while public, hide, expire, renew", async () => {
    const owner = caller(sessionOf("owner"));
    const created = await owner.listing.create({ companyId: publishedCompany, listing: aluminium("Алюминиевый профиль"), submit: true });
    expect(created.status).toBe("submitted");
    const search = (q: string) => caller(null).search.query({ q });
    const idsFor = async (q: string) => (await search(q)).hits.map((hit) => hit.entityId);

    // Not public before approval.
    await expect(caller(null).listing.byId({ listingId: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await idsFor("алюминиевый")).not.toContain(created.id);

    // A stale version loses; the current one publishes and enters search.
    expect(await approveListingVersion(handle.db, { listingId: created.id, version: created.version - 1, moderatorId: "moderator", at: now })).toBeNull();
    const approved = await approveListingVersion(handle.db, { listingId: created.id, version: created.version, moderatorId: "moderator", at: now });
    expect(approved?.status).toBe("published");
    expect(approved?.validUntil?.getTime()).toBe(now.getTime() + 182 * 24 * 3600 * 1000);
    expect(await idsFor("алюминиевый")).toContain(created.id);
    expect((await caller(null).listing.byId({ listingId: created.id })).title.ru).toBe("Алюминиевый профиль");

    // An edit goes back to review; the approved version stays public meanwhile.
    const edited = await owner.listing.update({ listingId: created.id, listing: aluminium("Оконный профиль АД31") });
    expect(edited.status).toBe("submitted");
    expect((await caller(null).listing.byId({ listingId: created.id })).title.ru).toBe("Алюминиевый профиль");
    expect(await idsFor("АД31")).not.toContain(created.id);
    await approveListingVersion(handle.db, { listingId: created.id, version: edited.version, moderatorId: "moderator", at: now });
    expect(await idsFor("АД31")).toContain(created.id);

    // Hidden by a moderator: out of search and off the public page.
    await setListingHidden(handle.db, { listingId: created.id, hidden: true, reason: "misleading", at: now });
    expect(await idsFor("АД31")).not.toContain(created.id);
    await expect(caller(null).listing.byId({ listingId: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setListingHidden(handle.db, { listingId: created.id, hidden: false, at: now });
    expect(await idsFor("АД31")).toContain(created.id);

    // Expiry: out of search, one mail to the author, in Russian.
    now = new Date("2026-10-01T09:00:00Z");
    expect(await expireListings(handle.db, now, { publicUrl: "https://karvon.test" })).toBeGreaterThanOrEqual(1);
    expect(await idsFor("АД31")).not.toContain(created.id);
    const mails = await listMail(handle.db, { to: "owner@example.com" });
    expect(mails.filter((mail) => mail.template === "listings.expired")).toHaveLength(1);
    expect(mails[0]?.subject).toContain("Оконный профиль АД31");
    expect(await expireListings(handle.db, now, { publicUrl: "https://karvon.test" })).toBe(0);

    // Renewal brings it back for another six months.
    const renewed = await owner.listing.renew({ listingId: created.id });
    expect(renewed.validUntil?.getTime()).toBe(now.getTime() + 182 * 24 * 3600 * 1000);
    expect(await idsFor("АД31")).toContain(created.id);
    expect((await owner.listing.mine({ companyId: publishedCompany })).map((listing) => listing.id)).toContain(created.id);
    await expect(caller(sessionOf("stranger")).listing.workingCopy({ listingId: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses unknown filter codes and accepts any text", async () => {
    const anyone = caller(null);
    await expect(anyone.search.query({ country: "XX" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(anyone.search.query({ hsChapter: "77" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(anyone.search.query({ type: "everything" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const hostile = await anyone.search.query({ q: `'&|!():*<>"\\`.repeat(1000) });
    expect(hostile.total).toBeGreaterThanOrEqual(0);
    const beyond = await anyone.search.query({ q: "alyuminiy", page: 500 });
    expect(beyond.hits).toEqual([]);
  });

  it("proposes partners across the border with reasons", async () => {
    const suggestions = await caller(sessionOf("buyer")).search.partnersForYou({});
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions[0]?.theirs.country).toBe("AZ");
    expect(suggestions[0]?.reasons[0]).toEqual({ code: "they-offer-what-you-seek", hsChapters: ["76"], sectors: ["24"] });
    expect(suggestions[0]?.reasons).toContainEqual({ code: "replace-your-imports", countries: ["CN"] });
  });

  it("proposes partners for a company I name only when I am its member", async () => {
    const mine = await caller(sessionOf("buyer")).search.partnersForYou({});
    const named = await caller(sessionOf("owner")).search.partnersForYou({ companyId: publishedCompany });
    expect(named.every((suggestion) => suggestion.theirs.country === "UZ")).toBe(true);
    await expect(caller(sessionOf("stranger")).search.partnersForYou({ companyId: publishedCompany }))
      .rejects.toMatchObject({ code: "NOT_FOUND", message: "errors.company.notFound" });
    await expect(caller(sessionOf("owner")).search.partnersForYou({ companyId: draftCompany }))
      .rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(mine.length).toBeGreaterThan(0);
  });

  it("mails saved searches about new listings once a day, and unsubscribes with one click", async () => {
    const buyer = caller(sessionOf("buyer"));
    now = new Date("2026-10-02T09:00:00Z");
    await buyer.savedSearch.save({ name: "Профили", query: { q: "профиль", country: "AZ" }, locale: "ru" });
    expect(await notifySavedSearches(handle.db, now, { publicUrl: "https://karvon.test" })).toBe(0);

    const owner = caller(sessionOf("owner"));
    const fresh = await owner.listing.create({ companyId: publishedCompany, listing: aluminium("Новый профиль"), submit: true });
    now = new Date("2026-10-02T12:00:00Z");
    await approveListingVersion(handle.db, { listingId: fresh.id, version: fresh.version, moderatorId: "moderator", at: now });
    now = new Date("2026-10-03T06:00:00Z");
    expect(await notifySavedSearches(handle.db, now, { publicUrl: "https://karvon.test" })).toBe(1);
    const [mail] = (await listMail(handle.db, { to: "buyer@example.com" })).filter((m) => m.template === "listings.saved-search");
    expect(mail?.text).toContain("Новый профиль");
    const token = /unsubscribe\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
    expect(await notifySavedSearches(handle.db, now, { publicUrl: "https://karvon.test" })).toBe(0);

    expect(await caller(null).savedSearch.unsubscribe({ token })).toEqual({ unsubscribed: true, name: "Профили" });
    expect(await buyer.savedSearch.list()).toEqual([]);
  });
});
