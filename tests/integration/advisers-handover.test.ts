import { schema } from "@karvon/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importedByChamber } from "../support/adviser-import";
import { callerFor } from "../support/caller";
import { testNow } from "../support/clock";
import { errorOf } from "../support/errors";
import { createUser, firstPerson, seedCompanyWithPeople, sendContactRequest } from "../support/factories";
import { mailsTo } from "../support/mail";
import { testDatabases, useTestDatabase } from "../support/databases";

const claimLink = /\/advisers\/claim\/([0-9a-f-]{36}-[0-9]+-[A-Za-z0-9_-]{43})/;

describe.each(testDatabases())("a company an adviser brought, handed over to its own contact person on $name", (database) => {
  const handle = useTestDatabase(database);
  const anonymous = () => callerFor({ db: handle.db, session: null });

  /** The hand-over secret the consent page links to (null once somebody owns the company). */
  async function claimTokenOf(consentToken: string): Promise<string> {
    const { claimToken } = await anonymous().advisers.consent({ token: consentToken });
    if (claimToken === null) throw new Error("no hand-over link on the consent page");
    return claimToken;
  }

  async function publish(moderator: ReturnType<typeof callerFor>, companyId: string) {
    const review = await moderator.moderation.reviewItem({ itemType: "company", itemId: companyId });
    await moderator.moderation.decide({ itemType: "company", itemId: companyId, version: review.subject.version, decision: "approve" });
  }

  const linkStatusOf = async (companyId: string) =>
    (await handle.db.select().from(schema.companyAdvisers).where(eq(schema.companyAdvisers.companyId, companyId)))[0]?.status;

  it("published, the company mails its contact a hand-over link; only that verified mailbox becomes the owner, once", async () => {
    const { adviser, moderator, company, token } = await importedByChamber(handle.db, "handover", "311111111");
    await anonymous().advisers.confirm({ token });
    await publish(moderator, company.id);

    // Publication tells the contact address, which nobody of the company reads on the portal yet.
    const offers = await mailsTo(handle.db, "owner-handover@example.uz", "advisers.handover-offer");
    expect(offers).toHaveLength(1);
    const mailed = claimLink.exec(offers[0]?.text ?? "")?.[1] ?? "";
    expect(mailed.startsWith(`${company.id}-`)).toBe(true);

    expect(await anonymous().advisers.claimInfo({ token: mailed })).toEqual({
      companyName: company.legalName,
      organizationName: "Fargʻona palatasi handover",
      maskedEmail: "o•••@example.uz",
      state: "open",
      signedIn: false,
      emailMatches: false,
    });
    expect((await errorOf(anonymous().advisers.claim({ token: mailed }))).code).toBe("UNAUTHORIZED");

    // Another mailbox is refused, whoever forwarded the link.
    const colleague = callerFor({ db: handle.db, session: await createUser(handle.db, "colleague-handover") });
    expect(await colleague.advisers.claimInfo({ token: mailed })).toMatchObject({ state: "open", signedIn: true, emailMatches: false });
    const wrongMailbox = await errorOf(colleague.advisers.claim({ token: mailed }));
    expect([wrongMailbox.code, wrongMailbox.keys[0]]).toEqual(["FORBIDDEN", "errors.advisers.claimOtherEmail"]);

    // The right address, not confirmed yet, is refused too (better-auth sets emailVerified when the link is opened).
    const session = await createUser(handle.db, "owner-handover", { emailVerified: false });
    const unverified = await errorOf(callerFor({ db: handle.db, session }).advisers.claim({ token: mailed }));
    expect([unverified.code, unverified.keys[0]]).toEqual(["FORBIDDEN", "errors.company.emailNotVerified"]);
    await handle.db.update(schema.user).set({ emailVerified: true }).where(eq(schema.user.id, "owner-handover"));
    const owner = callerFor({ db: handle.db, session: { ...session, user: { ...session.user, emailVerified: true } } });

    expect(await owner.advisers.claim({ token: mailed })).toEqual({ companyId: company.id, slug: company.slug });
    expect((await owner.company.mine()).map((mine) => [mine.id, mine.role, mine.isPublic])).toEqual([[company.id, "owner", true]]);
    expect((await owner.company.listMembers({ companyId: company.id })).members.map((member) => [member.userId, member.role])).toEqual([["owner-handover", "owner"]]);

    // Exactly once: the same person again, by either link, and the consent page no longer offers it.
    const again = await errorOf(owner.advisers.claim({ token: mailed }));
    expect([again.code, again.keys[0]]).toEqual(["CONFLICT", "errors.advisers.alreadyOwned"]);
    expect(await owner.advisers.claimInfo({ token: mailed })).toMatchObject({ state: "mine", emailMatches: true });
    expect(await colleague.advisers.claimInfo({ token: mailed })).toMatchObject({ state: "owned" });
    expect((await anonymous().advisers.consent({ token })).claimToken).toBeNull();

    // Audited under the new owner, naming the organisation; the adviser's consent is as it was, and its people are told.
    const audit = await handle.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, "adviser.company.claim"), eq(schema.auditLog.targetId, company.id)));
    expect(audit.map((entry) => [entry.actorId, entry.after])).toEqual([
      ["owner-handover", { adviserOrganizationId: expect.any(String), adviserStatus: "confirmed", by: "owner-handover@example.uz" }],
    ]);
    expect(await linkStatusOf(company.id)).toBe("confirmed");
    expect(await adviser.advisers.client({ companyId: company.id })).toMatchObject({ companyId: company.id });
    expect((await adviser.notification.list({})).map((notice) => [notice.kind, notice.title])).toContainEqual(["adviser.claimed", company.legalName]);
    expect(await mailsTo(handle.db, "adviser-handover@example.uz", "advisers.company-claimed")).toHaveLength(1);

    // From now on it is a company like any other: the owner reads its inbox and invites colleagues.
    const buyer = await seedCompanyWithPeople(handle.db, { name: "Caspian Cotton Buyers" });
    const request = await sendContactRequest(handle.db, { from: firstPerson(buyer), to: { companyId: company.id } });
    const inbox = await owner.contact.inbox();
    expect(inbox.company?.id).toBe(company.id);
    expect(inbox.received.map((received) => received.id)).toEqual([request.id]);
    await owner.company.invite({ companyId: company.id, email: "colleague-handover@example.uz" });
  });

  it("the company stays the person's own to take over after it withdrew the adviser", async () => {
    const { adviser, company, token } = await importedByChamber(handle.db, "handover-withdrawn", "312222222");
    await anonymous().advisers.withdraw({ token });
    const claimToken = await claimTokenOf(token);
    const owner = callerFor({ db: handle.db, session: await createUser(handle.db, "owner-handover-withdrawn") });

    expect(await owner.advisers.claim({ token: claimToken })).toEqual({ companyId: company.id, slug: company.slug });
    expect((await owner.company.mine()).map((mine) => [mine.id, mine.role, mine.status])).toEqual([[company.id, "owner", "draft"]]);
    // The owner finishes the profile and submits it as any member would; the adviser stays withdrawn.
    await owner.company.saveDraft({ companyId: company.id, patch: { city: "Qoʻqon" } });
    expect(await linkStatusOf(company.id)).toBe("withdrawn");
    expect((await errorOf(adviser.advisers.editCompany({ companyId: company.id, patch: { city: "Toshkent" } }))).code).toBe("NOT_FOUND");
    // Never published, so no publication mail went out.
    expect(await mailsTo(handle.db, "owner-handover-withdrawn@example.uz", "advisers.handover-offer")).toEqual([]);
  });

  it("a forged, altered or expired link opens nothing", async () => {
    const { company, token } = await importedByChamber(handle.db, "handover-forged", "313333333");
    const claimToken = await claimTokenOf(token);
    const owner = callerFor({ db: handle.db, session: await createUser(handle.db, "owner-handover-forged") });
    const expires = claimToken.slice(37, -44);
    const signature = claimToken.slice(-43);
    const altered = [
      `${company.id}-${Number(expires) + 86_400}-${signature}`,
      `${company.id}-${expires}-${"A".repeat(43)}`,
      `${crypto.randomUUID()}-${expires}-${signature}`,
    ];
    for (const forged of altered) {
      expect((await errorOf(owner.advisers.claim({ token: forged }))).code).toBe("NOT_FOUND");
      expect((await errorOf(owner.advisers.claimInfo({ token: forged }))).code).toBe("NOT_FOUND");
    }
    const later = callerFor({
      db: handle.db,
      session: await createUser(handle.db, "owner-handover-forged-later"),
      clock: { now: () => new Date(testNow.getTime() + 31 * 24 * 60 * 60 * 1000) },
    });
    expect((await errorOf(later.advisers.claimInfo({ token: claimToken }))).code).toBe("NOT_FOUND");
    // The consent link makes a fresh one whenever it is opened.
    expect(await owner.advisers.claim({ token: claimToken })).toEqual({ companyId: company.id, slug: company.slug });
  });
});
