import { describe, expect, it } from "vitest";
import { labels } from "./labels";
import type { NationalImportFigure } from "./national-imports";
import { partnerOf, rankOpportunities, type OpportunityCounts } from "./opportunities";

const period = { from: "2024-01-01", to: "2024-12-31" };
const figure = (chapter: string, value: number, to = period.to): NationalImportFigure => ({
  code: `uz-${chapter}-${to}`, chapter, product: labels("goods", "товары", "tovarlar", "mallar"), importer: "UZ", origins: "excluding-partner",
  value, unit: "USD", currency: "USD", period: { from: period.from, to }, source: "karvon-editorial", quote: "fixed figure for the test",
});

const counts: OpportunityCounts[] = [
  { chapter: "08", importer: "UZ", offers: 5, requests: 0 },
  { chapter: "39", importer: "UZ", offers: 2, requests: 3 },
  { chapter: "76", importer: "UZ", offers: 1, requests: 1 },
  { chapter: "52", importer: "AZ", offers: 0, requests: 0 },
  { chapter: "17", importer: "AZ", offers: 2, requests: 2 },
  { chapter: "72", importer: "UZ", offers: 0, requests: 0 },
];

describe("rankOpportunities", () => {
  it("ranks by the platform's evidence when there is no figure: both sides present first, then all activity", () => {
    expect(rankOpportunities(counts, []).map((row) => `${row.chapter}${row.importer}`)).toEqual(["39UZ", "17AZ", "76UZ", "08UZ"]);
  });

  it("puts sourced import figures first, larger first, and keeps a chapter with a figure but no listings", () => {
    const ranked = rankOpportunities(counts, [figure("76", 900_000_000), figure("72", 1_200_000_000)]);
    expect(ranked.map((row) => `${row.chapter}${row.importer}`)).toEqual(["72UZ", "76UZ", "39UZ", "17AZ", "08UZ"]);
    expect(ranked[0]?.figure?.value).toBe(1_200_000_000);
  });

  it("cites the latest figure of a chapter and never another country's", () => {
    const ranked = rankOpportunities(counts, [figure("39", 10, "2023-12-31"), figure("39", 20), { ...figure("17", 99), importer: "UZ" }]);
    expect(ranked.find((row) => row.chapter === "39")?.figure?.value).toBe(20);
    expect(ranked.find((row) => row.chapter === "17")?.figure).toBeUndefined();
  });

  it("ranks a figure counting imports from all countries by its value, and keeps its origins for the caption", () => {
    const allCountries: NationalImportFigure = { ...figure("39", 460_790_000), importer: "AZ", origins: "all-countries" };
    const ranked = rankOpportunities([...counts, { chapter: "39", importer: "AZ", offers: 0, requests: 0 }], [allCountries, figure("76", 900_000_000)]);
    expect(ranked.map((row) => `${row.chapter}${row.importer}`)).toEqual(["76UZ", "39AZ", "39UZ", "17AZ", "08UZ"]);
    expect(ranked[1]?.figure).toMatchObject({ origins: "all-countries", value: 460_790_000, source: "karvon-editorial" });
  });

  it("knows each country's partner", () => {
    expect(partnerOf("UZ")).toBe("AZ");
    expect(partnerOf("AZ")).toBe("UZ");
  });
});
