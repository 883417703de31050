/**
 * In-portal notices (#7): a moderation outcome reaches every member of the company, a report's outcome reaches
 * the reporter; each person sees only their own and their companies' notices, counts the unread ones in the
 * header, and marks them as read.
 */
import { randomUUID } from "node:crypto";
import type { Session } from "@karvon/api";
import { schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { fakeClock } from "../support/clock";
import { errorOf } from "../support/errors";
import { createUser, seedCompany, seedListing, seedSubmittedCompany } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("notifications on $name", (database) => {
  const handle = useTestDatabase(database);
  let moderator: Session;
  let owner: Session;
  let colleague: Session;
  let stranger: Session;
  let reporter: Session;

  beforeAll(async () => {
    moderator = await createUser(handle.db, "mod-notices", { role: "moderator" });
    owner = await createUser(handle.db, "owner-notices", { locale: "uz" });
    colleague = await createUser(handle.db, "colleague-notices");
    stranger = await createUser(handle.db, "stranger-notices");
    reporter = await createUser(handle.db, "reporter-notices", { locale: "az" });
  });

  it("tells every member of the company about a request for changes, with the reasons and the note", async () => {
    const clock = fakeClock();
    const company = await seedSubmittedCompany(handle.db, { ownerId: owner.user.id, legalName: "Notice Textiles" });
    const [row] = await handle.db.select({ organizationId: schema.companies.organizationId }).from(schema.companies).where(eq(schema.companies.id, company.id));
    await handle.db.insert(schema.member).values({ id: randomUUID(), organizationId: row?.organizationId ?? "", userId: colleague.user.id, role: "member" });

    expect(await callerFor({ db: handle.db, session: owner, clock }).notification.unreadCount({})).toBe(0);
    await callerFor({ db: handle.db, session: moderator, clock }).moderation.decide({
      itemType: "company",
      itemId: company.id,
      version: company.version,
      decision: "request-changes",
      reasons: ["incomplete-profile"],
      note: "Add the website.",
    });

    for (const person of [owner, colleague]) {
      const caller = callerFor({ db: handle.db, session: person, clock });
      expect(await caller.notification.unreadCount({})).toBe(1);
      const [notice, ...rest] = await caller.notification.list({});
      expect(rest).toEqual([]);
      expect(notice).toMatchObject({
        kind: "moderation.request-changes",
        companyName: "Notice Textiles",
        itemType: "company",
        itemId: company.id,
        reasons: ["incomplete-profile"],
        note: "Add the website.",
        read: false,
      });
    }
    expect(await callerFor({ db: handle.db, session: stranger, clock }).notification.list({})).toEqual([]);
    expect(await callerFor({ db: handle.db, session: stranger, clock }).notification.unreadCount({})).toBe(0);
  });

  it("marks as read only what is addressed to the caller", async () => {
    const clock = fakeClock();
    const [notice] = await callerFor({ db: handle.db, session: owner, clock }).notification.list({ unreadOnly: true });
    expect(notice).toBeDefined();
    const id = notice?.id ?? "";

    // A stranger naming the owner's notice changes nothing and learns nothing.
    expect(await callerFor({ db: handle.db, session: stranger, clock }).notification.markRead({ ids: [id] })).toEqual({ updated: 0 });
    expect(await callerFor({ db: handle.db, session: owner, clock }).notification.unreadCount({})).toBe(1);

    expect(await callerFor({ db: handle.db, session: owner, clock }).notification.markRead({ ids: [id] })).toEqual({ updated: 1 });
    expect(await callerFor({ db: handle.db, session: owner, clock }).notification.unreadCount({})).toBe(0);
    // The company was told: read for its other member too, and still listed (as read).
    expect(await callerFor({ db: handle.db, session: colleague, clock }).notification.unreadCount({})).toBe(0);
    expect(await callerFor({ db: handle.db, session: colleague, clock }).notification.list({})).toMatchObject([{ id, read: true }]);
    expect(await callerFor({ db: handle.db, session: colleague, clock }).notification.list({ unreadOnly: true })).toEqual([]);
  });

  it("tells the reporter the outcome of a report, and marks all as read at once", async () => {
    const clock = fakeClock();
    const companyId = await seedCompany(handle.db, { legalName: "Reported Fruit", country: "AZ" });
    const listingId = await seedListing(handle.db, { companyId, kind: "offer", title: { en: "Too good to be true apricots" } });
    const report = await callerFor({ db: handle.db, session: reporter, clock }).report.create({ targetType: "listing", targetId: listingId, reason: "fraud" });
    await callerFor({ db: handle.db, session: moderator, clock }).moderation.reports.resolve({ reportId: report.id, action: "hide", reasons: ["misleading"], note: "Hidden." });

    const reporterCaller = callerFor({ db: handle.db, session: reporter, clock });
    expect(await reporterCaller.notification.list({})).toMatchObject([
      { kind: "report.outcome", companyName: null, itemType: "listing", outcome: "actioned", read: false },
    ]);
    expect(await reporterCaller.notification.markRead({})).toEqual({ updated: 1 });
    expect(await reporterCaller.notification.unreadCount({})).toBe(0);
    // The owner's notices are untouched by the reporter's "mark all".
    expect(await callerFor({ db: handle.db, session: owner, clock }).notification.list({})).toHaveLength(1);
  });

  it("answers null to a visitor for the header count and UNAUTHORIZED for the list", async () => {
    const visitor = callerFor({ db: handle.db, session: null });
    expect(await visitor.notification.unreadCount({})).toBeNull();
    expect((await errorOf(visitor.notification.list({}))).code).toBe("UNAUTHORIZED");
    expect((await errorOf(visitor.notification.markRead({}))).code).toBe("UNAUTHORIZED");
  });
});
