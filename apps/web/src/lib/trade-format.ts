import { sources, type Period, type Source } from "@karvon/data";
import type { createFormatter } from "next-intl";

type Formatter = ReturnType<typeof createFormatter>;

/** Whether a period is exactly one calendar year. */
export function isWholeYear(period: Period): boolean {
  return period.from.slice(0, 4) === period.to.slice(0, 4) && period.from.endsWith("-01-01") && period.to.endsWith("-12-31");
}

/** "2024", or "Jan – Sep 2025" in the reader's language for part of a year or a span of years. */
export function formatPeriod(format: Formatter, period: Period): string {
  if (isWholeYear(period)) return period.from.slice(0, 4);
  const from = new Date(`${period.from}T00:00:00Z`);
  const to = new Date(`${period.to}T00:00:00Z`);
  if (period.from.endsWith("-01-01") && period.to.endsWith("-12-31")) {
    return format.dateTimeRange(from, to, { year: "numeric", timeZone: "UTC" });
  }
  return format.dateTimeRange(from, to, { month: "short", year: "numeric", timeZone: "UTC" });
}

/** A source by id; the data package's test guarantees every figure names one. */
export function sourceOf(id: string): Source | undefined {
  return (sources as Record<string, Source>)[id];
}

/** "Trend News Agency, 24 Feb 2023": who published it and when, in the reader's language. */
export function sourceLabel(format: Formatter, source: Source): string {
  const publisher = source.url ? source.publisher : source.title;
  if (!source.date) return publisher;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? format.dateTime(new Date(`${source.date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : source.date;
  return `${publisher}, ${date}`;
}
