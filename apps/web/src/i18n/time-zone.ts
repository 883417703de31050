import type { Locale } from "@karvon/data";

/**
 * The time zone dates and times are shown in, the same on the server and in the browser (so a page never
 * changes when it hydrates). The portal's people live in Uzbekistan (UTC+5) and Azerbaijan (UTC+4): a reader of
 * Azerbaijani sees Baku time, everyone else Tashkent time.
 */
export function timeZoneFor(locale: Locale): string {
  return locale === "az" ? "Asia/Baku" : "Asia/Tashkent";
}
