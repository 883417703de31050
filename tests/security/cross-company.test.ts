/**
 * Tenancy: company B's ids in company A's calls answer NOT_FOUND and change nothing; extra fields in inputs
 * (mass assignment) have no effect; public outputs never carry contact e-mails or phones.
 */
import { schema, tableChecksums } from "@karvon/db";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { authorizationMatrix } from "./authorization-matrix";
import { call, callAndRollBack, describeOutcome, listProcedures } from "./support/call";
import { seedWorld, type World } from "./support/world";

/** The same world seen from the other side: B's things where A's were, so A's people reach for B's. */
function mirrored(world: World): World {
  return {
    ...world,
    companyA: world.companyB,
    companyB: world.companyA,
    requestToA: world.requestToB,
    requestToB: world.requestToA,
    conversationA: world.conversationB,
    conversationB: world.conversationA,
    event: { ...world.event, requestToA: world.event.requestToB, requestToB: world.event.requestToA },
    userIds: { ...world.userIds, owner: world.userIds.otherOwner, otherOwner: world.userIds.owner },
  };
}

/** Procedures that hide A's things from B's owner: with the roles swapped, they must hide B's things from A. */
const tenantScoped = Object.entries(authorizationMatrix).filter(([, row]) => row.access.otherOwner === "hidden");

