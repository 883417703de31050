import { addCompanyMember, schema } from "@karvon/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { clientOffer as offer, importedByChamber } from "../support/adviser-import";
import { callerFor, testClientAddress } from "../support/caller";
import { testNow } from "../support/clock";
import { errorOf } from "../support/errors";
import { createUser, firstPerson, seedCompanyWithPeople, sendContactRequest } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("what advisers did in a company's name, as the company reads it, on $name", (database) => {
  const handle = useTestDatabase(database);
  const anonymous = () => callerFor({ db: handle.db, session: null });

  it("lists the adviser's listing and answer by the consent link and for the owner, without addresses; the owner's withdrawal ends the adviser's access", async () => {
    const { adviser, moderator, company, token } = await importedByChamber(handle.db, "activity", "321111111");
    await anonymous().advisers.confirm({ token });
    const review = await moderator.moderation.reviewItem({ itemType: "company", itemId: company.id });
    await moderator.moderation.decide({ itemType: "company", itemId: company.id, version: review.subject.version, decision: "approve" });

    // In the company's name: a listing (approved, so public) and an answer to a contact request.
    const listing = await adviser.advisers.createListing({ companyId: company.id, listing: offer, submit: true });
    const listingReview = await moderator.moderation.reviewItem({ itemType: "listing", itemId: listing.id });
    await moderator.moderation.decide({ itemType: "listing", itemId: listing.id, version: listingReview.subject.version, decision: "approve" });
    const buyer = await seedCompanyWithPeople(handle.db, { name: "Caspian Textile Buyers" });
    const request = await sendContactRequest(handle.db, { from: firstPerson(buyer), to: { companyId: company.id } });
    await adviser.advisers.acceptContactRequest({ requestId: request.id });

    const activity = await anonymous().advisers.consentActivity({ token });
    expect(activity).toMatchObject({ organizationName: "Fargʻona palatasi activity", kind: "chamber", status: "confirmed", since: testNow, withdrawnAt: null, total: 3 });
    expect(activity.entries.map(({ action, adviserName, listingTitle, link }) => ({ action, adviserName, listingTitle, link }))).toEqual([
      { action: "adviser.contact.accept", adviserName: "Person adviser-activity", listingTitle: null, link: null },
      { action: "adviser.listing.create", adviserName: "Person adviser-activity", listingTitle: offer.title, link: { kind: "listing", id: listing.id } },
      { action: "company.import", adviserName: "Person adviser-activity", listingTitle: null, link: { kind: "company", slug: company.slug } },
    ]);
    // Whoever holds the link reads names, never an address: not the consent mailbox's, not the adviser's, not the IP.
    const text = JSON.stringify(activity);
    expect(text).not.toContain("@");
    expect(text).not.toContain(testClientAddress);

    // Once the contact person owns the company, its members read the same list on the dashboard.
    const { claimToken } = await anonymous().advisers.consent({ token });
    const owner = callerFor({ db: handle.db, session: await createUser(handle.db, "owner-activity") });
    await owner.advisers.claim({ token: claimToken ?? "" });
    const colleagueSession = await createUser(handle.db, "colleague-activity");
    await addCompanyMember(handle.db, { organizationId: company.organizationId, userId: colleagueSession.user.id, role: "member", at: testNow });
    const colleague = callerFor({ db: handle.db, session: colleagueSession });
    expect(await colleague.advisers.companyActivity({ companyId: company.id })).toEqual(activity);
    expect(await colleague.advisers.companyAdviser({ companyId: company.id })).toEqual({
      organizationName: "Fargʻona palatasi activity",
      kind: "chamber",
      status: "confirmed",
      since: testNow,
      withdrawnAt: null,
    });

    // Nobody else: a member of another company is told the company does not exist; only the owner withdraws.
    const stranger = callerFor({ db: handle.db, session: firstPerson(buyer).session });
    expect((await errorOf(stranger.advisers.companyActivity({ companyId: company.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(stranger.advisers.companyAdviser({ companyId: company.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(stranger.advisers.withdrawCompanyAdviser({ companyId: company.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(colleague.advisers.withdrawCompanyAdviser({ companyId: company.id }))).code).toBe("FORBIDDEN");
    expect((await adviser.advisers.client({ companyId: company.id })).companyId).toBe(company.id);

    // The owner withdraws: at the adviser's very next call, nothing more in the company's name.
    expect(await owner.advisers.withdrawCompanyAdviser({ companyId: company.id })).toEqual({ status: "withdrawn" });
    expect((await errorOf(adviser.advisers.createListing({ companyId: company.id, listing: offer }))).code).toBe("NOT_FOUND");
    expect((await errorOf(adviser.advisers.client({ companyId: company.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(adviser.advisers.editCompany({ companyId: company.id, patch: { city: "Toshkent" } }))).code).toBe("NOT_FOUND");
    expect((await anonymous().advisers.consent({ token })).status).toBe("withdrawn");
    expect(await owner.advisers.companyAdviser({ companyId: company.id })).toMatchObject({ status: "withdrawn", withdrawnAt: testNow });
    // The same audit row a withdrawal by the link writes, under the owner's name.
    const audit = await handle.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, "adviser.consent.withdraw"), eq(schema.auditLog.targetId, company.id)));
    expect(audit.map((entry) => [entry.actorId, entry.after])).toEqual([["owner-activity", { adviserOrganizationId: expect.any(String), by: "owner" }]]);
    // The list stays: what was done in the company's name is still the company's to read.
    expect((await owner.advisers.companyActivity({ companyId: company.id }))?.total).toBe(3);
  });

  it("finds every kind of act in the company's name: profile edits, logo, submission, declined requests", async () => {
    const { adviser, moderator, company, token } = await importedByChamber(handle.db, "activity-all", "322222222");
    await adviser.advisers.editCompany({ companyId: company.id, patch: { city: "Qoʻqon" } });
    await anonymous().advisers.confirm({ token });
    const review = await moderator.moderation.reviewItem({ itemType: "company", itemId: company.id });
    await moderator.moderation.decide({ itemType: "company", itemId: company.id, version: review.subject.version, decision: "approve" });
    await adviser.advisers.uploadCompanyLogo({
      companyId: company.id,
      dataUrl: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    });
    await adviser.advisers.editCompany({ companyId: company.id, patch: { city: "Fargʻona" } });
    await adviser.advisers.submitCompany({ companyId: company.id, consent: true });
    const buyer = await seedCompanyWithPeople(handle.db, { name: "Baku Yarn Traders" });
    const request = await sendContactRequest(handle.db, { from: firstPerson(buyer), to: { companyId: company.id } });
    await adviser.advisers.declineContactRequest({ requestId: request.id, reason: "no-capacity" });
    // Another company's adviser acts are not this company's.
    await importedByChamber(handle.db, "activity-other", "323333333");

    const activity = await anonymous().advisers.consentActivity({ token });
    expect(activity.entries.map((entry) => entry.action).sort()).toEqual(
      ["adviser.company.edit", "adviser.company.edit", "adviser.company.logo", "adviser.company.submit", "adviser.contact.decline", "company.import"].sort(),
    );
    expect(activity.total).toBe(6);
    expect((await errorOf(anonymous().advisers.consentActivity({ token: "A".repeat(43) }))).code).toBe("NOT_FOUND");
  });
});
