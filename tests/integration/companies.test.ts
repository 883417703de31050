import { approveCompanyVersion, requestCompanyChanges, schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { testNow } from "../support/clock";
import { errorOf } from "../support/errors";
import { completeUzProfile, createUser } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("company onboarding and life cycle on $name", (database) => {
  const handle = useTestDatabase(database);

  it("creates the organization, the owner membership and the draft in one go, format-checked", async () => {
    const owner = await createUser(handle.db, "owner-create");
    const created = await callerFor({ db: handle.db, session: owner }).company.create({
      legalName: "Kamolot Tekstil MChJ",
      country: "UZ",
      taxId: "301 234 567",
    });
    expect(created.slug).toMatch(/^kamolot-tekstil-mchj-[a-z0-9]{4}$/);
    const [row] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, created.id));
    expect(row?.taxId).toBe("301234567");
    expect(row?.status).toBe("draft");
    expect(row?.verificationLevel).toBe("format-checked");
    const members = await handle.db.select().from(schema.member).where(eq(schema.member.userId, owner.user.id));
    expect(members).toHaveLength(1);
    expect(members[0]?.role).toBe("owner");
    expect(members[0]?.organizationId).toBe(row?.organizationId);
  });

  it("transliterates a Cyrillic legal name into the slug", async () => {
    const owner = await createUser(handle.db, "owner-cyrillic");
    const created = await callerFor({ db: handle.db, session: owner }).company.create({
      legalName: "Ўзбекистон Ипак Йўли",
      country: "UZ",
      taxId: "305555555",
    });
    expect(created.slug).toMatch(/^ozbekiston-ipak-yoli-[a-z0-9]{4}$/);
  });

  it("lets a second draft claim a tax ID: only a published company holds one", async () => {
    const first = await createUser(handle.db, "owner-dup-1");
    const second = await createUser(handle.db, "owner-dup-2");
    const earlier = await callerFor({ db: handle.db, session: first }).company.create({ legalName: "Caspian Logistics", country: "AZ", taxId: "1400057421" });
    const later = await callerFor({ db: handle.db, session: second }).company.create({ legalName: "Another Name", country: "AZ", taxId: "1400-057-421" });
    const rows = await handle.db.select().from(schema.companies).where(eq(schema.companies.taxId, "1400057421"));
    expect(rows.map((row) => row.id).sort()).toEqual([earlier.id, later.id].sort());
  });

  it.each([
    { country: "UZ", taxId: "12345", key: "errors.taxId.uzFormat" },
    { country: "UZ", taxId: "101234567", key: "errors.taxId.uzFormat" },
    { country: "AZ", taxId: "12345", key: "errors.taxId.azFormat" },
    { country: "AZ", taxId: "1400057423", key: "errors.taxId.azLastDigit" },
    { country: "AZ", taxId: "", key: "errors.taxId.required" },
  ] as const)("refuses the invalid tax ID $taxId of $country with $key", async ({ country, taxId, key }) => {
    const owner = await createUser(handle.db, `owner-bad-${country}-${taxId || "empty"}`);
    const failure = await errorOf(callerFor({ db: handle.db, session: owner }).company.create({ legalName: "Test Company", country, taxId }));
    expect(failure.code).toBe("BAD_REQUEST");
    expect(failure.fields.taxId).toContain(key);
  });

  it("autosaves a half-finished draft, resumes at the right step and refuses an incomplete submission", async () => {
    const owner = await createUser(handle.db, "owner-draft");
    const caller = callerFor({ db: handle.db, session: owner });
    const { id } = await caller.company.create({ legalName: "Fergana Fruit Export", country: "UZ", taxId: "207777777" });

    const first = await caller.company.saveDraft({ companyId: id, patch: { region: "UZ-FA", city: "Margilan" } });
    const second = await caller.company.saveDraft({ companyId: id, patch: { foundedYear: 2015, sectors: ["01"] } });
    expect(second.version).toBeGreaterThan(first.version);

    const resumed = await caller.company.byIdForMember({ companyId: id });
    expect(resumed.profile).toMatchObject({ region: "UZ-FA", city: "Margilan", foundedYear: 2015, sectors: ["01"] });
    expect(resumed.resumeStep).toBe("location"); // the district is still missing

    const incomplete = await errorOf(caller.company.submit({ companyId: id, consent: true }));
    expect(incomplete.code).toBe("BAD_REQUEST");
    expect(incomplete.keys).toContain("errors.company.incomplete");
    expect(Object.keys(incomplete.fields)).toEqual(expect.arrayContaining(["district", "contactEmail", "description"]));

    // A region of the wrong country is refused with a specific key, and the saved draft is untouched.
    const wrongRegion = await errorOf(caller.company.saveDraft({ companyId: id, patch: { region: "AZ-BAK" } }));
    expect(wrongRegion.fields.region?.[0]).toMatch(/^errors\.region/);
    expect((await caller.company.byIdForMember({ companyId: id })).profile.region).toBe("UZ-FA");

    // An emptied field is removed from the working copy.
    await caller.company.saveDraft({ companyId: id, patch: {}, clear: ["city"] });
    const cleared = await caller.company.byIdForMember({ companyId: id });
    expect(cleared.profile.city).toBeUndefined();
    expect(cleared.profile.region).toBe("UZ-FA");
  });

  it("submits a complete profile, normalised, and lists it as under review", async () => {
    const owner = await createUser(handle.db, "owner-submit");
    const caller = callerFor({ db: handle.db, session: owner });
    const { id } = await caller.company.create({ legalName: "Kamolot Yarn", country: "UZ", taxId: "302222222" });
    await caller.company.saveDraft({ companyId: id, patch: completeUzProfile });
    const result = await caller.company.submit({ companyId: id, consent: true });
    expect(result.status).toBe("submitted");
    const company = await caller.company.byIdForMember({ companyId: id });
    expect(company.profile.contactPhone).toBe("+998901234567");
    expect(company.profile.contactEmail).toBe("dilshod.karimov@kamolot.uz");
    expect(company.profile.website).toBe("https://kamolot-tekstil.uz");
    const mine = await caller.company.mine();
    expect(mine.find((entry) => entry.id === id)).toMatchObject({ status: "submitted", role: "owner", isPublic: false });
  });

  it("hides a draft from everyone but its members and staff (NOT_FOUND)", async () => {
    const owner = await createUser(handle.db, "owner-hidden");
    const stranger = await createUser(handle.db, "stranger-hidden");
    const moderator = await createUser(handle.db, "moderator-hidden", { role: "moderator" });
    const created = await callerFor({ db: handle.db, session: owner }).company.create({ legalName: "Hidden Draft LLC", country: "AZ", taxId: "1700000001" });

    for (const session of [null, stranger]) {
      const failure = await errorOf(callerFor({ db: handle.db, session }).company.bySlug({ slug: created.slug }));
      expect(failure.code).toBe("NOT_FOUND");
    }
    expect((await errorOf(callerFor({ db: handle.db, session: stranger }).company.byIdForMember({ companyId: created.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(callerFor({ db: handle.db, session: stranger }).company.saveDraft({ companyId: created.id, patch: { city: "x" } }))).code).toBe("NOT_FOUND");

    const preview = await callerFor({ db: handle.db, session: owner }).company.bySlug({ slug: created.slug });
    expect(preview.preview).toBe(true);
    const staffView = await callerFor({ db: handle.db, session: moderator }).company.bySlug({ slug: created.slug });
    expect(staffView.legalName).toBe("Hidden Draft LLC");
  });

  it("keeps the approved version public while an edit waits for review, never showing contact details", async () => {
    const owner = await createUser(handle.db, "owner-edit");
    const moderator = await createUser(handle.db, "moderator-edit", { role: "moderator" });
    const caller = callerFor({ db: handle.db, session: owner });
    const { id, slug } = await caller.company.create({ legalName: "Silk Road Silk", country: "UZ", taxId: "303333333" });
    await caller.company.saveDraft({ companyId: id, patch: completeUzProfile });
    const submitted = await caller.company.submit({ companyId: id, consent: true });

    const approved = await approveCompanyVersion(handle.db, { companyId: id, version: submitted.version, moderatorId: moderator.user.id, at: testNow });
    expect(approved?.status).toBe("published");
    expect(approved?.sectors).toEqual(["13"]);
    expect(approved?.region).toBe("UZ-TK");

    const publicView = await callerFor({ db: handle.db, session: null }).company.bySlug({ slug });
    expect(publicView.preview).toBe(false);
    expect(publicView.city).toBe("Tashkent");
    expect(publicView.contactPerson).toEqual({ name: "Dilshod Karimov", position: "Export manager" });
    const serialised = JSON.stringify(publicView);
    expect(serialised).not.toContain("kamolot.uz\"");
    expect(serialised).not.toMatch(/dilshod\.karimov@/i);
    expect(serialised).not.toContain("901234567");
    expect(Object.keys(publicView)).not.toEqual(expect.arrayContaining(["contactEmail"]));

    // The owner edits the published profile: the working copy goes back to draft, the public sees the old city.
    await caller.company.saveDraft({ companyId: id, patch: { city: "Chirchiq" } });
    const mine = (await caller.company.mine()).find((entry) => entry.id === id);
    expect(mine).toMatchObject({ status: "draft", isPublic: true });
    expect((await callerFor({ db: handle.db, session: null }).company.bySlug({ slug })).city).toBe("Tashkent");

    const resubmitted = await caller.company.submit({ companyId: id, consent: true });
    expect((await callerFor({ db: handle.db, session: null }).company.bySlug({ slug })).city).toBe("Tashkent");
    await approveCompanyVersion(handle.db, { companyId: id, version: resubmitted.version, moderatorId: moderator.user.id, at: testNow });
    expect((await callerFor({ db: handle.db, session: null }).company.bySlug({ slug })).city).toBe("Chirchiq");
  });

  it("approves a version once: a second approval of the same version, or of a stale one, returns null", async () => {
    const owner = await createUser(handle.db, "owner-cas");
    const moderator = await createUser(handle.db, "moderator-cas", { role: "moderator" });
    const caller = callerFor({ db: handle.db, session: owner });
    const { id } = await caller.company.create({ legalName: "Baku Aluminium", country: "AZ", taxId: "1300000011" });
    await caller.company.saveDraft({ companyId: id, patch: { ...completeUzProfile, region: "AZ-BAK", district: "AZ-BA-KHT", contactPhone: "+994 50 123 45 67" } });
    const { version } = await caller.company.submit({ companyId: id, consent: true });

    const decision = { companyId: id, version, moderatorId: moderator.user.id, at: testNow };
    const [a, b] = await Promise.all([approveCompanyVersion(handle.db, decision), approveCompanyVersion(handle.db, decision)]);
    expect([a, b].filter((row) => row !== null)).toHaveLength(1);
    expect(await approveCompanyVersion(handle.db, decision)).toBeNull();
    expect(await requestCompanyChanges(handle.db, { ...decision, reasons: ["incomplete-profile"] })).toBeNull();

    // An edit after submission makes the reviewed version stale.
    await caller.company.saveDraft({ companyId: id, patch: { city: "Baku" } });
    const { version: next } = await caller.company.submit({ companyId: id, consent: true });
    await caller.company.saveDraft({ companyId: id, patch: { city: "Sumgait" } });
    expect(await approveCompanyVersion(handle.db, { ...decision, version: next })).toBeNull();
  });

  it("shows the moderator's reasons when changes are requested", async () => {
    const owner = await createUser(handle.db, "owner-changes");
    const caller = callerFor({ db: handle.db, session: owner });
    const { id } = await caller.company.create({ legalName: "Namangan Fruits", country: "UZ", taxId: "304444444" });
    await caller.company.saveDraft({ companyId: id, patch: completeUzProfile });
    const { version } = await caller.company.submit({ companyId: id, consent: true });
    const moderator = await createUser(handle.db, "moderator-changes", { role: "moderator" });
    const changed = await requestCompanyChanges(handle.db, {
      companyId: id,
      version,
      moderatorId: moderator.user.id,
      at: testNow,
      reasons: ["incomplete-profile"],
      note: "Please describe your products in Russian too.",
    });
    expect(changed?.status).toBe("changes-requested");
    const mine = (await caller.company.mine()).find((entry) => entry.id === id);
    expect(mine).toMatchObject({ status: "changes-requested", reviewReasons: ["incomplete-profile"], reviewNote: "Please describe your products in Russian too." });
  });
});
