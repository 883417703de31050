import type { Locale } from "@karvon/data";
import { formatDate, type DateWords } from "@/lib/dates/format-date";

const intlLocale: Record<Locale, string> = { en: "en-GB", ru: "ru-RU", uz: "uz-Latn-UZ", az: "az-Latn-AZ" };

/** "09:30" in the given time zone (digits only, so any engine prints it alike). */
export function timeIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);
}

/**
 * "21 May 2026" in the given time zone, in the reader's words (common.dates): browsers lack Uzbek and Azerbaijani
 * calendar data, so the portal's own date printer is used, not Intl's.
 */
export function dayIn(at: Date, timeZone: string, words: DateWords): string {
  return formatDate(at, "longDate", words, timeZone);
}

/** An ISO date (YYYY-MM-DD) as a day, read as a calendar date (no time zone shift). */
export function isoDay(date: string, words: DateWords): string {
  return dayIn(new Date(`${date}T12:00:00Z`), "UTC", words);
}

/** The short name of a time zone's city, for "09:00 (Tashkent)" labels. */
export function zoneCity(timeZone: string): "tashkent" | "baku" {
  return timeZone === "Asia/Baku" ? "baku" : "tashkent";
}

export function formatUsd(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(value);
}
