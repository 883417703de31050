/**
 * Dates in the reader's language, printed the same by the server and by every browser.
 *
 * Browsers ship trimmed locale data: Chromium has no Uzbek or Azerbaijani calendar patterns and prints
 * "2026 M12 6" where Node prints "6-dekabr, 2026". So the words and the order of a date come from the message files
 * (common.dates), and Intl is asked only for the numbers of the day, month, year and time in the portal's time zone
 * (in "en-US", which every engine carries).
 */

/**
 * The ways the portal prints a moment. "monthNumber" (1–12) and "year" are for sentences that put the month in
 * the case their language needs ("с декабря 2026 года"), choosing the word with an ICU select.
 */
export type DateStyle = "date" | "longDate" | "dateTime" | "time" | "monthYear" | "monthNumber" | "year";

/**
 * One language's words for dates (messages common.dates): patterns with {day}, {month}, {year}, {hour},
 * {minute}, {date} and {time}, and the twelve month names of each form, separated by spaces.
 */
export type DateWords = {
  date: string;
  longDate: string;
  dateTime: string;
  time: string;
  monthYear: string;
  /** A span of months within one year: {from}, {to} (standalone month names) and {year}. */
  monthRange: string;
  /** Abbreviated, as inside a date ("дек."). */
  monthsShort: string;
  /** In full, as inside a date (Russian genitive: "декабря"). */
  monthsLong: string;
  /** In full, on its own or with the year only (Russian nominative: "декабрь"). */
  monthsStandalone: string;
};

type Parts = { year: string; month: number; day: string; hour: string; minute: string };

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsOf(moment: Date, timeZone: string): Parts {
  let format = partFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    partFormats.set(timeZone, format);
  }
  const byType = new Map(format.formatToParts(moment).map((part) => [part.type, part.value]));
  return {
    year: byType.get("year") ?? "",
    month: Number(byType.get("month")),
    day: byType.get("day") ?? "",
    hour: byType.get("hour") ?? "",
    minute: byType.get("minute") ?? "",
  };
}

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A date is one unit on screen: its spaces do not break, so "6 dekabr" never ends a line with "2026" below it. */
function unbroken(text: string): string {
  return text.replace(/ /g, "\u00a0");
}

function monthName(list: string, month: number): string {
  return list.split(/\s+/)[month - 1] ?? String(month);
}

/** A moment (a Date, an ISO string or epoch milliseconds) in one of the portal's styles. */
export function formatDate(value: Date | string | number, style: DateStyle, words: DateWords, timeZone: string): string {
  const moment = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(moment.getTime())) return "";
  const parts = partsOf(moment, timeZone);
  const time = fill(words.time, { hour: parts.hour, minute: parts.minute });
  const day = { day: parts.day, year: parts.year };
  switch (style) {
    case "time":
      return time;
    case "monthNumber":
      return String(parts.month);
    case "year":
      return parts.year;
    case "monthYear":
      return unbroken(fill(words.monthYear, { month: monthName(words.monthsStandalone, parts.month), year: parts.year }));
    case "longDate":
      return unbroken(fill(words.longDate, { ...day, month: monthName(words.monthsLong, parts.month) }));
    case "date":
    case "dateTime": {
      const date = unbroken(fill(words.date, { ...day, month: monthName(words.monthsShort, parts.month) }));
      return style === "date" ? date : fill(words.dateTime, { date, time });
    }
  }
}

/**
 * A span of months ("January – September 2025", "январь – сентябрь 2025"): the months of `from` and `to` in the
 * time zone, one year named once; spans across years name both ends in full ("December 2024 – March 2025").
 */
export function formatMonthRange(from: Date | string | number, to: Date | string | number, words: DateWords, timeZone: string): string {
  const start = from instanceof Date ? from : new Date(from);
  const end = to instanceof Date ? to : new Date(to);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return "";
  const first = partsOf(start, timeZone);
  const last = partsOf(end, timeZone);
  if (first.year !== last.year) return `${formatDate(start, "monthYear", words, timeZone)} – ${formatDate(end, "monthYear", words, timeZone)}`;
  if (first.month === last.month) return formatDate(start, "monthYear", words, timeZone);
  return fill(words.monthRange, { from: monthName(words.monthsStandalone, first.month), to: monthName(words.monthsStandalone, last.month), year: first.year });
}
