import { beforeAll, describe, expect, it } from "vitest";
import { embeddedTestDatabase, useTestDatabase } from "../support/databases";
import { authorizationMatrix, type Verdict } from "./authorization-matrix";
import { callAndRollBack, describeOutcome, listProcedures, type CallOutcome } from "./support/call";
import { roles, seedWorld, type World } from "./support/world";

const procedures = listProcedures();

function verdictOf(outcome: CallOutcome): Verdict | "error" {
  if (outcome.ok) return "allow";
  if (outcome.code === "UNAUTHORIZED" || outcome.code === "FORBIDDEN") return "deny";
  if (outcome.code === "NOT_FOUND") return "hidden";
  // A crash is never an acceptable answer, whatever the role.
  if (outcome.code === "INTERNAL_SERVER_ERROR") return "error";
  return "allow";
}

describe("authorization matrix (table)", () => {
  it("has a row for every procedure of the app router", () => {
    const missing = procedures.map((procedure) => procedure.path).filter((path) => !(path in authorizationMatrix));
    expect(missing, "add these procedures to tests/security/authorization-matrix.ts").toEqual([]);
  });

  it("has no row for a procedure that no longer exists", () => {
    const known = new Set(procedures.map((procedure) => procedure.path));
    const stale = Object.keys(authorizationMatrix).filter((path) => !known.has(path));
    expect(stale, "remove or rename these rows").toEqual([]);
  });

  it("finds the procedures (the walk over the router works)", () => {
    expect(procedures.length).toBeGreaterThan(10);
    expect(procedures.map((procedure) => procedure.path)).toContain("company.bySlug");
  });
});

describe.each(embeddedTestDatabase())("authorization matrix on $name", (database) => {
  const handle = useTestDatabase(database);
  let world: World;
  beforeAll(async () => {
    world = await seedWorld(handle.db);
  });

  for (const procedure of procedures) {
    const row = authorizationMatrix[procedure.path];
    if (row === undefined) continue;
    it(`${procedure.path}: every role gets its verdict`, async () => {
      const mismatches: string[] = [];
      for (const role of roles) {
        const outcome = await callAndRollBack(handle.db, world.sessions[role], procedure.path, row.input(world, role));
        const verdict = verdictOf(outcome);
        if (process.env.MATRIX_DEBUG) console.log(procedure.path, role, describeOutcome(outcome));
        if (verdict !== row.access[role]) {
          mismatches.push(`${role}: expected ${row.access[role]}, got ${describeOutcome(outcome)}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
