import { describe, expect, it } from "vitest";
import { labels, type NationalImportFigure } from "@karvon/data";
import { rankMatches, scoreMatch, type MatchSide } from "./scoring";

const base: Omit<MatchSide, "listingId" | "companyId" | "kind" | "country"> = {
  region: null,
  district: null,
  economicZone: null,
  sectors: [],
  hsChapters: [],
  direction: null,
  importsFrom: [],
  verified: false,
  publishedAt: new Date("2026-01-01T00:00:00Z"),
};
const side = (fields: Partial<MatchSide> & Pick<MatchSide, "listingId" | "kind" | "country">): MatchSide => ({
  ...base,
  companyId: `company-${fields.listingId}`,
  ...fields,
});

// Mine: a Baku aluminium producer offering profiles for export.
const myOffer = side({ listingId: "mine", companyId: "me", kind: "offer", country: "AZ", region: "AZ-BAK", hsChapters: ["76"], sectors: ["24"], direction: "export" });

/** Candidates from both countries, in a scrambled order, with the position each must take (null = no match). */
const table: { candidate: MatchSide; expected: number | null; why: string }[] = [
  { candidate: side({ listingId: "plain", kind: "request", country: "UZ", hsChapters: ["76"] }), expected: 3, why: "shared HS 76 only" },
  { candidate: side({ listingId: "substitution", kind: "request", country: "UZ", hsChapters: ["76"], importsFrom: ["CN", "RU"] }), expected: 1, why: "HS 76 + imports from China and Russia" },
  { candidate: side({ listingId: "sector-only", kind: "request", country: "UZ", sectors: ["24"] }), expected: 5, why: "shared sector only" },
  { candidate: side({ listingId: "same-country", kind: "request", country: "AZ", hsChapters: ["76"] }), expected: null, why: "same country" },
  { candidate: side({ listingId: "offer-vs-offer", kind: "offer", country: "UZ", hsChapters: ["76"] }), expected: null, why: "two offers do not meet" },
  { candidate: side({ listingId: "exports-only", kind: "request", country: "UZ", hsChapters: ["76"], direction: "export" }), expected: null, why: "a buyer that only exports" },
  { candidate: side({ listingId: "other-goods", kind: "request", country: "UZ", hsChapters: ["72"], sectors: ["24"] }), expected: null, why: "same sector, but both name goods and they differ (steel, not aluminium)" },
  { candidate: side({ listingId: "unrelated", kind: "request", country: "UZ", hsChapters: ["52"], sectors: ["13"] }), expected: null, why: "nothing in common" },
  { candidate: side({ listingId: "verified-zone", kind: "request", country: "UZ", hsChapters: ["76"], verified: true, economicZone: "UZ-FEZ-NAVOI" }), expected: 2, why: "HS 76 + zone + verified" },
  { candidate: side({ listingId: "project", kind: "joint-project", country: "UZ", sectors: ["24"], verified: true }), expected: 4, why: "project in the sector, verified" },
];

describe("matchmaking", () => {
  it("ranks a table of candidates in the expected order", () => {
    const shuffled = [...table].reverse();
    const ranked = rankMatches([myOffer], shuffled.map((row) => row.candidate), 20).map((match) => match.theirs.listingId);
    const expected = table
      .filter((row) => row.expected !== null)
      .sort((a, b) => (a.expected ?? 0) - (b.expected ?? 0))
      .map((row) => row.candidate.listingId);
    expect(ranked).toEqual(expected);
  });

  it("explains a match with structured reasons", () => {
    const match = scoreMatch(myOffer, side({ listingId: "x", kind: "request", country: "UZ", region: "UZ-TK", hsChapters: ["76", "73"], importsFrom: ["CN", "AZ"] }));
    expect(match?.reasons).toContainEqual({ code: "they-seek-what-you-offer", hsChapters: ["76"], sectors: [] });
    // Azerbaijan itself is not a third country.
    expect(match?.reasons).toContainEqual({ code: "import-substitution", countries: ["CN"] });
    // Their region (Tashkent) lies on the Middle Corridor; Tashkent and Baku are twinned.
    expect(match?.reasons).toContainEqual({ code: "corridor", corridor: "middle-corridor" });
    expect(match?.reasons).toContainEqual({ code: "twinned-cities", uz: "UZ-TK", az: "AZ-BAK" });
    // Where their region lies on no corridor, mine counts: Baku is on the Baku–Tbilisi–Kars railway.
    const nowhere = scoreMatch(myOffer, side({ listingId: "y", kind: "request", country: "UZ", region: "UZ-SU", hsChapters: ["76"] }));
    expect(nowhere?.reasons).toContainEqual({ code: "corridor", corridor: "btk-railway" });
  });

  it("names the other side's offer when I am the one seeking", () => {
    const myRequest = side({ listingId: "r", companyId: "me", kind: "request", country: "UZ", hsChapters: ["31"], importsFrom: ["RU"] });
    const match = scoreMatch(myRequest, side({ listingId: "o", kind: "offer", country: "AZ", hsChapters: ["31"] }));
    expect(match?.reasons[0]).toEqual({ code: "they-offer-what-you-seek", hsChapters: ["31"], sectors: [] });
    expect(match?.reasons).toContainEqual({ code: "replace-your-imports", countries: ["RU"] });
  });

  it("adds weight for twinned cities", () => {
    const kokand = side({ listingId: "k", companyId: "me", kind: "offer", country: "UZ", region: "UZ-FA", district: "UZ-FA-kokand-city", hsChapters: ["50"] });
    const shaki = side({ listingId: "s", kind: "request", country: "AZ", region: "AZ-SZQ", district: "AZ-SA", hsChapters: ["50"] });
    const elsewhere = side({ listingId: "e", kind: "request", country: "AZ", region: "AZ-LNA", hsChapters: ["50"] });
    expect(scoreMatch(kokand, shaki)?.reasons).toContainEqual({ code: "twinned-cities", uz: "UZ-FA-kokand-city", az: "AZ-SA" });
    expect(rankMatches([kokand], [elsewhere, shaki], 5).map((match) => match.theirs.listingId)).toEqual(["s", "e"]);
  });
});

