import { appRouter, getApiSession, type Session } from "@karvon/api";
import { listMail, schema, type Db } from "@karvon/db";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAuth, signUpVerified } from "../support/auth";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { errorOf } from "../support/errors";
import { createUser, seedCompany, seedListing, seedSubmittedCompany } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

/** Calls a procedure of the caller by its dotted path, e.g. "moderation.reports.resolve". */
function callByPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

/** The owner edits the working copy: merged into the profile, back to draft, version bumped (as autosave does). */
async function ownerEdits(db: Db, companyId: string, patch: Record<string, unknown>) {
  await db
    .update(schema.companies)
    .set({ profile: sql`${schema.companies.profile} || ${JSON.stringify(patch)}::jsonb`, status: "draft", version: sql`${schema.companies.version} + 1` })
    .where(eq(schema.companies.id, companyId));
}

const moderationPaths = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("moderation."));

describe.each(testDatabases())("moderation on $name", (database) => {
  const handle = useTestDatabase(database);
  let moderator: Session;
  let otherModerator: Session;
  let admin: Session;
  let otherAdmin: Session;
  let owner: Session;
  let reporter: Session;

  beforeAll(async () => {
    moderator = await createUser(handle.db, "mod-dilnoza", { role: "moderator" });
    otherModerator = await createUser(handle.db, "mod-rashad", { role: "moderator" });
    admin = await createUser(handle.db, "admin-aziz", { role: "admin" });
    otherAdmin = await createUser(handle.db, "admin-leyla", { role: "admin" });
    owner = await createUser(handle.db, "owner-kamola", { locale: "ru" });
    reporter = await createUser(handle.db, "reporter-elvin", { locale: "az" });
  });

  it("refuses UPDATE, DELETE and TRUNCATE on the audit log", async () => {
    await handle.db.insert(schema.auditLog).values({ action: "test.append-only", actorId: "x" });
    await expect(handle.db.execute(sql`update audit_log set action = 'changed' where action = 'test.append-only'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_log where action = 'test.append-only'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const rows = await handle.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "test.append-only"));
    expect(rows).toHaveLength(1);
  });

  it("answers FORBIDDEN to a signed-in non-staff user from every moderation procedure", async () => {
    expect(moderationPaths.length).toBeGreaterThan(15);
    const caller = callerFor({ db: handle.db, session: owner });
    for (const path of moderationPaths) {
      const failure = await errorOf(callByPath(caller, path, {}));
      expect(failure.code, path).toBe("FORBIDDEN");
    }
  });

  it("keeps admin procedures from moderators", async () => {
    const caller = callerFor({ db: handle.db, session: moderator });
    const adminOnly = moderationPaths.filter((path) => /^moderation\.(staff|audit|appeals|analytics)\./.test(path));
    expect(adminOnly.length).toBeGreaterThanOrEqual(7);
    for (const path of adminOnly) expect((await errorOf(callByPath(caller, path, {}))).code, path).toBe("FORBIDDEN");
  });

  it("approves a submission: published, searchable, one decision and one audit row, the owner told in Russian", async () => {
    const clock = fakeClock();
    const company = await seedSubmittedCompany(handle.db, { ownerId: owner.user.id, legalName: "Kamolot Tekstil" });
    const caller = callerFor({ db: handle.db, session: moderator, clock });

    const queue = await caller.moderation.queues({ kind: "company" });
    expect(queue.items.map((item) => item.itemId)).toContain(company.id);
    expect(queue.counts.company).toBeGreaterThanOrEqual(1);

    const details = await caller.moderation.reviewItem({ itemType: "company", itemId: company.id });
    expect(details.isEdit).toBe(false);
    expect(details.registry?.url).toBe("https://my.soliq.uz");

    const result = await caller.moderation.decide({ itemType: "company", itemId: company.id, version: company.version, decision: "approve" });
    expect(result.status).toBe("published");

    const [row] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, company.id));
    expect(row?.published).toMatchObject({ legalName: "Kamolot Tekstil" });
    const documents = await handle.db.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.entityId, company.id));
    expect(documents).toHaveLength(1);
    const decisions = await handle.db.select().from(schema.moderationDecisions).where(eq(schema.moderationDecisions.itemId, company.id));
    expect(decisions).toMatchObject([{ decision: "approve", version: company.version, moderatorId: moderator.user.id }]);
    const audit = await handle.db.select().from(schema.auditLog).where(eq(schema.auditLog.targetId, company.id));
    expect(audit.filter((entry) => entry.action === "moderation.company.approve")).toMatchObject([{ actorId: moderator.user.id, ip: "203.0.113.7" }]);
    const mail = await listMail(handle.db, { to: owner.user.email });
    expect(mail.find((m) => m.template === "moderation.decision")?.subject).toContain("опубликован");
    const notices = await handle.db.select().from(schema.notifications).where(eq(schema.notifications.companyId, company.id));
    expect(notices.map((notice) => notice.kind)).toEqual(["moderation.approve"]);
  });

  it("refuses a second decision on a decided version with CONFLICT naming who decided", async () => {
    const company = await seedSubmittedCompany(handle.db, { ownerId: owner.user.id, legalName: "Fergana Fruit" });
    const input = { itemType: "company" as const, itemId: company.id, version: company.version };
    await callerFor({ db: handle.db, session: moderator }).moderation.decide({ ...input, decision: "request-changes", reasons: ["incomplete-profile"], note: "Add the website." });
    const failure = await callerFor({ db: handle.db, session: otherModerator }).moderation.decide({ ...input, decision: "approve" }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "CONFLICT", message: "errors.moderation.alreadyDecided" });
    expect((failure as { cause?: { params?: unknown } }).cause?.params).toEqual({ name: moderator.user.name });
    const [row] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, company.id));
    expect(row).toMatchObject({ status: "changes-requested", reviewReasons: ["incomplete-profile"], reviewNote: "Add the website." });
  });

  it("needs a reason to request changes or reject", async () => {
    const company = await seedSubmittedCompany(handle.db, { ownerId: owner.user.id, legalName: "Reasonless" });
    const failure = await errorOf(
      callerFor({ db: handle.db, session: moderator }).moderation.decide({ itemType: "company", itemId: company.id, version: company.version, decision: "reject" }),
    );
    expect(failure.code).toBe("BAD_REQUEST");
    expect(failure.fields.reasons).toContain("errors.moderation.reasonsRequired");
  });

  it("refuses a decision on a version the owner has since edited", async () => {
    const company = await seedSubmittedCompany(handle.db, { ownerId: owner.user.id, legalName: "Samarkand Ceramics" });
    await ownerEdits(handle.db, company.id, { website: "ceramics.uz" });
    const failure = await errorOf(
      callerFor({ db: handle.db, session: moderator }).moderation.decide({ itemType: "company", itemId: company.id, version: company.version, decision: "approve" }),
    );
    expect(failure).toMatchObject({ code: "CONFLICT", keys: ["errors.moderation.staleVersion"] });
  });

  it("shows a moderator an edit of a published company as a diff against the approved version", async () => {
    const company = await seedSubmittedCompany(handle.db, { ownerId: owner.user.id, legalName: "Bukhara Silk" });
    const caller = callerFor({ db: handle.db, session: moderator });
    const approved = await caller.moderation.decide({ itemType: "company", itemId: company.id, version: company.version, decision: "approve" });
    await ownerEdits(handle.db, company.id, { website: "bukhara-silk.uz", sectors: ["13", "14"] });
    await handle.db.update(schema.companies).set({ status: "submitted", version: sql`${schema.companies.version} + 1` }).where(eq(schema.companies.id, company.id));
    expect(approved.version).toBeGreaterThan(company.version);

    const queue = await caller.moderation.queues({ kind: "edit" });
    expect(queue.items.map((item) => item.itemId)).toContain(company.id);
    const details = await caller.moderation.reviewItem({ itemType: "company", itemId: company.id });
    expect(details.isEdit).toBe(true);
    expect(details.diff).toEqual([
      { path: "sectors", kind: "changed", before: ["13"], after: ["13", "14"], added: ["14"], removed: [] },
      { path: "website", kind: "added", after: "bukhara-silk.uz" },
    ]);
    expect(details.history.map((decision) => decision.decision)).toEqual(["approve"]);
  });

  it("claims for 30 minutes: another moderator is refused by name, then takes over after expiry", async () => {
    const clock = fakeClock();
    const company = await seedSubmittedCompany(handle.db, { ownerId: owner.user.id, legalName: "Andijan Motors" });
    const ref = { itemType: "company" as const, itemId: company.id };
    const mine = callerFor({ db: handle.db, session: moderator, clock });
    const theirs = callerFor({ db: handle.db, session: otherModerator, clock });

    const claim = await mine.moderation.claim(ref);
    expect(claim.expiresAt.getTime() - clock.now().getTime()).toBe(30 * 60_000);
    const refused = await theirs.moderation.claim(ref).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "CONFLICT", message: "errors.moderation.claimedByOther" });
    expect((refused as { cause?: { params?: unknown } }).cause?.params).toEqual({ name: moderator.user.name });
    expect((await errorOf(theirs.moderation.decide({ ...ref, version: company.version, decision: "approve" }))).keys).toEqual(["errors.moderation.claimedByOther"]);
    // Renewing one's own claim is allowed.
    await expect(mine.moderation.claim(ref)).resolves.toBeDefined();

    clock.advanceMinutes(29);
    expect((await errorOf(theirs.moderation.claim(ref))).code).toBe("CONFLICT");
    clock.advanceMinutes(2);
    await expect(theirs.moderation.claim(ref)).resolves.toMatchObject({ expiresAt: new Date(clock.now().getTime() + 30 * 60_000) });
    expect((await mine.moderation.queues({ kind: "company" })).items.find((item) => item.itemId === company.id)?.claim?.moderatorId).toBe(otherModerator.user.id);
    await expect(theirs.moderation.release(ref)).resolves.toEqual({ released: true });
  });

  it("takes a report, refuses a second open one, hides the listing and removes it from search; the reporter is told", async () => {
    const clock = fakeClock();
    const companyId = await seedCompany(handle.db, { legalName: "Ganja Grain", country: "AZ", sectors: ["01"] });
    const listingId = await seedListing(handle.db, { companyId, kind: "offer", title: { en: "Wheat, 500 t" }, sectors: ["01"], publishedAt: new Date("2026-11-01T10:00:00Z") }, clock.now());
    expect(await handle.db.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.entityId, listingId))).toHaveLength(1);

    const asReporter = callerFor({ db: handle.db, session: reporter, clock });
    const report = await asReporter.report.create({ targetType: "listing", targetId: listingId, reason: "fraud", note: "Asks for prepayment to a card." });
    expect((await errorOf(asReporter.report.create({ targetType: "listing", targetId: listingId, reason: "spam" }))).keys).toEqual(["errors.report.alreadyOpen"]);
    expect((await errorOf(asReporter.report.create({ targetType: "listing", targetId: "00000000-0000-4000-8000-000000000000", reason: "spam" }))).code).toBe("NOT_FOUND");

    const staff = callerFor({ db: handle.db, session: moderator, clock });
    expect((await staff.moderation.queues({ kind: "report", country: "AZ" })).items.map((item) => item.itemId)).toContain(report.id);
    // The moderator reads which listing was reported, by its title, and whose it is.
    expect((await staff.moderation.reports.list({ status: "open" })).find((row) => row.id === report.id)).toMatchObject({
      targetListingTitle: { en: "Wheat, 500 t" },
      targetCompanyName: "Ganja Grain",
    });
    expect((await errorOf(staff.moderation.reports.resolve({ reportId: report.id, action: "hide" }))).keys).toEqual(["errors.moderation.reasonsRequired"]);
    await staff.moderation.reports.resolve({ reportId: report.id, action: "hide", reasons: ["misleading"], note: "Prepayment scam." });

    expect(await handle.db.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.entityId, listingId))).toHaveLength(0);
    const [listing] = await handle.db.select().from(schema.listings).where(eq(schema.listings.id, listingId));
    expect(listing?.hiddenAt).not.toBeNull();
    const mail = await listMail(handle.db, { to: reporter.user.email });
    expect(mail.find((m) => m.template === "moderation.report-outcome")?.subject).toBe("Şikayətinizə baxıldı");
    expect((await errorOf(staff.moderation.reports.resolve({ reportId: report.id, action: "dismiss" }))).keys).toEqual(["errors.moderation.reportResolved"]);
    // Once resolved, the same person may report the target again.
    await expect(asReporter.report.create({ targetType: "listing", targetId: listingId, reason: "spam" })).resolves.toMatchObject({ status: "open" });
  });

  it("suspends a company on a report: its content leaves search", async () => {
    const clock = fakeClock();
    const companyId = await seedCompany(handle.db, { legalName: "Sumqayit Chemicals", country: "AZ" });
    await seedListing(handle.db, { companyId, kind: "offer", title: { en: "Caustic soda" }, publishedAt: new Date("2026-11-01T10:00:00Z") }, clock.now());
    expect(await handle.db.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.companyId, companyId))).toHaveLength(2);
    const report = await callerFor({ db: handle.db, session: reporter, clock }).report.create({ targetType: "company", targetId: companyId, reason: "fraud" });
    await callerFor({ db: handle.db, session: moderator, clock }).moderation.reports.resolve({ reportId: report.id, action: "suspend", reasons: ["unverifiable"] });
    expect(await handle.db.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.companyId, companyId))).toHaveLength(0);
    const audit = await handle.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, "moderation.company.suspend"), eq(schema.auditLog.targetId, companyId)));
    expect(audit).toHaveLength(1);
  });

  it("bans the author of reported content: every session revoked, their next call is UNAUTHORIZED", async () => {
    const auth = createTestAuth(handle.db);
    const signedIn = await signUpVerified(auth, handle.db, "spammer@example.uz");
    const session = await getApiSession(auth, signedIn.headers);
    expect(session?.user.id).toBe(signedIn.userId);
    const companyId = (await seedSubmittedCompany(handle.db, { ownerId: signedIn.userId, legalName: "Spam Trading" })).id;
    await expect(callerFor({ db: handle.db, session }).company.mine()).resolves.toBeDefined();

    const report = await callerFor({ db: handle.db, session: reporter }).report.create({ targetType: "company", targetId: companyId, reason: "spam" });
    await callerFor({ db: handle.db, session: moderator }).moderation.reports.resolve({ reportId: report.id, action: "ban", reasons: ["spam"] });

    const [person] = await handle.db.select().from(schema.user).where(eq(schema.user.id, signedIn.userId));
    expect(person?.banned).toBe(true);
    expect(await handle.db.select().from(schema.session).where(eq(schema.session.userId, signedIn.userId))).toHaveLength(0);
    const next = await getApiSession(auth, signedIn.headers);
    expect((await errorOf(callerFor({ db: handle.db, session: next }).company.mine())).code).toBe("UNAUTHORIZED");
    // Even a session read before the ban (carrying banned: true from the row) is refused.
    const stale = { ...(session as Session), user: { ...(session as Session).user, banned: true } };
    expect((await errorOf(callerFor({ db: handle.db, session: stale }).report.create({ targetType: "company", targetId: companyId, reason: "spam" }))).code).toBe("UNAUTHORIZED");
    expect((await errorOf(callerFor({ db: handle.db, session: moderator }).moderation.reports.resolve({ reportId: report.id, action: "ban", reasons: ["spam"] }))).code).toBe("CONFLICT");
  });

  it("lets the owner appeal a rejection once; only another admin decides, and granting puts it back in the queue", async () => {
    const company = await seedSubmittedCompany(handle.db, { ownerId: owner.user.id, legalName: "Namangan Nuts" });
    await callerFor({ db: handle.db, session: admin }).moderation.decide({ itemType: "company", itemId: company.id, version: company.version, decision: "reject", reasons: ["unverifiable"] });

    const asOwner = callerFor({ db: handle.db, session: owner });
    expect((await errorOf(callerFor({ db: handle.db, session: reporter }).appeal.create({ itemType: "company", itemId: company.id, message: "This is my company, really." }))).code).toBe("FORBIDDEN");
    const appeal = await asOwner.appeal.create({ itemType: "company", itemId: company.id, message: "Our registration certificate is attached in the profile." });
    expect(appeal).toMatchObject({ kind: "rejection", status: "open" });
    expect((await errorOf(asOwner.appeal.create({ itemType: "company", itemId: company.id, message: "Please look again at our company." }))).keys).toEqual(["errors.moderation.alreadyAppealed"]);

    expect((await errorOf(callerFor({ db: handle.db, session: moderator }).moderation.appeals.decide({ appealId: appeal.id, outcome: "granted" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(callerFor({ db: handle.db, session: admin }).moderation.appeals.decide({ appealId: appeal.id, outcome: "granted" }))).keys).toEqual(["errors.moderation.sameModerator"]);
    await callerFor({ db: handle.db, session: otherAdmin }).moderation.appeals.decide({ appealId: appeal.id, outcome: "granted", note: "Registry confirms it." });

    const [row] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, company.id));
    expect(row?.status).toBe("submitted");
    expect((await errorOf(callerFor({ db: handle.db, session: otherAdmin }).moderation.appeals.decide({ appealId: appeal.id, outcome: "denied" }))).keys).toEqual(["errors.moderation.appealDecided"]);
  });

  it("confirms a company in the national registry once, with date and moderator, audited", async () => {
    const clock = fakeClock();
    const companyId = await seedCompany(handle.db, { legalName: "Baku Steel", country: "AZ" });
    const caller = callerFor({ db: handle.db, session: moderator, clock });
    await expect(caller.moderation.confirmRegistry({ companyId })).resolves.toMatchObject({ verificationLevel: "registry-confirmed", verifiedAt: clock.now() });
    expect((await errorOf(caller.moderation.confirmRegistry({ companyId }))).keys).toEqual(["errors.moderation.alreadyConfirmed"]);
    const [row] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, companyId));
    expect(row?.verifiedBy).toBe(moderator.user.id);
    const [document] = await handle.db.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.entityId, companyId));
    expect(document?.verified).toBe(true);
  });

  it("lets an admin manage staff, audited with before and after, and browse the audit log", async () => {
    const person = await createUser(handle.db, "future-mod");
    const caller = callerFor({ db: handle.db, session: admin });
    await caller.moderation.staff.setRole({ userId: person.user.id, role: "moderator" });
    await caller.moderation.staff.setCountries({ userId: person.user.id, countries: ["UZ", "AZ"] });
    expect((await caller.moderation.staff.list({})).find((member) => member.id === person.user.id)).toMatchObject({ role: "moderator", countries: ["AZ", "UZ"] });
    expect((await errorOf(caller.moderation.staff.setRole({ userId: admin.user.id, role: "user" }))).keys).toEqual(["errors.moderation.ownRole"]);

    const page = await caller.moderation.audit.list({ targetId: person.user.id });
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => [row.action, row.before, row.after])).toEqual([
      ["admin.staff.countries", { countries: [] }, { countries: ["AZ", "UZ"] }],
      ["admin.role.change", { role: "user" }, { role: "moderator" }],
    ]);
    // Names, not ids: who acted and whom it concerned.
    expect(page.rows.map((row) => [row.actorName, row.targetName])).toEqual([
      [admin.user.name, person.user.name],
      [admin.user.name, person.user.name],
    ]);
    const exported = [];
    for await (const batch of await caller.moderation.audit.export({ actorId: admin.user.id })) exported.push(...batch);
    expect(exported.map((row) => row.action)).toContain("admin.role.change");
  });

  it("computes the analytics: decision times with percentiles, reasons, statuses", async () => {
    const overview = await callerFor({ db: handle.db, session: admin }).moderation.analytics.overview({ days: 365 });
    const companyTimes = overview.timings.find((timing) => timing.itemType === "company");
    expect(companyTimes?.decisions).toBeGreaterThanOrEqual(4);
    expect(companyTimes?.medianHours).toBe(25);
    expect(overview.reasons.find((row) => row.key === "incomplete-profile")).toMatchObject({ group: "request-changes", total: 1 });
    expect(overview.companies.find((row) => row.key === "suspended")?.total).toBeGreaterThanOrEqual(1);
    expect(overview.contacts).toEqual({ sent: 0, accepted: 0 });
  });
});
