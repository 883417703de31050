import { searchPartners, seedDemoCompanies, seedDemoListings } from "@karvon/db";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { createRandom } from "../bench/random";

/**
 * Script-blind means the same answer, not only the same total: the same words typed in Uzbek Latin or Cyrillic,
 * with any apostrophe or none, Azerbaijani with or without its letters, must give the same first page in the
 * same order, on the demo data.
 */
const now = new Date("2026-06-01T09:00:00Z");

const sameWords: [string, ...string[]][] = [
  ["paxta", "пахта", "PAXTA"],
  ["oʻgʻit", "ўғит", "o'g'it", "og`it", "ogit"],
  ["qurilish", "қурилиш"],
  ["toʻqimachilik", "тўқимачилик", "to‘qimachilik", "toqimachilik"],
  ["paxta kalavasi", "пахта калаваси"],
  ["pambıq", "pambiq", "PAMBIQ"],
  ["tikinti materialları", "tikinti materiallari"],
  ["meva sharbat", "мева шарбат"],
];

describe.each(testDatabases())("the same words in any script rank the same on $name", (database) => {
  const handle = useTestDatabase(database);

  beforeAll(async () => {
    const random = createRandom(5).next;
    const { companyIds } = await seedDemoCompanies(handle.db, { hashPassword: async (password) => `hashed:${password}`, random, now });
    await seedDemoListings(handle.db, { companyIds, random, now });
  });

  it.each(sameWords)("“%s” and its other spellings give the same first page", async (first, ...others) => {
    const pageOf = async (text: string) => {
      const result = await searchPartners(handle.db, { now, text, pageSize: 20 });
      return { total: result.total, order: result.hits.map((hit) => hit.entityId) };
    };
    const expected = await pageOf(first);
    expect(expected.total).toBeGreaterThan(0);
    for (const other of others) expect(await pageOf(other), other).toEqual(expected);
  });
});
