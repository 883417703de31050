/**
 * Every tRPC query is free of side effects: GETs can be prefetched, retried, cached and sent cross-site (a
 * CSRF with GET must achieve nothing). Each query is called for real by every role and the data of every table
 * must be byte-for-byte the same afterwards.
 */
import { tableChecksums } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { embeddedTestDatabase, useTestDatabase } from "../support/databases";
import { authorizationMatrix } from "./authorization-matrix";
import { call, listProcedures } from "./support/call";
import { roles, seedWorld, type World } from "./support/world";

const queries = listProcedures().filter((procedure) => procedure.type === "query");

describe.each(embeddedTestDatabase())("queries have no side effects on $name", (database) => {
  const handle = useTestDatabase(database);
  let world: World;
  beforeAll(async () => {
    world = await seedWorld(handle.db);
  });

  it("there are queries to check", () => {
    expect(queries.length).toBeGreaterThan(5);
  });

  for (const procedure of queries) {
    it(`${procedure.path} writes nothing, whoever calls it`, async () => {
      const row = authorizationMatrix[procedure.path];
      expect(row, `no matrix row for ${procedure.path}`).toBeDefined();
      if (row === undefined) return;
      const before = await tableChecksums(handle.db);
      for (const role of roles) await call(handle.db, world.sessions[role], procedure.path, row.input(world, role));
      const changed = (await tableChecksums(handle.db))
        .filter((table, index) => table.checksum !== before[index]?.checksum || table.table !== before[index]?.table)
        .map((table) => table.table);
      expect(changed).toEqual([]);
    });
  }
});
