import {
  companySizeBands,
  countries,
  districtsOf,
  economicZonesOf,
  hsChapters,
  labelOf,
  regionsOf,
  sectorDivisions,
  sectorSections,
  spokenLanguages,
  type Locale,
} from "@karvon/data";

/*
 * Every code list of the company forms, with labels in the page's language — all from @karvon/data, so the
 * forms, the server checks and the filters agree.
 */

export type CodeOption = { value: string; label: string };

type Country = "UZ" | "AZ";

const byLabel = (locale: Locale) => (a: CodeOption, b: CodeOption) => a.label.localeCompare(b.label, locale);

export function regionOptions(country: Country, locale: Locale): CodeOption[] {
  return regionsOf(country).map((region) => ({ value: region.code, label: labelOf(region, locale) }));
}

export function districtOptions(region: string, locale: Locale): CodeOption[] {
  return districtsOf(region)
    .map((district) => ({ value: district.code, label: labelOf(district, locale) }))
    .sort(byLabel(locale));
}

export function economicZoneOptions(country: Country, locale: Locale): CodeOption[] {
  return economicZonesOf(country).map((zone) => ({ value: zone.code, label: labelOf(zone, locale) }));
}

export function sizeBandOptions(locale: Locale): CodeOption[] {
  return companySizeBands.map((band) => ({ value: band.code, label: labelOf(band, locale) }));
}

/** ISIC divisions, each prefixed with its section so the long list reads in groups. */
export function sectorOptions(locale: Locale): CodeOption[] {
  const sectionLabel = new Map(sectorSections.map((section) => [section.code, labelOf(section, locale)]));
  return sectorDivisions.map((division) => ({
    value: division.code,
    label: `${labelOf(division, locale)} · ${sectionLabel.get(division.section) ?? division.section}`,
  }));
}

export function hsChapterOptions(locale: Locale): CodeOption[] {
  return hsChapters
    .filter((chapter) => !("reserved" in chapter))
    .map((chapter) => ({ value: chapter.code, label: `${chapter.code} — ${labelOf(chapter, locale)}` }));
}

export function countryOptions(locale: Locale): CodeOption[] {
  return countries.map((country) => ({ value: country.code, label: labelOf(country, locale) }));
}

export function languageOptions(locale: Locale): CodeOption[] {
  return spokenLanguages.map((language) => ({ value: language.code, label: labelOf(language, locale) }));
}

/** The label of a code in a list, or the code itself. */
export function labelIn(options: readonly CodeOption[], code: string | null | undefined): string {
  if (!code) return "";
  return options.find((option) => option.value === code)?.label ?? code;
}
