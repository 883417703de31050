import type { PartnerCountryCode } from "./countries";
import { labels, type Labels } from "./labels";
import type { SourceId } from "./sources";

/**
 * The public taxpayer look-ups a moderator opens to confirm that a company exists in its national register.
 * Neither service accepts the tax ID in the URL, so the moderator copies it into the search form.
 */
export type TaxRegistry = {
  country: PartnerCountryCode;
  url: string;
  labels: Labels;
  source: SourceId;
};

export const taxRegistries = [
  {
    country: "UZ",
    url: "https://my.soliq.uz",
    labels: labels(
      "State Tax Committee of Uzbekistan — taxpayer search",
      "Государственный налоговый комитет Узбекистана — поиск налогоплательщика",
      "Oʻzbekiston Davlat soliq qoʻmitasi — soliq toʻlovchini qidirish",
      "Özbəkistan Dövlət Vergi Komitəsi — vergi ödəyicisinin axtarışı",
    ),
    source: "uz-soliq-taxpayer-search",
  },
  {
    country: "AZ",
    url: "https://www.e-taxes.gov.az",
    labels: labels(
      "State Tax Service of Azerbaijan — VÖEN check",
      "Государственная налоговая служба Азербайджана — проверка VÖEN",
      "Ozarbayjon Davlat soliq xizmati — VÖENni tekshirish",
      "Azərbaycan Dövlət Vergi Xidməti — VÖEN yoxlanışı",
    ),
    source: "az-e-taxes-voen-check",
  },
] as const satisfies readonly TaxRegistry[];

export function taxRegistryOf(country: string): TaxRegistry | undefined {
  return taxRegistries.find((registry) => registry.country === country);
}
