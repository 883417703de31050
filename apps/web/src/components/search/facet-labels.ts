import {
  byCode,
  companySizeBands,
  cooperationKinds,
  countryByCode,
  economicZoneByCode,
  hsChapterByCode,
  labelOf,
  listingKinds,
  regionByCode,
  sectorByCode,
  type Locale,
} from "@karvon/data";

/** The label of a facet value in the reader's language (the code itself when unknown). */
export function facetValueLabel(facet: string, value: string, locale: Locale, companiesLabel: string): string {
  const record = (() => {
    switch (facet) {
      case "kind":
        return value === "company" ? undefined : byCode(listingKinds, value);
      case "country":
        return countryByCode(value);
      case "region":
        return regionByCode(value);
      case "sector":
        return sectorByCode(value);
      case "hsChapter":
        return hsChapterByCode(value);
      case "cooperationKind":
        return byCode(cooperationKinds, value);
      case "sizeBand":
        return byCode(companySizeBands, value);
      case "economicZone":
        return economicZoneByCode(value);
      default:
        return undefined;
    }
  })();
  if (facet === "kind" && value === "company") return companiesLabel;
  if (record === undefined) return value;
  const label = labelOf(record, locale);
  return facet === "hsChapter" ? `${value} · ${label}` : label;
}
