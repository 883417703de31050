import { schema } from "@karvon/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { clientOffer, importedByChamber as importCompany } from "../support/adviser-import";
import { callerFor } from "../support/caller";
import { fergana } from "../support/company-files";
import { errorOf } from "../support/errors";
import { createUser, firstPerson, seedCompanyWithPeople, sendContactRequest } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("advisers with the company's consent on $name", (database) => {
  const handle = useTestDatabase(database);

  const importedByChamber = (suffix: string, taxId: string) => importCompany(handle.db, suffix, taxId);

  const auditOf = (action: string, targetId: string) =>
    handle.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.targetId, targetId)));

  it("an adviser's import waits for the company's consent by mail; confirming hands it to review", async () => {
    const { adviser, moderator, chamber, company, token } = await importedByChamber("consent", "301111111");
    expect(company.status).toBe("draft");
    expect(token).not.toBe("");
    // Attributed to the adviser and the organisation.
    expect((await auditOf("company.import", company.id)).map((entry) => [entry.actorId, (entry.after as { adviserOrganizationId: string }).adviserOrganizationId])).toEqual([
      ["adviser-consent", chamber.id],
    ]);

    const anonymous = callerFor({ db: handle.db, session: null });
    expect(await anonymous.advisers.consent({ token })).toEqual({
      companyName: fergana.legalName,
      organizationName: "Fargʻona palatasi consent",
      kind: "chamber",
      status: "awaiting",
      claimToken: expect.stringMatching(/^[0-9a-f-]{36}-[0-9]+-[A-Za-z0-9_-]{43}$/),
    });
    expect((await errorOf(anonymous.advisers.consent({ token: "A".repeat(43) }))).code).toBe("NOT_FOUND");

    // The adviser may edit the draft meanwhile; the edit is attributed.
    await adviser.advisers.editCompany({ companyId: company.id, patch: { contactPosition: "Bosh direktor" } });
    expect((await auditOf("adviser.company.edit", company.id)).map((entry) => entry.actorId)).toEqual(["adviser-consent"]);

    await anonymous.advisers.confirm({ token });
    const [confirmed] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, company.id));
    // Under review, not published: staff still decide.
    expect([confirmed?.status, confirmed?.published, confirmed?.profile.contactPosition]).toEqual(["submitted", null, "Bosh direktor"]);
    expect(await auditOf("adviser.consent.confirm", company.id)).toHaveLength(1);
    const review = await moderator.moderation.reviewItem({ itemType: "company", itemId: company.id });
    expect(review.subject.version).toBeGreaterThan(0);
  });

  it("withdrawing the adviser ends its access at once; strangers never had any", async () => {
    const { adviser, company, token } = await importedByChamber("withdraw", "302222222");
    const stranger = callerFor({ db: handle.db, session: await createUser(handle.db, "adviser-stranger") });
    expect((await errorOf(stranger.advisers.editCompany({ companyId: company.id, patch: { city: "Qoʻqon" } }))).code).toBe("NOT_FOUND");
    // Nor is an adviser a member: the company's own procedures stay closed to it.
    expect((await errorOf(adviser.company.saveDraft({ companyId: company.id, patch: { city: "Qoʻqon" } }))).code).toBe("NOT_FOUND");

    await adviser.advisers.editCompany({ companyId: company.id, patch: { city: "Qoʻqon" } });
    await callerFor({ db: handle.db, session: null }).advisers.withdraw({ token });
    const refused = await errorOf(adviser.advisers.editCompany({ companyId: company.id, patch: { city: "Toshkent" } }));
    expect(refused.code).toBe("NOT_FOUND");
    expect((await auditOf("adviser.consent.withdraw", company.id)).map((entry) => (entry.after as { by: string }).by)).toEqual(["owner-withdraw@example.uz"]);
    // A withdrawn adviser cannot be confirmed by the old link; the draft was never handed to review.
    expect((await errorOf(callerFor({ db: handle.db, session: null }).advisers.confirm({ token }))).code).toBe("CONFLICT");
    const [row] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, company.id));
    expect([row?.status, row?.profile.city]).toEqual(["draft", "Qoʻqon"]);
  });

  it("a confirmed adviser publishes a listing and answers a request in the company's name, until the company withdraws", async () => {
    const { adviser, moderator, company, token } = await importedByChamber("acting", "303333333");
    const anonymous = callerFor({ db: handle.db, session: null });
    const offer = clientOffer;
    // Before the company confirms, the adviser acts in nobody's name.
    expect((await errorOf(adviser.advisers.createListing({ companyId: company.id, listing: offer }))).code).toBe("NOT_FOUND");
    expect((await errorOf(adviser.advisers.client({ companyId: company.id }))).code).toBe("NOT_FOUND");
    await anonymous.advisers.confirm({ token });
    // Confirmed but still under review: the listing page names the client and says it cannot publish yet.
    expect(await adviser.advisers.client({ companyId: company.id })).toEqual({ companyId: company.id, name: company.legalName, organizationName: "Fargʻona palatasi acting", isPublished: false });
    const review = await moderator.moderation.reviewItem({ itemType: "company", itemId: company.id });
    await moderator.moderation.decide({ itemType: "company", itemId: company.id, version: review.subject.version, decision: "approve" });

    const listing = await adviser.advisers.createListing({ companyId: company.id, listing: offer, submit: true });
    expect(listing.status).toBe("submitted");
    expect(await adviser.advisers.client({ companyId: company.id })).toMatchObject({ isPublished: true });
    // Staff read who published it for whom.
    expect((await auditOf("adviser.listing.create", listing.id)).map((entry) => [entry.actorId, entry.after])).toEqual([
      ["adviser-acting", { companyId: company.id, organization: "Fargʻona palatasi acting", company: company.legalName, submitted: true }],
    ]);

    const buyer = await seedCompanyWithPeople(handle.db, { name: "Caspian Textile Buyers" });
    const otherBuyer = await seedCompanyWithPeople(handle.db, { name: "Gəncə Tikiş Fabriki" });
    const first = await sendContactRequest(handle.db, { from: firstPerson(buyer), to: { companyId: company.id } });
    const second = await sendContactRequest(handle.db, { from: firstPerson(otherBuyer), to: { companyId: company.id }, message: "Do you also sell cotton fabric by the metre?" });
    const [client] = (await adviser.advisers.portfolio({})).clients;
    expect(client).toMatchObject({ companyId: company.id, consent: "confirmed", review: "published", published: true, pendingRequests: 2 });
    const waiting = await adviser.advisers.contactRequests({ companyId: company.id });
    expect(waiting.map((request) => [request.senderName, request.message]).sort()).toEqual([
      ["Caspian Textile Buyers", "We would like to buy 40 tonnes of cotton yarn every month."],
      ["Gəncə Tikiş Fabriki", "Do you also sell cotton fabric by the metre?"],
    ]);
    // Nobody else's request: the adviser answers only for its own client.
    const stranger = callerFor({ db: handle.db, session: await createUser(handle.db, "adviser-acting-stranger") });
    expect((await errorOf(stranger.advisers.acceptContactRequest({ requestId: first.id }))).code).toBe("NOT_FOUND");
    const accepted = await adviser.advisers.acceptContactRequest({ requestId: first.id });
    expect(accepted.conversationId).toBeTruthy();
    expect((await auditOf("adviser.contact.accept", first.id)).map((entry) => [entry.actorId, entry.after])).toEqual([
      ["adviser-acting", { companyId: company.id, organization: "Fargʻona palatasi acting", company: company.legalName }],
    ]);

    // The company withdraws: at the very next call the adviser can do nothing more, and sees only the name.
    await anonymous.advisers.withdraw({ token });
    expect((await errorOf(adviser.advisers.declineContactRequest({ requestId: second.id, reason: "no-capacity" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(adviser.advisers.createListing({ companyId: company.id, listing: offer }))).code).toBe("NOT_FOUND");
    expect((await errorOf(adviser.advisers.contactRequests({ companyId: company.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(adviser.advisers.client({ companyId: company.id }))).code).toBe("NOT_FOUND");
    expect(await adviser.advisers.portfolio({})).toEqual({
      clients: [{ companyId: company.id, name: company.legalName, slug: null, consent: "withdrawn", review: null, published: false, listings: [], pendingRequests: 0, matches: [] }],
      total: 1,
      page: 1,
      pageSize: 20,
    });
  });
});
