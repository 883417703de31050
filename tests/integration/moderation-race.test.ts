import type { Session } from "@karvon/api";
import { schema } from "@karvon/db";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { createUser, seedSubmittedCompany } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

// Real concurrency needs real connections, which the PostgreSQL server gives. PGlite has one connection and queues
// the calls: the outcome must be the same there, and the file also runs where no PostgreSQL server is installed.
describe.each(testDatabases())("simultaneous moderation decisions on $name", (database) => {
  const handle = useTestDatabase(database);
  let first: Session;
  let second: Session;
  let owner: Session;

  beforeAll(async () => {
    first = await createUser(handle.db, "mod-race-1", { role: "moderator" });
    second = await createUser(handle.db, "mod-race-2", { role: "moderator" });
    owner = await createUser(handle.db, "owner-race");
  });

  it.each([
    ["approve", "reject"],
    ["request-changes", "approve"],
    ["approve", "approve"],
  ] as const)("%s against %s: exactly one succeeds, the other gets CONFLICT naming the winner, one audit row", async (a, b) => {
    const company = await seedSubmittedCompany(handle.db, { ownerId: owner.user.id, legalName: `Race ${a} ${b}` });
    const decide = (session: Session, decision: "approve" | "reject" | "request-changes") =>
      callerFor({ db: handle.db, session }).moderation.decide({
        itemType: "company",
        itemId: company.id,
        version: company.version,
        decision,
        reasons: decision === "approve" ? [] : ["incomplete-profile"],
      });

    const results = await Promise.allSettled([decide(first, a), decide(second, b)]);
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatchObject({ code: "CONFLICT", message: "errors.moderation.alreadyDecided" });
    const winner = results[0]?.status === "fulfilled" ? first : second;
    expect((rejected[0]?.reason as { cause?: { params?: unknown } }).cause?.params).toEqual({ name: winner.user.name });

    const decisions = await handle.db.select().from(schema.moderationDecisions).where(eq(schema.moderationDecisions.itemId, company.id));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]?.moderatorId).toBe(winner.user.id);
    const audit = await handle.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.targetType, "company"), eq(schema.auditLog.targetId, company.id)));
    expect(audit).toHaveLength(1);
    const mails = await handle.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.to, owner.user.email));
    expect(mails.filter((mail) => mail.subject.includes(`Race ${a} ${b}`))).toHaveLength(1);
  });
});
