import { companySubmitSchema } from "@karvon/data";
import { hasAnyCompany, schema, seedDemoCompanies } from "@karvon/db";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { embeddedTestDatabase, useTestDatabase } from "../support/databases";
import { createRandom } from "../bench/random";

describe.each(embeddedTestDatabase())("demo companies on $name", (database) => {
  const handle = useTestDatabase(database);

  it("seeds sixty-two published, valid companies of both countries with random passwords", async () => {
    expect(await hasAnyCompany(handle.db)).toBe(false);
    const hashes: string[] = [];
    const { accounts, companyIds } = await seedDemoCompanies(handle.db, {
      hashPassword: async (password) => {
        hashes.push(password);
        return `hashed:${password}`;
      },
      random: createRandom(7).next,
    });
    expect(accounts.length).toBe(63);
    expect(companyIds).toHaveLength(accounts.length - 1);
    expect(accounts.filter((entry) => entry.role === "moderator")).toHaveLength(1);
    expect(new Set(accounts.map((entry) => entry.password)).size).toBe(accounts.length);
    expect(await hasAnyCompany(handle.db)).toBe(true);

    const rows = await handle.db.select().from(schema.companies);
    expect(new Set(rows.map((row) => row.country))).toEqual(new Set(["UZ", "AZ"]));
    expect(new Set(rows.map((row) => row.verificationLevel))).toEqual(new Set(["format-checked", "registry-confirmed"]));
    for (const row of rows) {
      expect(row.status).toBe("published");
      const checked = companySubmitSchema.safeParse({ ...row.published, country: row.country, taxId: row.taxId, legalName: row.legalName });
      expect(checked.success, `${row.legalName}: ${JSON.stringify(checked.error?.issues)}`).toBe(true);
    }
    // Uzbek Cyrillic descriptions are among them.
    expect(rows.some((row) => /[ўқғҳ]/u.test(JSON.stringify(row.published)))).toBe(true);

    const first = accounts[0];
    const page = await callerFor({ db: handle.db, session: null }).company.bySlug({ slug: first?.slug ?? "" });
    expect(page.legalName).toBe(first?.company);
  });
});
