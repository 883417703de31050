import { z } from "zod";
import { codesOf, labels, type Labels } from "./labels";

export type FigureUnit = "USD" | "percent" | "count" | "tonnes" | "tonnes-per-year" | "GW" | "times";

export type BilateralFigure = {
  code: string;
  value: number;
  unit: FigureUnit;
  /** ISO date or year the figure describes (or when it was stated, for targets and plans). */
  asOf: string;
  /** For targets and forecasts: the year by which the value is expected. */
  targetYear?: string;
  /** How the seed qualifies the number: "about 40", "over 240", "up to 5 GW". */
  qualifier?: "about" | "over" | "up-to";
  labels: Labels;
  source: string;
  /** The exact words of the source (runs of whitespace collapsed to one space). */
  quote: string;
};

/** Every figure of the seed article, with the words it comes from. */
export const bilateralFigures = [
  {
    code: "trade-turnover-2023", value: 232_000_000, unit: "USD", asOf: "2023-12-31",
    labels: labels("Bilateral trade turnover, 2023", "Товарооборот между странами за 2023 год", "2023-yilda oʻzaro tovar aylanmasi", "2023-cü ildə qarşılıqlı ticarət dövriyyəsi"),
    source: "seed-partnership-article", quote: "reaching $232 million by the end of 2023",
  },
  {
    code: "trade-growth-2024", value: 15, unit: "percent", asOf: "2024",
    labels: labels("Growth of bilateral trade since the start of 2024", "Рост товарооборота с начала 2024 года", "2024-yil boshidan tovar aylanmasining oʻsishi", "2024-cü ilin əvvəlindən ticarət dövriyyəsinin artımı"),
    source: "seed-partnership-article", quote: "since the beginning of 2024, it has increased by another 15%",
  },
  {
    code: "trade-growth-5-years", value: 3, unit: "times", asOf: "2023-12-31",
    labels: labels("Growth of bilateral trade over five years", "Рост товарооборота за пять лет", "Besh yil ichida tovar aylanmasining oʻsishi", "Beş ildə ticarət dövriyyəsinin artımı"),
    source: "seed-partnership-article", quote: "Over the past 5 years, it has shown a threefold increase",
  },
  {
    code: "trade-turnover-target", value: 1_000_000_000, unit: "USD", asOf: "2024",
    labels: labels("Target for bilateral trade turnover", "Целевой объём товарооборота", "Tovar aylanmasining maqsadli hajmi", "Ticarət dövriyyəsinin hədəf həcmi"),
    source: "seed-partnership-article", quote: "The bar has been set to bring this figure to $1 billion",
  },
  {
    code: "bilateral-agreements", value: 169, unit: "count", asOf: "2024",
    labels: labels("Bilateral agreements in force", "Двусторонние соглашения", "Ikki tomonlama bitimlar", "İkitərəfli sazişlər"),
    source: "seed-partnership-article", quote: "which already includes 169 agreements today",
  },
  {
    code: "declaration-key-areas", value: 40, unit: "count", asOf: "2024", qualifier: "about",
    labels: labels("Key areas of cooperation in the Declaration on deepening strategic partnership", "Ключевые направления сотрудничества в Декларации об углублении стратегического партнёрства", "Strategik sheriklikni chuqurlashtirish toʻgʻrisidagi Deklaratsiyadagi asosiy hamkorlik yoʻnalishlari", "Strateji tərəfdaşlığın dərinləşdirilməsi haqqında Bəyannamədə əsas əməkdaşlıq istiqamətləri"),
    source: "seed-partnership-article", quote: "It provides for the development of about 40 key areas of bilateral cooperation",
  },
  {
    code: "delegations-5-years", value: 60, unit: "count", asOf: "2024", qualifier: "over",
    labels: labels("Official delegations exchanged over five years", "Обмен делегациями за пять лет", "Besh yilda almashilgan rasmiy delegatsiyalar", "Beş ildə mübadilə edilmiş rəsmi nümayəndə heyətləri"),
    source: "seed-partnership-article", quote: "the exchange of delegations only through ministries, departments, parliaments, and significant public associations over the past five years has exceeded 60",
  },
  {
    code: "joint-investment-fund", value: 500_000_000, unit: "USD", asOf: "2023",
    labels: labels("Joint investment fund created at the first Interregional Forum", "Совместный инвестиционный фонд, созданный на первом Межрегиональном форуме", "Birinchi Mintaqalararo forumda tashkil etilgan qoʻshma investitsiya jamgʻarmasi", "Birinci Regionlararası Forumda yaradılmış birgə investisiya fondu"),
    source: "seed-partnership-article", quote: "creating a joint investment fund for $500 million",
  },
  {
    code: "az-capital-companies-in-uz", value: 240, unit: "count", asOf: "2024", qualifier: "over",
    labels: labels("Companies with Azerbaijani capital in Uzbekistan", "Компании с азербайджанским капиталом в Узбекистане", "Oʻzbekistondagi Ozarbayjon kapitali ishtirokidagi korxonalar", "Özbəkistanda Azərbaycan kapitallı şirkətlər"),
    source: "seed-partnership-article", quote: "over 240 companies with Azerbaijani capital operate in Uzbekistan",
  },
  {
    code: "uz-companies-in-az", value: 70, unit: "count", asOf: "2024", qualifier: "about",
    labels: labels("Uzbek companies in Azerbaijan", "Узбекские компании в Азербайджане", "Ozarbayjondagi oʻzbek kompaniyalari", "Azərbaycanda Özbəkistan şirkətləri"),
    source: "seed-partnership-article", quote: "their number is reaching 70",
  },
  {
    code: "joint-ventures-growth", value: 5, unit: "times", asOf: "2024",
    labels: labels("Growth in the number of joint ventures in recent years", "Рост числа совместных предприятий за последние годы", "Soʻnggi yillarda qoʻshma korxonalar sonining oʻsishi", "Son illərdə birgə müəssisələrin sayının artımı"),
    source: "seed-partnership-article", quote: "the number of joint ventures has increased fivefold",
  },
  {
    code: "az-aluminium-output", value: 50_000, unit: "tonnes-per-year", asOf: "2024",
    labels: labels("Aluminium production in Azerbaijan", "Производство алюминия в Азербайджане", "Ozarbayjonda alyuminiy ishlab chiqarish", "Azərbaycanda alüminium istehsalı"),
    source: "seed-partnership-article", quote: "Azerbaijan produces 50,000 tons of aluminum per year",
  },
  {
    code: "green-energy-export-2030", value: 5, unit: "GW", asOf: "2024", targetYear: "2030", qualifier: "up-to",
    labels: labels("Green electricity Uzbekistan is ready to export to Europe through Azerbaijan by 2030", "Зелёная энергия, которую Узбекистан готов экспортировать в Европу через Азербайджан к 2030 году", "Oʻzbekiston 2030-yilgacha Ozarbayjon orqali Yevropaga eksport qilishga tayyor boʻlgan yashil energiya", "Özbəkistanın 2030-cu ilədək Azərbaycan vasitəsilə Avropaya ixrac etməyə hazır olduğu yaşıl enerji"),
    source: "seed-partnership-article", quote: "Uzbekistan is ready to export up to 5GW of green energy to European countries through Azerbaijan by 2030",
  },
  {
    code: "btk-capacity", value: 5_000_000, unit: "tonnes-per-year", asOf: "2024",
    labels: labels("Capacity of the Baku–Tbilisi–Kars railway after modernization", "Пропускная способность железной дороги Баку–Тбилиси–Карс после модернизации", "Modernizatsiyadan keyin Boku–Tbilisi–Qars temir yoʻlining oʻtkazish quvvati", "Modernləşdirmədən sonra Bakı–Tbilisi–Qars dəmir yolunun buraxılış qabiliyyəti"),
    source: "seed-partnership-article", quote: "expansion of its capacity to 5 million tons annually",
  },
  {
    code: "uz-cargo-via-az-2024", value: 1_000_000, unit: "tonnes", asOf: "2024", targetYear: "2024", qualifier: "over",
    labels: labels("Uzbek cargo forecast to transit Azerbaijan this year", "Прогноз перевозок узбекских грузов через Азербайджан в этом году", "Bu yil Ozarbayjon orqali tashiladigan oʻzbek yuklari (prognoz)", "Bu il Azərbaycan vasitəsilə daşınacaq Özbəkistan yükləri (proqnoz)"),
    source: "seed-partnership-article", quote: "more than 1 million tons of Uzbek cargo will be transported in this direction this year",
  },
  {
    code: "energy-action-plan-areas", value: 30, unit: "count", asOf: "2022",
    labels: labels("Areas covered by the 2022 energy cooperation action plan", "Направления плана действий по сотрудничеству в энергетике 2022 года", "2022-yilgi energetika sohasidagi hamkorlik boʻyicha harakatlar rejasi yoʻnalishlari", "2022-ci il enerji sahəsində əməkdaşlıq üzrə fəaliyyət planının istiqamətləri"),
    source: "seed-partnership-article", quote: "It covers 30 areas",
  },
  {
    code: "joint-hydrocarbon-fields", value: 3, unit: "count", asOf: "2024",
    labels: labels("Hydrocarbon fields in Azerbaijan planned for joint development", "Углеводородные месторождения в Азербайджане для совместной разработки", "Ozarbayjonda birgalikda oʻzlashtirish rejalashtirilgan uglevodorod konlari", "Azərbaycanda birgə işlənilməsi planlaşdırılan karbohidrogen yataqları"),
    source: "seed-partnership-article", quote: "The companies plan to develop three hydrocarbon fields in Azerbaijan jointly",
  },
  {
    code: "finished-goods-export-share-target", value: 3.3, unit: "times", asOf: "2024", targetYear: "2031",
    labels: labels("Planned growth of the share of finished goods in Uzbekistan's exports over seven years", "Планируемый рост доли готовой продукции в экспорте Узбекистана за семь лет", "Yetti yilda Oʻzbekiston eksportida tayyor mahsulot ulushining rejalashtirilgan oʻsishi", "Yeddi ildə Özbəkistanın ixracında hazır məhsulun payının planlaşdırılan artımı"),
    source: "seed-partnership-article", quote: "increase the share of finished products in the export structure by 3.3 times in the next seven years",
  },
] as const satisfies readonly BilateralFigure[];

export type BilateralFigureRecord = (typeof bilateralFigures)[number];
export type FigureCode = BilateralFigureRecord["code"];
export const figureCodes = codesOf(bilateralFigures);
export const figureCodeSchema = z.enum(figureCodes, { error: "errors.unknownCode" });

export function figureByCode(code: string): BilateralFigureRecord | undefined {
  return bilateralFigures.find((figure) => figure.code === code);
}
