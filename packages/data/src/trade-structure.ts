import { labels, type Labels } from "./labels";
import type { SourceId } from "./sources";
import type { Period } from "./trade-figures";

/**
 * A main commodity group of one direction of bilateral trade, as a published source names it (no amount: no source
 * found gives one per group). `hsChapters` is the portal's own reading of the group in HS terms, so that its
 * offers and requests can be counted; the source names the group, not the chapters.
 */
export type CommodityGroup = {
  code: string;
  flow: "uz-to-az" | "az-to-uz";
  period: Period;
  hsChapters: readonly string[];
  labels: Labels;
  source: SourceId;
  quote: string;
};

const year2024 = { from: "2024-01-01", to: "2024-12-31" };
const transportMinistry = "trend-2025-12-13-uz-transport-ministry-cargo" as const;
const uzExportsQuote = "Uzbekistan primarily exports agricultural products, processed food products, paper- and cardboard-based packaging materials, vehicles and components, as well as mineral fertilizers to Azerbaijan.";
const azExportsQuote = "imports from Azerbaijan are mainly represented by metals and metal products, food products (including sugar and products of its processing, grain and flour-milling products, fruits), as well as polymer raw materials and plastic materials";

export const commodityGroups = [
  { code: "uz-agricultural", flow: "uz-to-az", period: year2024, hsChapters: ["07", "08"], labels: labels("Agricultural products", "Сельскохозяйственная продукция", "Qishloq xoʻjaligi mahsulotlari", "Kənd təsərrüfatı məhsulları"), source: transportMinistry, quote: uzExportsQuote },
  { code: "uz-processed-food", flow: "uz-to-az", period: year2024, hsChapters: ["19", "20", "21"], labels: labels("Processed food products", "Продукты пищевой переработки", "Qayta ishlangan oziq-ovqat mahsulotlari", "Emal olunmuş qida məhsulları"), source: transportMinistry, quote: uzExportsQuote },
  { code: "uz-paper-packaging", flow: "uz-to-az", period: year2024, hsChapters: ["48"], labels: labels("Paper and cardboard packaging", "Упаковка из бумаги и картона", "Qogʻoz va kartondan qadoqlash materiallari", "Kağız və kartondan qablaşdırma materialları"), source: transportMinistry, quote: uzExportsQuote },
  { code: "uz-vehicles", flow: "uz-to-az", period: year2024, hsChapters: ["87"], labels: labels("Vehicles and components", "Транспортные средства и комплектующие", "Transport vositalari va butlovchi qismlar", "Nəqliyyat vasitələri və komplektləşdirici hissələr"), source: transportMinistry, quote: uzExportsQuote },
  { code: "uz-fertilizers", flow: "uz-to-az", period: year2024, hsChapters: ["31"], labels: labels("Mineral fertilizers", "Минеральные удобрения", "Mineral oʻgʻitlar", "Mineral gübrələr"), source: transportMinistry, quote: uzExportsQuote },
  { code: "az-metals", flow: "az-to-uz", period: year2024, hsChapters: ["72", "73", "76"], labels: labels("Metals and metal products", "Металлы и металлоизделия", "Metallar va metall buyumlar", "Metallar və metal məmulatları"), source: transportMinistry, quote: azExportsQuote },
  { code: "az-sugar", flow: "az-to-uz", period: year2024, hsChapters: ["17"], labels: labels("Sugar and sugar products", "Сахар и продукты его переработки", "Shakar va uni qayta ishlash mahsulotlari", "Şəkər və onun emalı məhsulları"), source: transportMinistry, quote: azExportsQuote },
  { code: "az-grain-flour", flow: "az-to-uz", period: year2024, hsChapters: ["10", "11"], labels: labels("Grain and flour-milling products", "Зерно и продукция мукомольной промышленности", "Don va un tortish mahsulotlari", "Taxıl və un üyütmə məhsulları"), source: transportMinistry, quote: azExportsQuote },
  { code: "az-fruit", flow: "az-to-uz", period: year2024, hsChapters: ["08"], labels: labels("Fruit", "Фрукты", "Mevalar", "Meyvələr"), source: transportMinistry, quote: azExportsQuote },
  { code: "az-polymers", flow: "az-to-uz", period: year2024, hsChapters: ["39"], labels: labels("Polymer raw materials and plastics", "Полимерное сырьё и пластмассы", "Polimer xomashyo va plastmassalar", "Polimer xammalı və plastik kütlələr"), source: transportMinistry, quote: azExportsQuote },
] as const satisfies readonly CommodityGroup[];

/** The sourced commodity groups a chapter belongs to. */
export function commodityGroupsOfChapter(chapter: string): CommodityGroup[] {
  return commodityGroups.filter((group) => (group.hsChapters as readonly string[]).includes(chapter));
}

export type InterregionalForum = {
  code: string;
  ordinal: number;
  /** First and last day (ISO dates). */
  period: Period;
  place: Labels;
  country: "UZ" | "AZ";
  source: SourceId;
  quote: string;
};

export const interregionalForums = [
  {
    code: "forum-1-tashkent", ordinal: 1, period: { from: "2023-02-23", to: "2023-02-24" }, country: "UZ",
    place: labels("Tashkent", "Ташкент", "Toshkent", "Daşkənd"),
    source: "trend-2023-02-24-first-interregional-forum", quote: "The first Uzbek-Azerbaijani Interregional Forum is being held in Tashkent on February 23-24.",
  },
  {
    code: "forum-2-quba", ordinal: 2, period: { from: "2024-05-21", to: "2024-05-21" }, country: "AZ",
    place: labels("Quba", "Губа", "Guba", "Quba"),
    source: "news-az-2024-05-21-second-interregional-forum", quote: "The 2nd Azerbaijan-Uzbekistan Interregional Forum, arranged in the town of Guba on May 21",
  },
] as const satisfies readonly InterregionalForum[];
