import { labels, type Labels } from "./labels";
import type { SourceId } from "./sources";

/** Which flow a trade figure measures: both directions together, or one of them. */
export type TradeFlow = "turnover" | "uz-to-az" | "az-to-uz";
export const tradeFlows = ["turnover", "uz-to-az", "az-to-uz"] as const satisfies readonly TradeFlow[];

/** The dates a figure covers, both inclusive (ISO dates). */
export type Period = { from: string; to: string };

export type TradeFigure = {
  code: string;
  flow: TradeFlow;
  /** The amount as the source states it, in `unit`. */
  value: number;
  unit: "USD";
  currency: "USD";
  period: Period;
  /** The calendar year the period falls in. */
  year: number;
  /** True when the period is only part of its year (a year to date). */
  partial: boolean;
  /** Whose statistics the source quotes, when it says so. */
  statistics?: string;
  /** True for the figure of its year and flow that the portal's charts show; the others are kept for comparison. */
  shown: boolean;
  source: SourceId;
  /** The words of the source the value comes from. */
  quote: string;
  /** Why a figure is kept but not shown, or what makes it doubtful. */
  note?: string;
};

const year = (y: number): Period => ({ from: `${y}-01-01`, to: `${y}-12-31` });

/**
 * Bilateral Uzbekistan–Azerbaijan trade in goods, only as published sources state it: nothing here is estimated,
 * interpolated or converted. Years without a published figure are missing on purpose (see SOURCES.md).
 */
export const tradeFigures = [
  {
    code: "turnover-2020", flow: "turnover", value: 82_300_000, unit: "USD", currency: "USD", period: year(2020), year: 2020, partial: false, shown: true,
    source: "azernews-2021-04-16-trade-2020", quote: "The trade turnover between the two countries amounted to $82.3 million in 2020.",
  },
  {
    code: "az-to-uz-2020", flow: "az-to-uz", value: 23_100_000, unit: "USD", currency: "USD", period: year(2020), year: 2020, partial: false, shown: true,
    source: "azernews-2021-04-16-trade-2020", quote: "the export of Azerbaijani products to Uzbekistan amounted to $23.1 million",
  },
  {
    code: "uz-to-az-2020", flow: "uz-to-az", value: 59_100_000, unit: "USD", currency: "USD", period: year(2020), year: 2020, partial: false, shown: true,
    source: "azernews-2021-04-16-trade-2020", quote: "while import to $59.1 million",
  },
  {
    code: "turnover-2022", flow: "turnover", value: 181_900_000, unit: "USD", currency: "USD", period: year(2022), year: 2022, partial: false, shown: true,
    source: "trend-2023-02-24-first-interregional-forum", quote: "The trade turnover between Azerbaijan and Uzbekistan amounted to $181.9 million in 2022.",
  },
  {
    code: "uz-to-az-2022", flow: "uz-to-az", value: 132_300_000, unit: "USD", currency: "USD", period: year(2022), year: 2022, partial: false, shown: true,
    source: "trend-2023-02-24-first-interregional-forum", quote: "Exports from Uzbekistan to Azerbaijan over the past year totaled $132.3 million",
  },
  {
    code: "az-to-uz-2022", flow: "az-to-uz", value: 49_500_000, unit: "USD", currency: "USD", period: year(2022), year: 2022, partial: false, shown: true,
    source: "trend-2023-02-24-first-interregional-forum", quote: "while imports accounted for $49.5 million",
  },
  {
    code: "turnover-2023", flow: "turnover", value: 232_000_000, unit: "USD", currency: "USD", period: year(2023), year: 2023, partial: false, shown: true,
    source: "seed-partnership-article", quote: "reaching $232 million by the end of 2023",
    note: "The only full-year figure for 2023 found; its original publisher and address are not stated.",
  },
  {
    code: "turnover-2024-q1", flow: "turnover", value: 142_000_000, unit: "USD", currency: "USD", period: { from: "2024-01-01", to: "2024-03-31" }, year: 2024, partial: true, shown: false,
    source: "trend-2024-05-21-second-interregional-forum", quote: "trade turnover between Azerbaijan and Uzbekistan from January through March 2024 totaled $142 million",
    note: "Larger than the State Customs Committee of Azerbaijan's $118.28 million for January–July 2024: the two cannot both count the same flows. Kept for comparison, not shown.",
  },
  {
    code: "turnover-2024-jan-jul", flow: "turnover", value: 118_280_000, unit: "USD", currency: "USD", period: { from: "2024-01-01", to: "2024-07-31" }, year: 2024, partial: true, shown: false,
    statistics: "State Customs Committee of Azerbaijan",
    source: "news-az-2024-08-27-customs-jan-jul-2024", quote: "the trade turnover between Azerbaijan and Uzbekistan for January-July 2024 was $118.28 million",
    note: "The full year's $252 million is shown for 2024; this part-year figure backs the split by direction.",
  },
  {
    code: "az-to-uz-2024-jan-jul", flow: "az-to-uz", value: 18_600_000, unit: "USD", currency: "USD", period: { from: "2024-01-01", to: "2024-07-31" }, year: 2024, partial: true, shown: true,
    statistics: "State Customs Committee of Azerbaijan",
    source: "news-az-2024-08-27-customs-jan-jul-2024", quote: "Azerbaijan's exports to Uzbekistan totaled $18.60 million",
  },
  {
    code: "uz-to-az-2024-jan-jul", flow: "uz-to-az", value: 99_680_000, unit: "USD", currency: "USD", period: { from: "2024-01-01", to: "2024-07-31" }, year: 2024, partial: true, shown: true,
    statistics: "State Customs Committee of Azerbaijan",
    source: "news-az-2024-08-27-customs-jan-jul-2024", quote: "imports from Uzbekistan amounted to $99.68 million",
  },
  {
    code: "turnover-2024", flow: "turnover", value: 252_000_000, unit: "USD", currency: "USD", period: year(2024), year: 2024, partial: false, shown: true,
    source: "report-az-2025-11-13-aliyev-uza-trade", quote: "в 2024 году товарооборот составил $252 млн",
  },
  {
    code: "turnover-2025-jan-sep", flow: "turnover", value: 319_000_000, unit: "USD", currency: "USD", period: { from: "2025-01-01", to: "2025-09-30" }, year: 2025, partial: true, shown: true,
    source: "report-az-2025-11-13-aliyev-uza-trade", quote: "за период с января по сентябрь 2025 года этот показатель вырос на 87,5% … достигнув $319 млн",
  },
] as const satisfies readonly TradeFigure[];

