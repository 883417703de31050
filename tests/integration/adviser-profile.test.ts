import { schema } from "@karvon/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importedByChamber } from "../support/adviser-import";
import { callerFor } from "../support/caller";
import { errorOf } from "../support/errors";
import { createUser } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("an adviser edits a client's profile on $name", (database) => {
  const handle = useTestDatabase(database);
  const anonymous = () => callerFor({ db: handle.db, session: null });
  const companyRow = async (companyId: string) => {
    const [row] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, companyId));
    if (row === undefined) throw new Error("company gone");
    return row;
  };
  const auditOf = (action: string, targetId: string) =>
    handle.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.targetId, targetId)));

  /** A client that confirmed its adviser and whose profile the moderators approved. */
  async function publishedClient(suffix: string, taxId: string) {
    const imported = await importedByChamber(handle.db, suffix, taxId);
    await anonymous().advisers.confirm({ token: imported.token });
    const review = await imported.moderator.moderation.reviewItem({ itemType: "company", itemId: imported.company.id });
    await imported.moderator.moderation.decide({ itemType: "company", itemId: imported.company.id, version: review.subject.version, decision: "approve" });
    return imported;
  }

  it("edits a published client like its owner would: a new draft, the approved profile stays public until the next approval", async () => {
    const { adviser, moderator, chamber, company } = await publishedClient("profile", "311111111");
    const loaded = await adviser.advisers.clientProfile({ companyId: company.id });
    expect([loaded.status, loaded.isPublic, loaded.profile.city, loaded.resumeStep]).toEqual(["published", true, undefined, "review"]);

    // The form's autosave: fields saved, then an optional one emptied again.
    await adviser.advisers.editCompany({ companyId: company.id, patch: { city: "Qoʻqon", website: "toqimachi.uz" } });
    const saved = await adviser.advisers.editCompany({ companyId: company.id, patch: { contactPosition: "Bosh direktor" }, clear: ["website"] });
    expect(saved.status).toBe("draft");
    const edited = await companyRow(company.id);
    expect([edited.status, edited.profile.city, edited.profile.website, edited.published?.city]).toEqual(["draft", "Qoʻqon", undefined, undefined]);
    // The public still reads the approved profile, as it would after an owner's edit.
    const publicView = await anonymous().company.bySlug({ slug: company.slug });
    expect([publicView.city, publicView.preview, publicView.contactPerson.position]).toEqual([null, false, "Direktor"]);
    // The review step shows the working copy as it will be published.
    expect(await adviser.advisers.clientPreview({ companyId: company.id })).toMatchObject({ city: "Qoʻqon", preview: true, contactPerson: { position: "Bosh direktor" } });
    // Same checks as the members' form: a region of the other country is refused.
    expect((await errorOf(adviser.advisers.editCompany({ companyId: company.id, patch: { region: "AZ-BAK" } }))).code).toBe("BAD_REQUEST");

    expect(await adviser.advisers.submitCompany({ companyId: company.id, consent: true })).toMatchObject({ status: "submitted" });
    const review = await moderator.moderation.reviewItem({ itemType: "company", itemId: company.id });
    await moderator.moderation.decide({ itemType: "company", itemId: company.id, version: review.subject.version, decision: "approve" });
    expect((await anonymous().company.bySlug({ slug: company.slug })).city).toBe("Qoʻqon");

    // Staff read who changed what for whom.
    const named = { adviserOrganizationId: chamber.id, organization: "Fargʻona palatasi profile", company: company.legalName };
    expect((await auditOf("adviser.company.edit", company.id)).map((entry) => [entry.actorId, entry.after])).toEqual([
      ["adviser-profile", { ...named, fields: ["city", "website"], cleared: [] }],
      ["adviser-profile", { ...named, fields: ["contactPosition"], cleared: ["website"] }],
    ]);
    expect((await auditOf("adviser.company.submit", company.id)).map((entry) => [entry.actorId, entry.after])).toEqual([
      ["adviser-profile", { ...named, version: expect.any(Number), consentToPublish: true }],
    ]);
  });

  it("shows the form only for a confirmed client of the adviser's own organisation, and not after a withdrawal", async () => {
    const own = await publishedClient("profile-own", "312222222");
    const other = await importedByChamber(handle.db, "profile-other", "313333333");
    await anonymous().advisers.confirm({ token: other.token });
    const stranger = callerFor({ db: handle.db, session: await createUser(handle.db, "profile-stranger") });
    const edit = { companyId: own.company.id, patch: { city: "Qoʻqon" } };

    // Not an adviser, an adviser of another organisation, another organisation's client: "not found" alike.
    for (const caller of [stranger, other.adviser]) {
      expect((await errorOf(caller.advisers.clientProfile({ companyId: own.company.id }))).code).toBe("NOT_FOUND");
      expect((await errorOf(caller.advisers.editCompany(edit))).code).toBe("NOT_FOUND");
      expect((await errorOf(caller.advisers.submitCompany({ companyId: own.company.id, consent: true }))).code).toBe("NOT_FOUND");
    }
    expect((await errorOf(own.adviser.advisers.clientPreview({ companyId: other.company.id }))).code).toBe("NOT_FOUND");
    // Nor does the adviser become a member.
    expect((await errorOf(own.adviser.company.byIdForMember({ companyId: own.company.id }))).code).toBe("NOT_FOUND");

    // Before the company answered, its imported draft may be edited but not loaded into the form or submitted.
    const awaiting = await importedByChamber(handle.db, "profile-awaiting", "314444444");
    await awaiting.adviser.advisers.editCompany({ companyId: awaiting.company.id, patch: { city: "Qoʻqon" } });
    expect((await errorOf(awaiting.adviser.advisers.clientProfile({ companyId: awaiting.company.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(awaiting.adviser.advisers.submitCompany({ companyId: awaiting.company.id, consent: true }))).code).toBe("NOT_FOUND");

    // The company withdraws: the very next call of each is refused.
    await own.adviser.advisers.editCompany(edit);
    await anonymous().advisers.withdraw({ token: own.token });
    expect((await errorOf(own.adviser.advisers.clientProfile({ companyId: own.company.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(own.adviser.advisers.clientPreview({ companyId: own.company.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(own.adviser.advisers.editCompany(edit))).code).toBe("NOT_FOUND");
    expect((await errorOf(own.adviser.advisers.submitCompany({ companyId: own.company.id, consent: true }))).code).toBe("NOT_FOUND");
    expect((await errorOf(own.adviser.advisers.uploadCompanyLogo({ companyId: own.company.id, dataUrl: "data:image/png;base64,AA==" }))).code).toBe("NOT_FOUND");
    expect((await companyRow(own.company.id)).status).toBe("draft");
  });
});
