import type { NationalImportFigure } from "./national-imports";

export type PartnerCountry = "UZ" | "AZ";

/** The platform's own counts for one chapter and importing country. */
export type OpportunityCounts = {
  chapter: string;
  importer: PartnerCountry;
  /** Published offers of the other country's companies in this chapter. */
  offers: number;
  /** Published requests of the importing country's companies in this chapter. */
  requests: number;
};

export type Opportunity = OpportunityCounts & { figure?: NationalImportFigure };

/** The other partner country. */
export function partnerOf(country: PartnerCountry): PartnerCountry {
  return country === "UZ" ? "AZ" : "UZ";
}

/** The latest sourced national import figure of a chapter and importer. */
function figureFor(figures: readonly NationalImportFigure[], chapter: string, importer: PartnerCountry): NationalImportFigure | undefined {
  return figures
    .filter((figure) => figure.chapter === chapter && figure.importer === importer)
    .sort((a, b) => b.period.to.localeCompare(a.period.to))[0];
}

/**
 * Ranks chapters by substitution potential. A sourced import figure comes first (larger first): it says how large
 * the importing country's demand for a product of the chapter is. Published figures almost always count imports
 * from all countries, the partner's own deliveries included (see `origins`), so the value is an upper bound on
 * what the partner could replace, never the amount itself. Then the platform's own evidence: chapters where both
 * sides are present (the smaller side of offers and requests limits the deals that can follow), then all
 * activity. Rows with neither an offer, a request nor a figure are dropped; ties keep a stable order by chapter
 * and importer.
 */
export function rankOpportunities(counts: readonly OpportunityCounts[], figures: readonly NationalImportFigure[]): Opportunity[] {
  const rows: Opportunity[] = counts.map((row) => {
    const figure = figureFor(figures, row.chapter, row.importer);
    return figure ? { ...row, figure } : { ...row };
  });
  return rows
    .filter((row) => row.figure !== undefined || row.offers + row.requests > 0)
    .sort(
      (a, b) =>
        (b.figure?.value ?? -1) - (a.figure?.value ?? -1) ||
        Math.min(b.offers, b.requests) - Math.min(a.offers, a.requests) ||
        b.offers + b.requests - (a.offers + a.requests) ||
        a.chapter.localeCompare(b.chapter) ||
        a.importer.localeCompare(b.importer),
    );
}
