import { schema } from "@karvon/db";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("stats.companiesByCountry on $name", (database) => {
  const handle = useTestDatabase(database);

  it("counts published, unsuspended companies per partner country", async () => {
    const caller = callerFor({ db: handle.db, session: null });
    expect(await caller.stats.companiesByCountry()).toEqual({ UZ: 0, AZ: 0 });

    const now = new Date();
    const orgs = ["o1", "o2", "o3", "o4"].map((id) => ({ id, name: id, slug: id }));
    await handle.db.insert(schema.organization).values(orgs);
    await handle.db.insert(schema.companies).values([
      { organizationId: "o1", slug: "a", country: "UZ", taxId: "301234567", legalName: "A", publishedAt: now },
      { organizationId: "o2", slug: "b", country: "AZ", taxId: "1400057421", legalName: "B", publishedAt: now },
      { organizationId: "o3", slug: "c", country: "AZ", taxId: "1400057431", legalName: "C" },
      { organizationId: "o4", slug: "d", country: "UZ", taxId: "301234568", legalName: "D", publishedAt: now, suspendedAt: now },
    ]);
    expect(await caller.stats.companiesByCountry()).toEqual({ UZ: 1, AZ: 1 });
  });
});
