/**
 * The four interface languages of the portal, in display order. No zod in this file: every page's language
 * switcher imports it, and zod would ride along into every first load (`localeSchema` is in schemas/atoms.ts).
 */
export const locales = ["en", "ru", "uz", "az"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Each locale's name in its own language (for a language switcher). */
export const localeNames: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  uz: "Oʻzbekcha",
  az: "Azərbaycanca",
};
