/**
 * Matchmaking ("Partners for you"): which published listings of the other country complement one of mine, how
 * well, and why. The score is a pure function of the two sides, so the order is deterministic and unit-tested;
 * `findPartnersForCompany` (./partners-for-you.ts) fetches candidates and ranks them with it.
 */
import { corridors, nationalImports, twinCities, type ImportOrigins, type Labels, type NationalImportFigure, type PartnerCountry } from "@karvon/data";
import type { MatchSideRow } from "@karvon/db";

/** A listing as the score sees it: the row matchmaking reads, without what only the page shows. */
export type MatchSide = Omit<MatchSideRow, "title" | "companyName" | "companySlug">;

/** A reason as a code with parameters; the web app renders it in the reader's language. */
export type MatchReason =
  | { code: "they-seek-what-you-offer"; hsChapters: string[]; sectors: string[] }
  | { code: "they-offer-what-you-seek"; hsChapters: string[]; sectors: string[] }
  | { code: "joint-project-fit"; hsChapters: string[]; sectors: string[] }
  | { code: "import-substitution"; countries: string[] }
  | { code: "replace-your-imports"; countries: string[] }
  /**
   * The buyer's whole country imports a product of these goods: a published figure, cited with its source and with
   * the origins it counts (nearly always all countries, the partner included).
   */
  | {
      code: "national-imports";
      importer: PartnerCountry;
      chapter: string;
      product: Labels;
      origins: ImportOrigins;
      value: number;
      period: { from: string; to: string };
      source: string;
    }
  | { code: "shared-economic-zone"; zone: string }
  | { code: "their-economic-zone"; zone: string }
  | { code: "corridor"; corridor: string }
  | { code: "twinned-cities"; uz: string; az: string }
  | { code: "verified" };

export type Match = { score: number; reasons: MatchReason[] };

const weights = {
  sharedHsChapter: 10,
  sharedSector: 4,
  importSubstitution: 6,
  nationalImports: 5,
  sharedEconomicZone: 3,
  theirEconomicZone: 1,
  corridor: 2,
  twinnedCities: 3,
  verified: 1,
} as const;

/** Which kinds complement which: an offer meets requests, a request meets offers, projects meet both sides. */
export function complementaryKinds(kind: string): string[] {
  if (kind === "offer") return ["request", "joint-project"];
  if (kind === "request") return ["offer"];
  return ["joint-project", "offer"];
}

/** The seller side must be able to export and the buyer side to import (an unset direction fits anything). */
function directionsFit(seller: MatchSide, buyer: MatchSide): boolean {
  return seller.direction !== "import" && buyer.direction !== "export";
}

function intersection(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return [...new Set(a.filter((item) => set.has(item)))].sort();
}

function corridorServing(a: MatchSide, b: MatchSide): string | undefined {
  const theirs = corridors.find((corridor) => b.region !== null && (corridor.servesRegions as readonly string[]).includes(b.region));
  if (theirs !== undefined) return theirs.code;
  return corridors.find((corridor) => a.region !== null && (corridor.servesRegions as readonly string[]).includes(a.region))?.code;
}

function twinned(a: MatchSide, b: MatchSide): { uz: string; az: string } | undefined {
  const places = (side: MatchSide) => [side.district, side.region].filter((code): code is string => code !== null);
  const [uzSide, azSide] = a.country === "UZ" ? [a, b] : [b, a];
  const pair = twinCities.find((twin) => places(uzSide).includes(twin.uz) && places(azSide).includes(twin.az));
  return pair === undefined ? undefined : { uz: pair.uz, az: pair.az };
}

/**
 * The largest published national import figure of the buyer's country among the goods both sides name (the
 * latest period of each chapter), or undefined where no source gives one.
 */
function nationalImportsOf(buyer: MatchSide, hsChapters: readonly string[], figures: readonly NationalImportFigure[]): NationalImportFigure | undefined {
  const latest = new Map<string, NationalImportFigure>();
  for (const figure of figures) {
    if (figure.importer !== buyer.country || !hsChapters.includes(figure.chapter)) continue;
    const current = latest.get(figure.chapter);
    if (current === undefined || figure.period.to > current.period.to) latest.set(figure.chapter, figure);
  }
  return [...latest.values()].sort((a, b) => b.value - a.value || a.chapter.localeCompare(b.chapter))[0];
}

/**
 * How well `theirs` complements `mine`, or null when it does not: same country, kinds that do not meet,
 * incompatible directions, nothing in common (no shared HS chapter or sector), or different goods (both name HS
 * chapters, none shared).
 */
