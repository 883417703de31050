import type { Locale } from "@karvon/data";

const intlLocale: Record<Locale, string> = { en: "en-GB", ru: "ru-RU", uz: "uz-Latn-UZ", az: "az-Latn-AZ" };

/** "09:30" in the given time zone. */
export function timeIn(at: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);
}

/** "21 May 2026" in the given time zone. */
export function dayIn(at: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { day: "numeric", month: "long", year: "numeric", timeZone }).format(at);
}

/** An ISO date (YYYY-MM-DD) as a day, read as a calendar date (no time zone shift). */
export function isoDay(date: string, locale: Locale): string {
  return dayIn(new Date(`${date}T12:00:00Z`), "UTC", locale);
}

/** The short name of a time zone's city, for "09:00 (Tashkent)" labels. */
export function zoneCity(timeZone: string): "tashkent" | "baku" {
  return timeZone === "Asia/Baku" ? "baku" : "tashkent";
}

export function formatUsd(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(value);
}
