/**
 * Fuzzing every procedure: random and malformed inputs, as a visitor, an owner and an admin, must never crash a
 * procedure (INTERNAL_SERVER_ERROR); they are refused with BAD_REQUEST or answered with a domain error.
 * Cases per procedure come from FUZZ_RUNS (about 50 in `npm test`, 10 000 in `npm run test:long`).
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { authorizationMatrix } from "./authorization-matrix";
import { callAndRollBack, describeOutcome, listProcedures } from "./support/call";
import { seedWorld, type Role, type World } from "./support/world";

const runs = Number.parseInt(process.env.FUZZ_RUNS ?? "", 10) || 50;
const fuzzRoles: Role[] = ["anonymous", "owner", "admin"];

/** Values that have broken parsers and queries elsewhere. */
const nasty = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u202Eevil",
    "'; drop table companies; --",
    "%",
    "_",
    "\\",
    "<script>alert(1)</script>",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    Number.MAX_SAFE_INTEGER,
    2 ** 63,
    -1,
    true,
    null,
    [],
    {},
    new Date(Number.NaN),
    new Date(8.64e15),
  ),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.integer({ min: 1000, max: 200_000 }).map((length) => "ж".repeat(length)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as unknown),
);

const anything = fc.anything({ maxDepth: 3, maxKeys: 6, withDate: true, withNullPrototype: true, withBigInt: true });

/** A valid input with one field replaced, removed or doubled — the malformed inputs a real client sends. */
function malformedFrom(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid !== "object" || valid === null) return fc.oneof(nasty, anything);
  const keys = Object.keys(valid);
  if (keys.length === 0) return fc.oneof(nasty, anything);
  return fc.tuple(fc.constantFrom(...keys), fc.oneof(nasty, anything), fc.boolean()).map(([key, value, drop]) => {
    const copy: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
    if (drop) delete copy[key];
    else copy[key] = value;
    return copy;
  });
}

describe.each(testDatabases())("fuzz on $name", (database) => {
  const handle = useTestDatabase(database);
  let world: World;
  beforeAll(async () => {
    world = await seedWorld(handle.db);
  });

  for (const procedure of listProcedures()) {
    it(`${procedure.path} never answers INTERNAL_SERVER_ERROR`, { timeout: Math.max(60_000, runs * 200) }, async () => {
      const row = authorizationMatrix[procedure.path];
      const valid = row?.input(world, "owner");
      const input = fc.oneof(nasty, anything, malformedFrom(valid));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...fuzzRoles), input, async (role, value) => {
          const outcome = await callAndRollBack(handle.db, world.sessions[role], procedure.path, value);
          if (!outcome.ok && outcome.code === "INTERNAL_SERVER_ERROR") {
            throw new Error(`${role}: ${describeOutcome(outcome)}`);
          }
        }),
        { numRuns: runs },
      );
      // No input may pollute prototypes on the way through.
      expect(Object.prototype).not.toHaveProperty("polluted");
    });
  }
});