export function scoreMatch(mine: MatchSide, theirs: MatchSide, figures: readonly NationalImportFigure[] = nationalImports): Match | null {
  if (mine.country === theirs.country || mine.companyId === theirs.companyId) return null;
  if (!complementaryKinds(mine.kind).includes(theirs.kind)) return null;
  const hsChapters = intersection(mine.hsChapters, theirs.hsChapters);
  const sectors = intersection(mine.sectors, theirs.sectors);
  if (hsChapters.length === 0 && sectors.length === 0) return null;
  // HS chapters name the goods, a sector only the industry: when both sides name goods and none agree, they
  // trade different things (dutars and umbrellas share ISIC 32), and the shared sector is no reason to talk.
  if (hsChapters.length === 0 && mine.hsChapters.length > 0 && theirs.hsChapters.length > 0) return null;

  const seller = mine.kind === "offer" || theirs.kind === "request" ? mine : theirs;
  const buyer = seller === mine ? theirs : mine;
  const bothProjects = mine.kind === "joint-project" && theirs.kind === "joint-project";
  if (!bothProjects && !directionsFit(seller, buyer)) return null;

  const reasons: MatchReason[] = [];
  let score = hsChapters.length * weights.sharedHsChapter + sectors.length * weights.sharedSector;
  if (bothProjects) reasons.push({ code: "joint-project-fit", hsChapters, sectors });
  else if (seller === mine) reasons.push({ code: "they-seek-what-you-offer", hsChapters, sectors });
  else reasons.push({ code: "they-offer-what-you-seek", hsChapters, sectors });

  // Import substitution: the buyer imports this today from a third country; the seller is across the border.
  const thirdCountries = buyer.importsFrom.filter((country) => country !== seller.country && country !== buyer.country);
  if (!bothProjects && thirdCountries.length > 0) {
    score += weights.importSubstitution;
    // Told from the reader's side: they import it (you can replace that), or you import it (they can).
    reasons.push({ code: buyer === mine ? "replace-your-imports" : "import-substitution", countries: [...thirdCountries].sort() });
  }
  // The same, on the national scale: what the buyer's country imports of these goods, as a published source states
  // it. Such figures nearly always count all origins, the seller's country included, so the reason carries them
  // and the sentence says so. Counts beside the company's own declaration: both may be true.
  const national = bothProjects ? undefined : nationalImportsOf(buyer, hsChapters, figures);
  if (national !== undefined) {
    score += weights.nationalImports;
    reasons.push({
      code: "national-imports",
      importer: national.importer,
      chapter: national.chapter,
      product: { ...national.product },
      origins: national.origins,
      value: national.value,
      period: { ...national.period },
      source: national.source,
    });
  }
  if (mine.economicZone !== null && mine.economicZone === theirs.economicZone) {
    score += weights.sharedEconomicZone;
    reasons.push({ code: "shared-economic-zone", zone: mine.economicZone });
  } else if (theirs.economicZone !== null) {
    score += weights.theirEconomicZone;
    reasons.push({ code: "their-economic-zone", zone: theirs.economicZone });
  }
  const corridor = corridorServing(mine, theirs);
  if (corridor !== undefined) {
    score += weights.corridor;
    reasons.push({ code: "corridor", corridor });
  }
  const twins = twinned(mine, theirs);
  if (twins !== undefined) {
    score += weights.twinnedCities;
    reasons.push({ code: "twinned-cities", ...twins });
  }
  if (theirs.verified) {
    score += weights.verified;
    reasons.push({ code: "verified" });
  }
  return { score, reasons };
}

export type RankedMatch = { mine: MatchSide; theirs: MatchSide; match: Match };

/**
 * Every complementary pair between my listings and the candidates, best first; each candidate appears once (with
 * its best pairing). Ties: newer candidate first, then by id, so the order never depends on input order.
 */
export function rankMatches(
  mine: readonly MatchSide[],
  candidates: readonly MatchSide[],
  limit: number,
  figures: readonly NationalImportFigure[] = nationalImports,
): RankedMatch[] {
  const best = new Map<string, RankedMatch>();
  for (const theirs of candidates) {
    for (const own of mine) {
      const match = scoreMatch(own, theirs, figures);
      if (match === null) continue;
      const current = best.get(theirs.listingId);
      if (current === undefined || match.score > current.match.score) best.set(theirs.listingId, { mine: own, theirs, match });
    }
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        b.theirs.publishedAt.getTime() - a.theirs.publishedAt.getTime() ||
        a.theirs.listingId.localeCompare(b.theirs.listingId),
    )
    .slice(0, limit);
}
