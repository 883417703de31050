import type { Locale } from "@karvon/data";

/** The zone a reader of each language lives in: Azerbaijani readers in Baku, everyone else in Tashkent. */
export function readerTimeZone(locale: Locale): string {
  return locale === "az" ? "Asia/Baku" : "Asia/Tashkent";
}

const englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function partsIn(at: Date, timeZone: string) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const parts = new Map(format.formatToParts(at).map((part) => [part.type, part.value]));
  return { year: parts.get("year") ?? "", month: parts.get("month") ?? "", day: parts.get("day") ?? "", time: `${parts.get("hour") ?? ""}:${parts.get("minute") ?? ""}` };
}

/** A clock time with its zone, as each language says it ("09:00 Tashkent time", "по бакинскому времени"…). */
function zoned(locale: Locale, time: string, timeZone: string): string {
  const baku = timeZone === "Asia/Baku";
  switch (locale) {
    case "en":
      return `${time} ${baku ? "Baku" : "Tashkent"} time`;
    case "ru":
      return `${time} по ${baku ? "бакинскому" : "ташкентскому"} времени`;
    case "uz":
      return `${baku ? "Boku" : "Toshkent"} vaqti bilan ${time}`;
    case "az":
      return `${baku ? "Bakı" : "Daşkənd"} vaxtı ilə ${time}`;
  }
}

/**
 * When a meeting starts, for a mail: the date and time in the event's zone, and in brackets the time in the
 * reader's zone when that differs. Dates are numeric (English spells the month): mail clients have no
 * calendar words of their own to fall back on, and a number reads the same in every language.
 */
export function meetingWhen(locale: Locale, startsAt: Date, eventTimeZone: string): string {
  const local = partsIn(startsAt, eventTimeZone);
  const day = locale === "en" ? `${Number(local.day)} ${englishMonths[Number(local.month) - 1] ?? ""} ${local.year}` : `${local.day}.${local.month}.${local.year}`;
  const readerZone = readerTimeZone(locale);
  const own = readerZone === eventTimeZone ? "" : ` (${zoned(locale, partsIn(startsAt, readerZone).time, readerZone)})`;
  return `${day}, ${zoned(locale, local.time, eventTimeZone)}${own}`;
}
