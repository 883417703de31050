import type { Locale } from "@karvon/data";

/** The quotation marks each language puts around a name or title. */
const marks: Record<Locale, readonly [string, string]> = {
  en: ["“", "”"],
  ru: ["«", "»"],
  uz: ["“", "”"],
  az: ["“", "”"],
};

/** Quotation marks a registered name already carries (`ООО «Бухоро Текс»`, `“Vodiy Paxta Sanoat” MChJ`). */
const quoteCharacters = /["“”«»„‟]/;

/**
 * A name or title in the language's quotation marks — unless it already contains quotation marks of its own,
 * as legal names in both countries often do: wrapping those again reads as “““Vodiy” MChJ”.
 */
export function quote(text: string, locale: Locale): string {
  if (quoteCharacters.test(text)) return text;
  const [open, close] = marks[locale];
  return `${open}${text}${close}`;
}