describe.each(testDatabases())("cross-company access on $name", (database) => {
  const handle = useTestDatabase(database);
  let world: World;
  beforeAll(async () => {
    world = await seedWorld(handle.db);
  });

  it("covers drafts, requests, conversations, members and the acting-company switch", () => {
    const paths = tenantScoped.map(([path]) => path);
    for (const expected of ["company.saveDraft", "company.listMembers", "contact.accept", "contact.conversations.byId", "actingCompany.set"]) {
      expect(paths).toContain(expected);
    }
  });

  it("answers NOT_FOUND to A's owner and member for every one of B's things, and writes nothing", async () => {
    const before = await tableChecksums(handle.db);
    const other = mirrored(world);
    const leaks: string[] = [];
    for (const [path, row] of tenantScoped) {
      for (const role of ["owner", "member"] as const) {
        // Real calls, not rolled back: a refused call must leave no trace.
        const outcome = await call(handle.db, world.sessions[role], path, row.input(other, "otherOwner"));
        if (outcome.ok || outcome.code !== "NOT_FOUND") leaks.push(`${path} as ${role}: ${describeOutcome(outcome)}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(await tableChecksums(handle.db)).toEqual(before);
  });

  describe("mass assignment", () => {
    const extras = {
      role: "admin",
      status: "published",
      companyId: "00000000-0000-4000-8000-000000000000",
      verified: true,
      verificationLevel: "registry-confirmed",
      version: 999,
      publishedAt: new Date("2020-01-01"),
      banned: false,
      emailVerified: true,
      organizationId: "org-x",
      senderCompanyId: "00000000-0000-4000-8000-000000000000",
    };

    it("company.create ignores role, status, version, verification and publication fields", async () => {
      const outcome = await call(handle.db, world.sessions.unverified, "company.create", {
        legalName: "Sneaky Trade LLC",
        country: "UZ",
        taxId: "301234564",
        ...extras,
      });
      expect(outcome.ok, describeOutcome(outcome)).toBe(true);
      const [company] = await handle.db.select().from(schema.companies).where(eq(schema.companies.legalName, "Sneaky Trade LLC"));
      expect(company).toMatchObject({ status: "draft", version: 1, publishedAt: null, published: null });
      // A valid tax ID format is checked automatically; registry confirmation is a moderator's act.
      expect(company?.verificationLevel).not.toBe("registry-confirmed");
      const [person] = await handle.db.select().from(schema.user).where(eq(schema.user.id, world.userIds.unverified));
      expect(person).toMatchObject({ role: "user", emailVerified: false });
    });

    it("company.saveDraft keeps status, version bookkeeping and verification out of the caller's hands", async () => {
      const [before] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, world.companyA.id));
      const outcome = await callAndRollBack(handle.db, world.sessions.owner, "company.saveDraft", {
        ...extras,
        companyId: world.companyA.id,
        patch: { city: "Bukhara", ...extras },
      });
      // Either the unknown keys are stripped or the input is refused; both are fine, a write of them is not.
      if (outcome.ok) {
        const result = outcome.value as { status: string; version: number };
        expect(result.status).not.toBe("published");
        expect(result.version).not.toBe(999);
      } else {
        expect(outcome.code).toBe("BAD_REQUEST");
      }
      await call(handle.db, world.sessions.owner, "company.saveDraft", {
        ...extras,
        companyId: world.companyA.id,
        patch: { city: "Bukhara", ...extras },
      });
      const [after] = await handle.db.select().from(schema.companies).where(eq(schema.companies.id, world.companyA.id));
      expect(after?.verificationLevel).toBe(before?.verificationLevel);
      expect(after?.publishedAt).toEqual(before?.publishedAt);
      expect(after?.organizationId).toBe(before?.organizationId);
      expect(after?.version).not.toBe(999);
      for (const key of ["role", "status", "companyId", "verified", "version", "publishedAt", "organizationId"]) {
        expect(after?.profile, `profile must not store "${key}"`).not.toHaveProperty(key);
      }
    });

    it("account.updateProfile cannot change role, ban, verification or e-mail", async () => {
      const outcome = await call(handle.db, world.sessions.member, "account.updateProfile", {
        name: "Member Renamed",
        locale: "az",
        email: "taken-over@example.com",
        ...extras,
      });
      expect(outcome.ok, describeOutcome(outcome)).toBe(true);
      const [person] = await handle.db.select().from(schema.user).where(eq(schema.user.id, world.userIds.member));
      expect(person).toMatchObject({ name: "Member Renamed", role: "user", email: world.sessions.member?.user.email });
    });

    it("contact.send always sends as the caller's company, pending", async () => {
      const outcome = await callAndRollBack(handle.db, world.sessions.owner, "contact.send", {
        targetCompanyId: world.companyC.id,
        purpose: "sell",
        message: "We can deliver dried apricots every month.",
        idempotencyKey: crypto.randomUUID(),
        ...extras,
        status: "accepted",
      });
      expect(outcome.ok, describeOutcome(outcome)).toBe(true);
      expect(outcome.ok && outcome.value).toMatchObject({ status: "pending", recipientCompanyId: world.companyC.id });
    });

    it("contact.conversations.send writes as the caller's company", async () => {
      const body = `Mass assignment probe ${crypto.randomUUID()}`;
      const outcome = await call(handle.db, world.sessions.owner, "contact.conversations.send", {
        conversationId: world.conversationA,
        body,
        ...extras,
      });
      expect(outcome.ok, describeOutcome(outcome)).toBe(true);
      const [message] = await handle.db.select().from(schema.messages).where(eq(schema.messages.body, body));
      expect(message?.senderCompanyId).toBe(world.companyA.id);
    });
  });

  describe("public outputs", () => {
    const publicProcedures = listProcedures().filter(
      (procedure) => procedure.type === "query" && authorizationMatrix[procedure.path]?.access.anonymous === "allow",
    );

    it("there are public procedures to check", () => {
      expect(publicProcedures.map((procedure) => procedure.path)).toContain("company.bySlug");
    });

    it("every public procedure declares an .output() schema", () => {
      const undeclared = publicProcedures.filter((procedure) => !procedure.hasOutputSchema).map((procedure) => procedure.path);
      expect(undeclared, "public procedures without .output()").toEqual([]);
    });

    it("never contain a contact e-mail or phone, for visitors and for an unrelated company", async () => {
      const leaks: string[] = [];
      for (const procedure of publicProcedures) {
        const row = authorizationMatrix[procedure.path];
        if (row === undefined) continue;
        for (const role of ["anonymous", "otherOwner"] as const) {
          for (const target of [world, mirrored(world)]) {
            const outcome = await callAndRollBack(handle.db, world.sessions[role], procedure.path, row.input(target, role));
            const text = JSON.stringify(outcome.ok ? outcome.value : null) ?? "";
            for (const secret of world.secrets) {
              if (text.includes(secret)) leaks.push(`${procedure.path} as ${role}: ${secret}`);
            }
            // Phones are also looked for without their "+".
            for (const secret of world.secrets.filter((value) => value.startsWith("+"))) {
              if (text.includes(secret.slice(1))) leaks.push(`${procedure.path} as ${role}: ${secret}`);
            }
          }
        }
      }
      expect(leaks).toEqual([]);
    });
  });
});
