import { describe, expect, it } from "vitest";
import { isSourceId, sources, type Source } from "./sources";
import { cargoFigures, latestFullYearTurnover, tradeFigures, tradeSeries, type Period } from "./trade-figures";
import { commodityGroups, interregionalForums } from "./trade-structure";
import { selectableHsChapterCodes } from "./hs-chapters";
import { importOrigins, nationalImports } from "./national-imports";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The only source allowed without an address: the project's seed text, whose publisher is unknown. */
const unpublishedSource = "seed-partnership-article";

function expectPublishedSource(id: string) {
  expect(isSourceId(id), `unknown source ${id}`).toBe(true);
  const source: Source = sources[id as keyof typeof sources];
  expect(source.publisher.length, `${id} publisher`).toBeGreaterThan(0);
  expect(source.title.length, `${id} title`).toBeGreaterThan(0);
  expect(source.date, `${id} publication date`).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
  if (id !== unpublishedSource) {
    expect(source.url, `${id} URL`).toMatch(/^https:\/\//);
    expect(source.date, `${id} publication date`).toMatch(isoDate);
  }
}

function expectPeriod(period: Period, label: string) {
  expect(period.from, `${label} period start`).toMatch(isoDate);
  expect(period.to, `${label} period end`).toMatch(isoDate);
  expect(period.from <= period.to, `${label} period order`).toBe(true);
}

const everyFigure = [
  ...tradeFigures.map((figure) => ({ label: figure.code, unit: figure.unit, period: figure.period, source: figure.source, quote: figure.quote })),
  ...cargoFigures.map((figure) => ({ label: figure.code, unit: figure.unit, period: figure.period, source: figure.source, quote: figure.quote })),
  ...commodityGroups.map((group) => ({ label: group.code, unit: "group", period: group.period, source: group.source, quote: group.quote })),
  ...interregionalForums.map((forum) => ({ label: forum.code, unit: "event", period: forum.period, source: forum.source, quote: forum.quote })),
  ...nationalImports.map((figure) => ({ label: figure.code, unit: figure.unit, period: figure.period, source: figure.source, quote: figure.quote })),
];

describe("sourced trade figures", () => {
  it.each(everyFigure)("$label has a published source, a period, a unit and the source's words", (figure) => {
    expectPublishedSource(figure.source);
    expectPeriod(figure.period, figure.label);
    expect(figure.unit.length).toBeGreaterThan(0);
    expect(figure.quote.length).toBeGreaterThan(10);
  });

  it("marks a figure partial exactly when its period is less than its whole year", () => {
    for (const figure of tradeFigures) {
      const wholeYear = figure.period.from === `${figure.year}-01-01` && figure.period.to === `${figure.year}-12-31`;
      expect(figure.partial, figure.code).toBe(!wholeYear);
      expect(figure.currency).toBe("USD");
    }
  });

  it("shows one figure per year and flow, and says why the others are kept", () => {
    const shown = tradeFigures.filter((figure) => figure.shown).map((figure) => `${figure.flow}:${figure.year}`);
    expect(new Set(shown).size).toBe(shown.length);
    for (const figure of tradeFigures.filter((f) => !f.shown)) expect("note" in figure && figure.note.length > 0, figure.code).toBe(true);
  });

  it("gives the turnover series oldest first and the latest complete year", () => {
    const years = tradeSeries("turnover").map((figure) => figure.year);
    expect(years).toEqual([...years].sort());
    expect(latestFullYearTurnover()?.code).toBe("turnover-2024");
  });

  it("says which origins each national import figure counts, and names its product, chapter and importer", () => {
    const codes = nationalImports.map((figure) => figure.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const figure of nationalImports as readonly { code: string; chapter: string; importer: string; origins?: string; currency: string; product: Record<string, string> }[]) {
      expect(importOrigins as readonly (string | undefined)[], `${figure.code} origins`).toContain(figure.origins);
      expect(selectableHsChapterCodes as readonly string[], `${figure.code} HS chapter`).toContain(figure.chapter);
      expect(["UZ", "AZ"], `${figure.code} importer`).toContain(figure.importer);
      expect(figure.currency).toBe("USD");
      for (const locale of ["en", "ru", "uz", "az"]) expect(figure.product[locale]?.length ?? 0, `${figure.code} product (${locale})`).toBeGreaterThan(0);
    }
  });

  it("lists the two Interregional Forums in Tashkent and Quba", () => {
    expect(interregionalForums.map((forum) => [forum.period.from, forum.place.en])).toEqual([["2023-02-23", "Tashkent"], ["2024-05-21", "Quba"]]);
  });
});
