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
import { getFormatter, getTranslations } from "next-intl/server";
import { getDateWords } from "../../lib/dates/get-date-format";
import { formatPeriod, sourceLabel, sourceOf } from "../../lib/trade-format";

type Labelled = { labels: Record<Locale, string> } | undefined;
const nameOf = (record: Labelled, code: string, locale: Locale) => (record === undefined ? code : labelOf(record, locale));
const placeOf = (code: string, locale: Locale) => nameOf(districtByCode(code) ?? regionByCode(code), code, locale);

/** Each reason of a match as a sentence in the reader's language ("They seek Aluminium — HS 76, which you offer"). */
export async function MatchReasons({ reasons, locale }: { reasons: readonly MatchReason[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "listings.reason" });
  const format = await getFormatter({ locale });
  const words = await getDateWords(locale);
  const what = (hsChapters: readonly string[], sectors: readonly string[]) =>
    hsChapters.length > 0
      ? hsChapters.map((code) => t("hs", { label: nameOf(hsChapterByCode(code), code, locale), code })).join(", ")
      : sectors.map((code) => nameOf(sectorByCode(code), code, locale)).join(", ");
  const sentence = (reason: MatchReason): string => {
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
        return t(reason.code, {
          importer: reason.importer,
          country: nameOf(countryByCode(reason.importer), reason.importer, locale),
          value: format.number(reason.value, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }),
          goods: nameOf(hsChapterByCode(reason.chapter), reason.chapter, locale),
          period: formatPeriod(words, reason.period),
          source: source ? sourceLabel(words, source) : reason.source,
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
  };
  return (
    <ul className="flex flex-col gap-1 text-sm text-slate-700 dark:text-slate-300" data-testid="match-reasons">
      {reasons.map((reason, index) => (
        <li key={index} className="flex gap-2">
          <span aria-hidden className="text-brand-600">•</span>
          <span>{sentence(reason)}</span>
        </li>
      ))}
    </ul>
  );
}
