import { schema } from "@karvon/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { companyCsv, fergana, uploadOf } from "../support/company-files";
import { errorOf } from "../support/errors";
import { createUser } from "../support/factories";
import { mailsTo } from "../support/mail";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("advisers with the company's consent on $name", (database) => {
  const handle = useTestDatabase(database);

  /** An approved chamber with one adviser, and the company it imported (its consent mail and link). */
  async function importedByChamber(suffix: string, taxId: string) {
    const adviser = callerFor({ db: handle.db, session: await createUser(handle.db, `adviser-${suffix}`) });
    const moderator = callerFor({ db: handle.db, session: await createUser(handle.db, `adviser-moderator-${suffix}`, { role: "moderator" }) });
    const chamber = await adviser.advisers.register({ name: `Fargʻona palatasi ${suffix}`, kind: "chamber", country: "UZ" });
    expect(chamber.status).toBe("pending");
    const file = uploadOf(companyCsv([{ ...fergana, taxId, contactEmail: `owner-${suffix}@example.uz` }]));
    // Until staff approve the organisation, its adviser imports nothing.
    expect((await errorOf(adviser.companyImport.run(file))).code).toBe("FORBIDDEN");
    await moderator.advisers.decide({ organizationId: chamber.id, decision: "approve" });
    expect(await adviser.companyImport.run(file)).toMatchObject({ created: 1 });
    const [company] = await handle.db.select().from(schema.companies).where(eq(schema.companies.importedBy, `adviser-${suffix}`));
    if (company === undefined) throw new Error("no company imported");
    const [mail] = await mailsTo(handle.db, `owner-${suffix}@example.uz`, "advisers.consent");
    const token = /\/advisers\/consent\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? "")?.[1] ?? "";
    return { adviser, moderator, chamber, company, token };
  }

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
});
