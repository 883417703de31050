import { z } from "zod";

/** The four interface languages of the portal, in display order. */
export const locales = ["en", "ru", "uz", "az"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const localeSchema = z.enum(locales, { error: "errors.locale" });

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
