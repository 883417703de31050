import type { BilateralFigure, Locale } from "@karvon/data";

/**
 * The number of a bilateral figure in the reader's locale. Money and percentages are complete; other units are
 * added by the caller through the `home.units.*` messages, so "t" reads "т" in Russian.
 */
export function formatFigureNumber(figure: Pick<BilateralFigure, "value" | "unit">, locale: Locale): string {
  if (figure.unit === "USD") {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "USD",
      notation: "compact",
      maximumFractionDigits: 1,
    }).format(figure.value);
  }
  if (figure.unit === "percent") {
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(figure.value / 100);
  }
  const notation = figure.value >= 10_000 ? "compact" : "standard";
  return new Intl.NumberFormat(locale, { notation, maximumFractionDigits: 1 }).format(figure.value);
}
