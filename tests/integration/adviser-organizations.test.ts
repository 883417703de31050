import { schema } from "@karvon/db";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { companyCsv, fergana, uploadOf } from "../support/company-files";
import { errorOf } from "../support/errors";
import { createUser } from "../support/factories";
import { mailsTo } from "../support/mail";
import { testDatabases, useTestDatabase } from "../support/databases";

/** A trade house in Baku, its contact written as people type it. */
const application = { name: "Bakı Ticarət Evi", kind: "trade-house", country: "AZ", website: "ticaret-evi.az", contactName: "Aygün Məmmədova", contactEmail: "Info@Ticaret-Evi.az", contactPhone: "+994 12 555 66 77" } as const;

describe.each(testDatabases())("organisations of advisers on $name", (database) => {
  const handle = useTestDatabase(database);

  it("an application reaches staff with its contact; a rejection needs a reason and is told in the applicant's language", async () => {
    const applicant = callerFor({ db: handle.db, session: await createUser(handle.db, "applicant-ru", { locale: "ru" }) });
    const moderator = callerFor({ db: handle.db, session: await createUser(handle.db, "org-moderator", { role: "moderator" }) });
    // The form's schema at the boundary: a web address is no organisation's name.
    expect((await errorOf(applicant.advisers.register({ ...application, name: "www.ticaret-evi.az" }))).fields).toHaveProperty("name");
    const { id } = await applicant.advisers.register(application);

    const pending = (await moderator.advisers.pending({})).find((entry) => entry.id === id);
    expect(pending).toMatchObject({
      name: "Bakı Ticarət Evi",
      website: "https://ticaret-evi.az",
      contactName: "Aygün Məmmədova",
      contactEmail: "info@ticaret-evi.az",
      contactPhone: "+994125556677",
      applicant: { name: "Person applicant-ru", email: "applicant-ru@example.uz" },
    });

    expect((await errorOf(moderator.advisers.decide({ organizationId: id, decision: "reject" }))).fields).toEqual({ reason: ["errors.required"] });
    await moderator.advisers.decide({ organizationId: id, decision: "reject", reason: "Сайт организации не открывается." });
    expect(await applicant.advisers.mine({})).toMatchObject({ status: "rejected", decisionReason: "Сайт организации не открывается." });
    // Decided once: a second decision finds nothing pending.
    expect((await errorOf(moderator.advisers.decide({ organizationId: id, decision: "approve" }))).code).toBe("NOT_FOUND");

    const [mail] = await mailsTo(handle.db, "applicant-ru@example.uz", "advisers.organization-decision");
    expect(mail?.subject).toBe("Заявка организации «Bakı Ticarət Evi» не одобрена");
    expect(mail?.text).toContain("Причина: Сайт организации не открывается.");
    expect(mail?.text).toContain("https://karvon.test/ru/advisers");
    const [notice] = await applicant.notification.list({});
    expect(notice).toMatchObject({ kind: "adviser.reject", title: "Bakı Ticarət Evi", note: "Сайт организации не открывается.", path: "/advisers" });
  });

  it("caps the consent mails of one organisation per 24 hours, before anything is created", async () => {
    const clock = fakeClock();
    const session = await createUser(handle.db, "capped-adviser");
    const adviser = callerFor({ db: handle.db, session, clock, config: { adviserConsentMailsPerDay: 2 } });
    const moderator = callerFor({ db: handle.db, session: await createUser(handle.db, "cap-moderator", { role: "moderator" }) });
    const { id } = await adviser.advisers.register({ ...application, name: "Namangan eksport agentligi", kind: "agency", country: "UZ" });
    await moderator.advisers.decide({ organizationId: id, decision: "approve" });
    const rows = (taxIds: string[]) => uploadOf(companyCsv(taxIds.map((taxId) => ({ ...fergana, taxId, legalName: `Namangan ${taxId}`, contactEmail: `c${taxId}@example.uz` }))));
    const imported = async () => (await handle.db.select().from(schema.companies).where(eq(schema.companies.importedBy, "capped-adviser"))).length;

    const tooMany = await errorOf(adviser.companyImport.run(rows(["304000001", "304000002", "304000003"])));
    expect([tooMany.code, tooMany.keys[0]]).toEqual(["TOO_MANY_REQUESTS", "errors.advisers.consentMailLimit"]);
    expect(await imported()).toBe(0);
    // The error's parameters fill the translated message: the cap, what the file would send, what is left.
    const params = await adviser.companyImport.run(rows(["304000001", "304000002", "304000003"])).catch((error: { cause?: { params?: unknown } }) => error.cause?.params);
    expect(params).toEqual({ limit: "2", count: "3", left: "2" });

    expect(await adviser.companyImport.run(rows(["304000001", "304000002"]))).toMatchObject({ created: 2 });
    expect((await errorOf(adviser.companyImport.run(rows(["304000004"])))).code).toBe("TOO_MANY_REQUESTS");
    // A day later the organisation may mail again.
    clock.advance(24 * 3600 * 1000 + 1);
    expect(await adviser.companyImport.run(rows(["304000004"]))).toMatchObject({ created: 1 });
    expect(await imported()).toBe(3);
    // The portfolio comes a page at a time.
    expect((await adviser.advisers.portfolio({})).clients).toHaveLength(3);
    expect(await adviser.advisers.portfolio({ page: 2 })).toMatchObject({ clients: [], total: 3, page: 2 });
  });

  // Real connections only: PGlite runs one statement at a time, so two registrations cannot interleave there.
  if (database.name === "postgres") {
    it("two registrations by one person at the same instant make one organisation", async () => {
      const session = await createUser(handle.db, "twice-at-once");
      const applicant = callerFor({ db: handle.db, session });
      let locked = () => {};
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      // Writes to the organisations wait for this transaction, reads do not: without a lock per person, both
      // registrations find that the person has no organisation before either can write one.
      const blocker = handle.db.transaction(async (tx) => {
        await tx.execute(sql`lock table adviser_organizations in exclusive mode`);
        locked();
        await released;
      });
      await lockTaken;
      const outcomes = [application, { ...application, name: "Gəncə Ticarət Evi" }].map((input) =>
        applicant.advisers.register(input).then(
          () => "registered",
          (error: { code?: string }) => error.code ?? "failed",
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      release();
      await blocker;
      expect((await Promise.all(outcomes)).sort()).toEqual(["CONFLICT", "registered"]);
      const rows = await handle.db.select().from(schema.advisers).where(eq(schema.advisers.userId, session.user.id));
      expect(rows).toHaveLength(1);
    });
  }
});
