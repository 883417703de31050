import { readCompanyLogo } from "@karvon/api";
import { schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { errorOf } from "../support/errors";
import { completeUzProfile, createUser, firstPerson, openConversation, seedCompanyWithPeople } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

async function pngDataUrl(color: string): Promise<string> {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: color } }).png().toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

describe.each(testDatabases())("company rules on $name", (database) => {
  const handle = useTestDatabase(database);

  it("a draft holds no tax ID: the real company registers and submits it, the moderator sees the conflict", async () => {
    const squatter = callerFor({ db: handle.db, session: await createUser(handle.db, "tax-squatter") });
    const owner = callerFor({ db: handle.db, session: await createUser(handle.db, "tax-real-owner") });
    const moderator = callerFor({ db: handle.db, session: await createUser(handle.db, "tax-moderator", { role: "moderator" }) });

    const squatted = await squatter.company.create({ legalName: "Squatter LLC", country: "UZ", taxId: "309876543" });
    const real = await owner.company.create({ legalName: "Real Kamolot MChJ", country: "UZ", taxId: "309 876 543" });
    await owner.company.saveDraft({ companyId: real.id, patch: completeUzProfile });
    expect((await owner.company.submit({ companyId: real.id, consent: true })).status).toBe("submitted");

    // A mere draft is no conflict; a second submission of the same ID is.
    expect((await moderator.moderation.reviewItem({ itemType: "company", itemId: real.id })).taxIdClaims).toEqual([]);
    await squatter.company.saveDraft({ companyId: squatted.id, patch: completeUzProfile });
    await squatter.company.submit({ companyId: squatted.id, consent: true });
    const review = await moderator.moderation.reviewItem({ itemType: "company", itemId: real.id });
    expect(review.taxIdClaims).toEqual([expect.objectContaining({ id: squatted.id, status: "submitted", published: false })]);

    const approved = await moderator.moderation.decide({ itemType: "company", itemId: real.id, version: review.subject.version, decision: "approve", reasons: [] });
    expect(approved.status).toBe("published");

    // The published company now holds the ID: the other claim is flagged and cannot be approved.
    const other = await moderator.moderation.reviewItem({ itemType: "company", itemId: squatted.id });
    expect(other.taxIdClaims).toEqual([expect.objectContaining({ id: real.id, published: true })]);
    const refused = await errorOf(
      moderator.moderation.decide({ itemType: "company", itemId: squatted.id, version: other.subject.version, decision: "approve", reasons: [] }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.keys).toContain("errors.moderation.taxIdHeld");
    const [row] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, squatted.id));
    expect(row?.status).toBe("submitted");
    expect(row?.published).toBeNull();
  });

  it("the database keeps one published company per tax ID", async () => {
    const owner = callerFor({ db: handle.db, session: await createUser(handle.db, "tax-index-owner") });
    const first = await owner.company.create({ legalName: "Index One", country: "AZ", taxId: "1400057421" });
    const second = await owner.company.create({ legalName: "Index Two", country: "AZ", taxId: "1400057421" });
    const publish = (id: string) =>
      handle.db.update(schema.companies).set({ published: { legalName: "x" }, publishedAt: new Date() }).where(eq(schema.companies.id, id));
    await publish(first.id);
    await expect(publish(second.id)).rejects.toThrow();
  });

  it("limits the companies one person has open before any is published", async () => {
    const person = callerFor({ db: handle.db, session: await createUser(handle.db, "draft-hoarder") });
    for (const taxId of ["301111111", "302111111", "303111111"]) {
      await person.company.create({ legalName: `Draft ${taxId}`, country: "UZ", taxId });
    }
    const fourth = await errorOf(person.company.create({ legalName: "Draft four", country: "UZ", taxId: "304111111" }));
    expect(fourth.code).toBe("FORBIDDEN");
    expect(fourth.keys).toContain("errors.company.tooManyDrafts");
  });

  it("keeps the approved logo public until the moderator approves the new one", async () => {
    const ownerSession = await createUser(handle.db, "logo-review-owner");
    const owner = callerFor({ db: handle.db, session: ownerSession });
    const moderatorSession = await createUser(handle.db, "logo-review-moderator", { role: "moderator" });
    const moderator = callerFor({ db: handle.db, session: moderatorSession });
    const { id } = await owner.company.create({ legalName: "Logo Review MChJ", country: "UZ", taxId: "305432109" });
    await owner.company.saveDraft({ companyId: id, patch: completeUzProfile });
    await owner.company.uploadLogo({ companyId: id, dataUrl: await pngDataUrl("#ff0000") });
    await owner.company.submit({ companyId: id, consent: true });
    const first = await moderator.moderation.reviewItem({ itemType: "company", itemId: id });
    await moderator.moderation.decide({ itemType: "company", itemId: id, version: first.subject.version, decision: "approve", reasons: [] });
    const publicLogo = async () => (await readCompanyLogo({ db: handle.db, session: null, companyId: id }))?.data;
    const approvedLogo = await publicLogo();
    expect(approvedLogo).toBeDefined();

    await owner.company.uploadLogo({ companyId: id, dataUrl: await pngDataUrl("#0000ff") });
    expect(Buffer.from((await publicLogo()) ?? [])).toEqual(Buffer.from(approvedLogo ?? []));
    const working = await readCompanyLogo({ db: handle.db, session: ownerSession, companyId: id, version: "working" });
    expect(Buffer.from(working?.data ?? [])).not.toEqual(Buffer.from(approvedLogo ?? []));
    // Only members and staff see a logo waiting for review.
    expect(await readCompanyLogo({ db: handle.db, session: null, companyId: id, version: "working" })).toBeNull();
    expect((await owner.company.mine()).find((company) => company.id === id)?.status).toBe("draft");

    await owner.company.submit({ companyId: id, consent: true });
    const edit = await moderator.moderation.reviewItem({ itemType: "company", itemId: id });
    expect(edit.logo).toEqual({ working: true, published: true, changed: true });
    await moderator.moderation.decide({ itemType: "company", itemId: id, version: edit.subject.version, decision: "approve", reasons: [] });
    expect(Buffer.from((await publicLogo()) ?? [])).toEqual(Buffer.from(working?.data ?? []));
  });

  describe("deletion", () => {
    const clock = fakeClock(new Date("2026-11-20T10:00:00Z"));

    async function leavingCompanyInConversation() {
      const leaving = await seedCompanyWithPeople(handle.db, { name: `Leaving ${crypto.randomUUID().slice(0, 4)}` });
      const partner = await seedCompanyWithPeople(handle.db, { name: `Partner ${crypto.randomUUID().slice(0, 4)}` });
      const callLeaving = callerFor({ db: handle.db, session: firstPerson(leaving).session, clock });
      const callPartner = callerFor({ db: handle.db, session: firstPerson(partner).session, clock });
      const { conversationId } = await openConversation(handle.db, {
        from: firstPerson(leaving),
        to: { ...firstPerson(partner), companyId: partner.id },
        clock,
        message: "We would like to buy cotton yarn every month.",
        firstMessage: "Hello from the leaving company",
      });
      return { leaving, partner, callLeaving, callPartner, conversationId };
    }

    it("a company whose last member leaves is marked deleted; the partner keeps the conversation", async () => {
      const { leaving, callLeaving, callPartner, conversationId } = await leavingCompanyInConversation();
      const person = firstPerson(leaving);
      await callLeaving.account.delete({ confirmEmail: person.email });

      const thread = await callPartner.contact.conversations.byId({ conversationId });
      expect(thread.otherCompany).toMatchObject({ id: leaving.id, name: "", deleted: true });
      expect(thread.otherContact).toBeNull();
      expect(thread.messages.map((message) => message.body)).toContain("Hello from the leaving company");
      const [company] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, leaving.id));
      expect(company?.deletedAt).not.toBeNull();
      expect(company?.published).toBeNull();
      const failure = await errorOf(callPartner.contact.conversations.send({ conversationId, body: "Are you there?", idempotencyKey: crypto.randomUUID() }));
      expect(failure.keys).toContain("errors.contact.counterpartDeleted");
    });

    it("no one can erase the partner's history through the database either", async () => {
      const { leaving } = await leavingCompanyInConversation();
      await expect(handle.db.delete(schema.organization).where(eq(schema.organization.id, leaving.organizationId))).rejects.toThrow();
    });

    it("refuses to delete the last member of a suspended or reported company", async () => {
      const suspended = await leavingCompanyInConversation();
      await handle.db.update(schema.companies).set({ suspendedAt: clock.now() }).where(eq(schema.companies.id, suspended.leaving.id));
      const refused = await errorOf(suspended.callLeaving.account.delete({ confirmEmail: firstPerson(suspended.leaving).email }));
      expect(refused.code).toBe("CONFLICT");
      expect(refused.keys).toContain("errors.account.companyUnderModeration");

      const reported = await leavingCompanyInConversation();
      await reported.callPartner.report.create({ targetType: "company", targetId: reported.leaving.id, reason: "fraud" });
      const refusedReported = await errorOf(reported.callLeaving.account.delete({ confirmEmail: firstPerson(reported.leaving).email }));
      expect(refusedReported.keys).toContain("errors.account.companyUnderModeration");
      const [stillThere] = await handle.db.select().from(schema.user).where(eq(schema.user.id, firstPerson(reported.leaving).userId));
      expect(stillThere).toBeDefined();
    });
  });
});
