import {
  byCode,
  companySizeBands,
  cooperationKinds,
  countries,
  currencies,
  districts,
  economicZones,
  hsChapters,
  incoterms,
  labelOf,
  listingDirections,
  listingKinds,
  projectStages,
  quantityUnits,
  regions,
  sectors,
  spokenLanguages,
  type Labels,
  type Locale,
} from "@karvon/data";

type Term = { code: string; labels: Labels };

/**
 * The code list behind each field of a company profile or listing snapshot, so a moderator reads "Kokand (city)"
 * and "Textiles" in their own language instead of `UZ-FA-kokand-city` and `13`.
 */
const codeListOf: Record<string, readonly Term[]> = {
  country: countries,
  targetCountry: countries,
  exportsTo: countries,
  importsFrom: countries,
  region: regions,
  siteRegion: regions,
  district: districts,
  economicZone: economicZones,
  siteZone: economicZones,
  sizeBand: companySizeBands,
  sectors,
  hsChapters,
  languages: spokenLanguages,
  cooperationKinds,
  kind: listingKinds,
  direction: listingDirections,
  unit: quantityUnits,
  currency: currencies,
  incoterm: incoterms,
  stage: projectStages,
};

/** Fields a moderator has a label for (messages `moderation.fields.<name>`); others show their own name. */
export const labelledFields = [
  "legalName", "name", "country", "taxId", "region", "district", "city", "economicZone", "foundedYear", "sizeBand", "sectors",
  "hsChapters", "exportsTo", "importsFrom", "languages", "website", "description", "contactName", "contactPosition",
  "contactEmail", "contactPhone", "logo", "kind", "title", "cooperationKinds", "direction", "targetCountry", "quantity", "unit",
  "minOrder", "priceMin", "priceMax", "currency", "incoterm", "validUntil", "capitalNeeded", "stage", "partnerRole",
  "siteRegion", "siteZone",
] as const;
export type LabelledField = (typeof labelledFields)[number];

export function isLabelledField(name: string): name is LabelledField {
  return (labelledFields as readonly string[]).includes(name);
}

function languageName(code: string, locale: Locale): string {
  const language = byCode(spokenLanguages, code);
  return language === undefined ? code : labelOf(language, locale);
}

function codeLabel(list: readonly Term[], code: string, locale: Locale): string {
  const term = byCode(list, code);
  if (term === undefined) return code;
  // HS chapters are known by their number as much as by their name.
  return list === hsChapters ? `${code} — ${labelOf(term, locale)}` : labelOf(term, locale);
}

/** A field's value as a moderator reads it: codes as labels, texts per language named, nothing as HTML. */
export function fieldValueText(path: string, value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === "") return "—";
  const [field = "", language] = path.split(".");
  const list = codeListOf[field];
  if (Array.isArray(value)) return value.map((item) => fieldValueText(path, item, locale)).join(", ");
  if (typeof value === "object") {
    // A text in several languages: each with its language's name.
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${languageName(key, locale)}: ${fieldValueText(`${field}.${key}`, item, locale)}`)
      .join(" · ");
  }
  if (list !== undefined && language === undefined && typeof value === "string") return codeLabel(list, value, locale);
  return String(value);
}

/** The language part of a dotted path (`description.ru`), named in the reader's language, or null. */
export function pathLanguage(path: string, locale: Locale): string | null {
  const [, language] = path.split(".");
  return language === undefined ? null : languageName(language, locale);
}
