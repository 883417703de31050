import type { PartnerCountryCode } from "./countries";
import { labels, type Labels } from "./labels";
import type { SourceId } from "./sources";
import type { Period } from "./trade-figures";

/**
 * Which origins an import figure counts. Published figures almost always count imports from all countries, the
 * partner country included; only a source that says so explicitly gives imports from all countries except the
 * partner, and nothing here is ever subtracted to get one.
 */
export type ImportOrigins = "all-countries" | "excluding-partner";
export const importOrigins = ["all-countries", "excluding-partner"] as const satisfies readonly ImportOrigins[];

/**
 * What one country imports of a product, as a published source states it. The product lies wholly inside one HS
 * chapter but may be only part of it (wheat is part of Cereals), so `product` names what the value measures.
 */
export type NationalImportFigure = {
  code: string;
  chapter: string;
  /** The product as the source names it, lower case, to be cited inside a sentence. */
  product: Labels;
  importer: PartnerCountryCode;
  origins: ImportOrigins;
  /** The amount as the source states it, in `unit`. */
  value: number;
  unit: "USD";
  currency: "USD";
  period: Period;
  /** Whose statistics the source quotes, when it says so. */
  statistics?: string;
  source: SourceId;
  /** The words of the source the value comes from. */
  quote: string;
};

/**
 * Each country's imports of a product for a stated period, only as published pages state them: nothing is
 * estimated, converted, rounded or subtracted. A product group spanning several HS chapters ("machinery and
 * equipment", "vehicles and their parts") is left out, and so is a figure whose page gives no publication date.
 */
export const nationalImports = [
  {
    code: "uz-medicines-2025", chapter: "30", importer: "UZ", origins: "all-countries", product: labels("medicines", "лекарства", "dori vositalari", "dərman vasitələri"), value: 2_000_000_000, unit: "USD", currency: "USD", period: { from: "2025-01-01", to: "2025-12-31" }, statistics: "Customs Committee of Uzbekistan",
    source: "kun-uz-2026-02-27-medicine-imports", quote: "Mavlonov said Uzbekistan must reduce its reliance on imported medicines, which reached $2bn in 2025.",
  },
  {
    code: "uz-passenger-cars-2024-jan-nov", chapter: "87", importer: "UZ", origins: "all-countries", product: labels("passenger cars", "легковые автомобили", "yengil avtomobillar", "minik avtomobilləri"), value: 1_180_000_000, unit: "USD", currency: "USD", period: { from: "2024-01-01", to: "2024-11-30" }, statistics: "State Statistics Committee of Uzbekistan",
    source: "kursiv-uz-2025-01-07-car-imports-2024", quote: "2024-yilning yanvar – noyabr oylarida O‘zbekistonga umumiy qiymati $1,18 mlrd.ga teng bo‘lgan 68,6 ming dona yengil avtomobil import qilingan.",
  },
  {
    code: "uz-wheat-2022-jan-oct", chapter: "10", importer: "UZ", origins: "all-countries", product: labels("wheat", "пшеница", "bugʻdoy", "buğda"), value: 595_200_000, unit: "USD", currency: "USD", period: { from: "2022-01-01", to: "2022-10-31" }, statistics: "State Statistics Committee of Uzbekistan",
    source: "daryo-2022-12-05-food-imports-jan-oct-2022", quote: "O‘n oyda O‘zbekiston eng ko‘p bug‘doy import qilgan — 595,2 mln dollar.",
  },
  {
    code: "az-plastics-2023", chapter: "39", importer: "AZ", origins: "all-countries", product: labels("plastics and articles thereof", "пластмассы и изделия из них", "plastmassa va undan tayyorlangan buyumlar", "plastik kütlələr və onlardan məmulatlar"), value: 460_790_000, unit: "USD", currency: "USD", period: { from: "2023-01-01", to: "2023-12-31" }, statistics: "State Customs Committee of Azerbaijan",
    source: "azernews-2024-06-22-plastics-trade", quote: "To note, Azerbaijan's exports of plastic amounted to $523.42 million, and its imports - $460.79 million in 2023.",
  },
  {
    code: "az-pharmaceuticals-2023-jan-jun", chapter: "30", importer: "AZ", origins: "all-countries", product: labels("pharmaceutical products", "фармацевтическая продукция", "farmatsevtika mahsulotlari", "əczaçılıq məhsulları"), value: 322_000_000, unit: "USD", currency: "USD", period: { from: "2023-01-01", to: "2023-06-30" },
    source: "trend-2023-08-16-pharmaceutical-projects", quote: "Azerbaijan's imports of pharmaceutical products increased in volume by 5 percent (to 16,240 tons) from January through June 2023 year-on-year, while in value terms decreased by 2 percent, amounting to $322 million.",
  },
  {
    code: "az-wheat-2021", chapter: "10", importer: "AZ", origins: "all-countries", product: labels("wheat", "пшеница", "bugʻdoy", "buğda"), value: 331_946_000, unit: "USD", currency: "USD", period: { from: "2021-01-01", to: "2021-12-31" }, statistics: "State Statistics Committee of Azerbaijan",
    source: "apa-2022-03-29-wheat-imports", quote: "Remind that in 2021, Azerbaijan imported 1 148 100,78 tonnes of wheat worth USD 331,946 mln.",
  },
] as const satisfies readonly NationalImportFigure[];
