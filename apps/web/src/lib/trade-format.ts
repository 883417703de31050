import { sources, type Period, type Source } from "@karvon/data";
import { formatDate, formatMonthRange, type DateWords } from "./dates/format-date";

/** Periods and publication dates are calendar dates: printed as written, whatever the reader's time zone. */
const calendar = "UTC";

/** Whether a period is exactly one calendar year. */
export function isWholeYear(period: Period): boolean {
  return period.from.slice(0, 4) === period.to.slice(0, 4) && period.from.endsWith("-01-01") && period.to.endsWith("-12-31");
}

/** "2024", "2020 – 2024", or "January – September 2025" in the reader's language (the words of common.dates). */
export function formatPeriod(words: DateWords, period: Period): string {
  if (isWholeYear(period)) return period.from.slice(0, 4);
  if (period.from.endsWith("-01-01") && period.to.endsWith("-12-31")) return `${period.from.slice(0, 4)} – ${period.to.slice(0, 4)}`;
  return formatMonthRange(`${period.from}T00:00:00Z`, `${period.to}T00:00:00Z`, words, calendar);
}

/** A source by id; the data package's test guarantees every figure names one. */
export function sourceOf(id: string): Source | undefined {
  return (sources as Record<string, Source>)[id];
}

/** "Trend News Agency, Feb 24, 2023": who published it and when, in the reader's language. */
export function sourceLabel(words: DateWords, source: Source): string {
  const publisher = source.url ? source.publisher : source.title;
  if (!source.date) return publisher;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? formatDate(`${source.date}T00:00:00Z`, "date", words, calendar) : source.date;
  return `${publisher}, ${date}`;
}