describe("matchmaking with national import figures", () => {
  // Fixed figures, not the data package's: the score must follow whatever sources say.
  const period2024 = { from: "2024-01-01", to: "2024-12-31" };
  const figure = (fields: Pick<NationalImportFigure, "chapter" | "importer" | "value" | "period" | "source">): NationalImportFigure => ({
    ...fields,
    code: `${fields.importer}-${fields.chapter}-${fields.period.to}`,
    product: labels("aluminium", "алюминий", "alyuminiy", "alüminium"),
    origins: "excluding-partner",
    unit: "USD",
    currency: "USD",
    quote: "…",
  });
  const figures = [
    figure({ chapter: "76", importer: "UZ", value: 410_000_000, period: period2024, source: "trend-2025-12-13-uz-transport-ministry-cargo" }),
    figure({ chapter: "76", importer: "UZ", value: 300_000_000, period: { from: "2023-01-01", to: "2023-12-31" }, source: "azernews-2021-04-16-trade-2020" }),
    figure({ chapter: "73", importer: "UZ", value: 90_000_000, period: period2024, source: "news-az-2024-08-27-customs-jan-jul-2024" }),
    figure({ chapter: "76", importer: "AZ", value: 50_000_000, period: period2024, source: "report-az-2025-11-13-aliyev-uza-trade" }),
  ];
  const buyer = side({ listingId: "uz-buyer", kind: "request", country: "UZ", hsChapters: ["76", "73"] });

  it("cites the buyer's country's latest, largest figure among the shared goods, with its source", () => {
    const match = scoreMatch(myOffer, buyer, figures);
    expect(match?.reasons).toContainEqual({
      code: "national-imports",
      importer: "UZ",
      chapter: "76",
      product: labels("aluminium", "алюминий", "alyuminiy", "alüminium"),
      origins: "excluding-partner",
      value: 410_000_000,
      period: period2024,
      source: "trend-2025-12-13-uz-transport-ministry-cargo",
    });
  });

  it("cites the data package's published figure by default, saying it counts imports from all countries", () => {
    const medicines = side({ listingId: "az-medicines", companyId: "me", kind: "offer", country: "AZ", hsChapters: ["30"], direction: "export" });
    const pharmacy = side({ listingId: "uz-pharmacy", kind: "request", country: "UZ", hsChapters: ["30"] });
    expect(scoreMatch(medicines, pharmacy)?.reasons).toContainEqual({
      code: "national-imports",
      importer: "UZ",
      chapter: "30",
      product: labels("medicines", "лекарства", "dori vositalari", "dərman vasitələri"),
      origins: "all-countries",
      value: 2_000_000_000,
      period: { from: "2025-01-01", to: "2025-12-31" },
      source: "kun-uz-2026-02-27-medicine-imports",
    });
  });

  it("adds to the score beside the company's own declaration", () => {
    const without = scoreMatch(myOffer, buyer, [])?.score ?? 0;
    const withFigure = scoreMatch(myOffer, buyer, figures)?.score ?? 0;
    expect(withFigure).toBeGreaterThan(without);
    const declared = scoreMatch(myOffer, { ...buyer, importsFrom: ["CN"] }, figures);
    expect(declared?.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(["import-substitution", "national-imports"]));
  });

  it("ranks a buyer of goods their country imports above an otherwise equal, newer one", () => {
    const metals = side({ listingId: "metals", companyId: "me", kind: "offer", country: "AZ", hsChapters: ["73", "76"] });
    const steelBuyer = side({ listingId: "steel-buyer", kind: "request", country: "UZ", hsChapters: ["73"] });
    const aluminiumBuyer = side({ listingId: "aluminium-buyer", kind: "request", country: "UZ", hsChapters: ["76"], publishedAt: new Date("2026-06-01T00:00:00Z") });
    // Without figures the newer listing comes first; with a figure for chapter 73 only, the steel buyer does.
    expect(rankMatches([metals], [steelBuyer, aluminiumBuyer], 10, []).map((match) => match.theirs.listingId)).toEqual(["aluminium-buyer", "steel-buyer"]);
    expect(rankMatches([metals], [steelBuyer, aluminiumBuyer], 10, figures.filter((figure) => figure.chapter === "73")).map((match) => match.theirs.listingId)).toEqual(["steel-buyer", "aluminium-buyer"]);
  });

  it("cites no figure of the seller's own country, nor any where none is published", () => {
    const azBuyer = side({ listingId: "az-buyer", kind: "request", country: "AZ", hsChapters: ["76"] });
    const uzOffer = side({ listingId: "uz-offer", companyId: "uz", kind: "offer", country: "UZ", hsChapters: ["76"] });
    expect(scoreMatch(uzOffer, azBuyer, figures)?.reasons).toContainEqual(expect.objectContaining({ code: "national-imports", importer: "AZ", value: 50_000_000 }));
    expect(scoreMatch(myOffer, buyer, [])?.reasons.some((reason) => reason.code === "national-imports")).toBe(false);
  });
});
