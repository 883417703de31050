import { describe, expect, it } from "vitest";
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
