import {
  corridors,
  countryByCode,
  districtByCode,
  economicZoneByCode,
  hsChapterByCode,
  labelOf,
  regionByCode,
  sectorByCode,
  byCode,
  type Locale,
} from "@karvon/data";
import type { MatchReason } from "@karvon/api";
import type { DateWords } from "@/lib/dates/format-date";
import { formatPeriod, sourceLabel, sourceOf } from "@/lib/trade-format";

type Labelled = { labels: Record<Locale, string> } | undefined;
/** The `listings.reason` translator, on the server or in the browser. */
export type ReasonTranslator = (key: string, values?: Record<string, string>) => string;
/** How figures in reasons are written: the portal's date words and a compact US dollar amount of the locale. */
export type ReasonFormats = { words: DateWords; usd: (value: number) => string };

const nameOf = (record: Labelled, code: string, locale: Locale) => (record === undefined ? code : labelOf(record, locale));
const placeOf = (code: string, locale: Locale) => nameOf(districtByCode(code) ?? regionByCode(code), code, locale);

/** One reason of a match as a sentence in the reader's language ("They seek Aluminium — HS 76, which you offer"). */
export function reasonSentence(reason: MatchReason, t: ReasonTranslator, locale: Locale, formats: ReasonFormats): string {
  const what = (hsChapters: readonly string[], sectors: readonly string[]) =>
    hsChapters.length > 0
      ? hsChapters.map((code) => t("hs", { label: nameOf(hsChapterByCode(code), code, locale), code })).join(", ")
      : sectors.map((code) => nameOf(sectorByCode(code), code, locale)).join(", ");
  switch (reason.code) {
    case "they-seek-what-you-offer":
    case "they-offer-what-you-seek":
    case "joint-project-fit":
      return t(reason.code, { what: what(reason.hsChapters, reason.sectors) });
    case "import-substitution":
    case "replace-your-imports":
      return t(reason.code, { countries: reason.countries.map((code) => nameOf(countryByCode(code), code, locale)).join(", ") });
    case "national-imports": {
      const source = sourceOf(reason.source);
      // The sentence says which origins the figure counts: nearly always all countries, the partner included.
      return t(`${reason.code}.${reason.origins}`, {
        importer: reason.importer,
        country: nameOf(countryByCode(reason.importer), reason.importer, locale),
        value: formats.usd(reason.value),
        product: labelOf({ labels: reason.product }, locale),
        period: formatPeriod(formats.words, reason.period),
        source: source ? sourceLabel(formats.words, source) : reason.source,
      });
    }
    case "shared-economic-zone":
    case "their-economic-zone":
      return t(reason.code, { zone: nameOf(economicZoneByCode(reason.zone), reason.zone, locale) });
    case "corridor":
      return t(reason.code, { corridor: nameOf(byCode(corridors, reason.corridor), reason.corridor, locale) });
    case "twinned-cities":
      return t(reason.code, { uz: placeOf(reason.uz, locale), az: placeOf(reason.az, locale) });
    case "verified":
      return t(reason.code);
  }
}