export type TradeFigureRecord = (typeof tradeFigures)[number];

/** The shown figures of one flow, oldest first: the series of a chart. */
export function tradeSeries(flow: TradeFlow): TradeFigure[] {
  return tradeFigures.filter((figure) => figure.flow === flow && figure.shown).sort((a, b) => a.period.from.localeCompare(b.period.from));
}

/** The latest complete year's turnover, the base of "share of the target reached". */
export function latestFullYearTurnover(): TradeFigure | undefined {
  return tradeSeries("turnover").filter((figure) => !figure.partial).at(-1);
}

/** Freight in tonnes, as published. */
export type CargoFigure = {
  code: string;
  value: number;
  unit: "tonnes";
  period: Period;
  partial: boolean;
  qualifier?: "about" | "over";
  labels: Labels;
  source: SourceId;
  quote: string;
};

export const cargoFigures = [
  {
    code: "transit-2024", value: 1_300_000, unit: "tonnes", period: year(2024), partial: false, qualifier: "over",
    labels: labels("Transit freight between Azerbaijan and Uzbekistan", "Транзитные перевозки между Азербайджаном и Узбекистаном", "Ozarbayjon va Oʻzbekiston oʻrtasidagi tranzit yuk tashish", "Azərbaycan ilə Özbəkistan arasında tranzit daşımalar"),
    source: "report-az-2025-11-13-aliyev-uza-transit", quote: "в 2024 году объем транзитных перевозок между странами … превысил 1 миллион 300 тысяч тонн",
  },
  {
    code: "transit-2025-jan-sep", value: 1_000_000, unit: "tonnes", period: { from: "2025-01-01", to: "2025-09-30" }, partial: true, qualifier: "about",
    labels: labels("Transit freight between Azerbaijan and Uzbekistan", "Транзитные перевозки между Азербайджаном и Узбекистаном", "Ozarbayjon va Oʻzbekiston oʻrtasidagi tranzit yuk tashish", "Azərbaycan ilə Özbəkistan arasında tranzit daşımalar"),
    source: "report-az-2025-11-13-aliyev-uza-transit", quote: "За первые девять месяцев 2025 года этот показатель достиг около 1 миллиона тонн",
  },
  {
    code: "bilateral-freight-2024", value: 100_000, unit: "tonnes", period: year(2024), partial: false, qualifier: "over",
    labels: labels("Freight between Uzbekistan and Azerbaijan", "Грузоперевозки между Узбекистаном и Азербайджаном", "Oʻzbekiston va Ozarbayjon oʻrtasidagi yuk tashish", "Özbəkistan ilə Azərbaycan arasında yükdaşımalar"),
    source: "trend-2025-12-13-uz-transport-ministry-cargo", quote: "By the end of 2024, the volume of cargo transportation between Uzbekistan and Azerbaijan exceeded 100,000 tons",
  },
  {
    code: "uz-cargo-via-baku-port-2024", value: 1_000_000, unit: "tonnes", period: year(2024), partial: false, qualifier: "over",
    labels: labels("Uzbek cargo through the Port of Baku on the Middle Corridor", "Узбекские грузы через Бакинский порт по Среднему коридору", "Oʻrta yoʻlak boʻylab Boku porti orqali oʻzbek yuklari", "Orta Dəhliz üzrə Bakı limanı vasitəsilə Özbəkistan yükləri"),
    source: "trend-2025-12-13-uz-transport-ministry-cargo", quote: "In 2024, more than 1 million tons of cargo from Uzbekistan were transported through the Port of Baku within the framework of the Middle Corridor",
  },
] as const satisfies readonly CargoFigure[];
