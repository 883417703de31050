import { z } from "zod";
import { codesOf, labels, type Labels } from "./labels";
import { err } from "./schemas/errors";

export type Term = { code: string; labels: Labels; source: string };

/** Forms of cooperation a company seeks or offers. */
export const cooperationKinds = [
  { code: "distribution", labels: labels("Distribution", "Дистрибуция", "Distribyutsiya", "Distribusiya"), source: "karvon-editorial" },
  { code: "supply", labels: labels("Supply", "Поставки", "Yetkazib berish", "Tədarük"), source: "karvon-editorial" },
  { code: "subcontracting", labels: labels("Subcontracting", "Субподряд", "Subpudrat", "Subpodrat"), source: "karvon-editorial" },
  { code: "manufacturing", labels: labels("Contract manufacturing", "Контрактное производство", "Buyurtma asosida ishlab chiqarish", "Sifariş əsasında istehsal"), source: "karvon-editorial" },
  { code: "joint-venture", labels: labels("Joint venture", "Совместное предприятие", "Qoʻshma korxona", "Birgə müəssisə"), source: "karvon-editorial" },
  { code: "investment", labels: labels("Investment", "Инвестиции", "Investitsiyalar", "İnvestisiyalar"), source: "karvon-editorial" },
  { code: "licensing", labels: labels("Licensing", "Лицензирование", "Litsenziyalash", "Lisenziyalaşdırma"), source: "karvon-editorial" },
  { code: "franchising", labels: labels("Franchising", "Франчайзинг", "Franchayzing", "Françayzinq"), source: "karvon-editorial" },
  { code: "logistics", labels: labels("Logistics", "Логистика", "Logistika", "Logistika"), source: "karvon-editorial" },
  { code: "technology-transfer", labels: labels("Technology transfer", "Трансфер технологий", "Texnologiyalar transferi", "Texnologiya transferi"), source: "karvon-editorial" },
  { code: "research-development", labels: labels("Research and development", "Исследования и разработки", "Ilmiy tadqiqot va ishlanmalar", "Elmi tədqiqat və işləmələr"), source: "karvon-editorial" },
] as const satisfies readonly Term[];
export type CooperationKind = (typeof cooperationKinds)[number]["code"];
export const cooperationKindCodes = codesOf(cooperationKinds);
export const cooperationKindSchema = z.enum(cooperationKindCodes, err("errors.cooperationKind"));

/** What a listing is. */
export const listingKinds = [
  { code: "offer", labels: labels("Offer", "Предложение", "Taklif", "Təklif"), source: "karvon-editorial" },
  { code: "request", labels: labels("Request", "Запрос", "Soʻrov", "Sorğu"), source: "karvon-editorial" },
  { code: "joint-project", labels: labels("Joint project", "Совместный проект", "Qoʻshma loyiha", "Birgə layihə"), source: "karvon-editorial" },
] as const satisfies readonly Term[];
export type ListingKind = (typeof listingKinds)[number]["code"];
export const listingKindCodes = codesOf(listingKinds);
export const listingKindSchema = z.enum(listingKindCodes, err("errors.listingKind"));

/** Trade direction of a listing, seen from the company that publishes it. */
export const listingDirections = [
  { code: "export", labels: labels("Export", "Экспорт", "Eksport", "İxrac"), source: "karvon-editorial" },
  { code: "import", labels: labels("Import", "Импорт", "Import", "İdxal"), source: "karvon-editorial" },
  { code: "both", labels: labels("Export and import", "Экспорт и импорт", "Eksport va import", "İxrac və idxal"), source: "karvon-editorial" },
] as const satisfies readonly Term[];
export type ListingDirection = (typeof listingDirections)[number]["code"];
export const listingDirectionCodes = codesOf(listingDirections);
export const listingDirectionSchema = z.enum(listingDirectionCodes, err("errors.listingDirection"));

export type SizeBand = Term & { min: number; max: number | null };

/** Company size by headcount (bands of the EU SME definition). */
export const companySizeBands = [
  { code: "micro", min: 1, max: 9, labels: labels("Micro (1–9 employees)", "Микро (1–9 сотрудников)", "Mikro (1–9 xodim)", "Mikro (1–9 işçi)"), source: "eu-sme-definition" },
  { code: "small", min: 10, max: 49, labels: labels("Small (10–49 employees)", "Малое (10–49 сотрудников)", "Kichik (10–49 xodim)", "Kiçik (10–49 işçi)"), source: "eu-sme-definition" },
  { code: "medium", min: 50, max: 249, labels: labels("Medium (50–249 employees)", "Среднее (50–249 сотрудников)", "Oʻrta (50–249 xodim)", "Orta (50–249 işçi)"), source: "eu-sme-definition" },
  { code: "large", min: 250, max: null, labels: labels("Large (250+ employees)", "Крупное (250+ сотрудников)", "Yirik (250+ xodim)", "Böyük (250+ işçi)"), source: "eu-sme-definition" },
] as const satisfies readonly SizeBand[];
export type CompanySizeBand = (typeof companySizeBands)[number]["code"];
export const companySizeBandCodes = codesOf(companySizeBands);
export const companySizeBandSchema = z.enum(companySizeBandCodes, err("errors.sizeBand"));
/** Alias: the band codes as `sizeBandCodes` / `sizeBandSchema`. */
export const sizeBandCodes = companySizeBandCodes;
export const sizeBandSchema = companySizeBandSchema;

/** The size band of a headcount, or `undefined` for less than one. */
export function sizeBandOf(employees: number): CompanySizeBand | undefined {
  return companySizeBands.find((band) => employees >= band.min && (band.max === null || employees <= band.max))?.code;
}

/** Languages a company's staff speak (ISO 639-1, Karakalpak ISO 639-2). */
export const spokenLanguages = [
  { code: "uz", labels: labels("Uzbek", "Узбекский", "Oʻzbek tili", "Özbək dili"), source: "iso-639-1" },
  { code: "az", labels: labels("Azerbaijani", "Азербайджанский", "Ozarbayjon tili", "Azərbaycan dili"), source: "iso-639-1" },
  { code: "ru", labels: labels("Russian", "Русский", "Rus tili", "Rus dili"), source: "iso-639-1" },
  { code: "en", labels: labels("English", "Английский", "Ingliz tili", "İngilis dili"), source: "iso-639-1" },
  { code: "tr", labels: labels("Turkish", "Турецкий", "Turk tili", "Türk dili"), source: "iso-639-1" },
  { code: "kk", labels: labels("Kazakh", "Казахский", "Qozoq tili", "Qazax dili"), source: "iso-639-1" },
  { code: "ky", labels: labels("Kyrgyz", "Киргизский", "Qirgʻiz tili", "Qırğız dili"), source: "iso-639-1" },
  { code: "tg", labels: labels("Tajik", "Таджикский", "Tojik tili", "Tacik dili"), source: "iso-639-1" },
  { code: "tk", labels: labels("Turkmen", "Туркменский", "Turkman tili", "Türkmən dili"), source: "iso-639-1" },
  { code: "kaa", labels: labels("Karakalpak", "Каракалпакский", "Qoraqalpoq tili", "Qaraqalpaq dili"), source: "iso-639-1" },
  { code: "fa", labels: labels("Persian", "Персидский", "Fors tili", "Fars dili"), source: "iso-639-1" },
  { code: "ar", labels: labels("Arabic", "Арабский", "Arab tili", "Ərəb dili"), source: "iso-639-1" },
  { code: "ka", labels: labels("Georgian", "Грузинский", "Gruzin tili", "Gürcü dili"), source: "iso-639-1" },
  { code: "zh", labels: labels("Chinese", "Китайский", "Xitoy tili", "Çin dili"), source: "iso-639-1" },
  { code: "ko", labels: labels("Korean", "Корейский", "Koreys tili", "Koreya dili"), source: "iso-639-1" },
  { code: "ja", labels: labels("Japanese", "Японский", "Yapon tili", "Yapon dili"), source: "iso-639-1" },
  { code: "de", labels: labels("German", "Немецкий", "Nemis tili", "Alman dili"), source: "iso-639-1" },
  { code: "fr", labels: labels("French", "Французский", "Fransuz tili", "Fransız dili"), source: "iso-639-1" },
  { code: "it", labels: labels("Italian", "Итальянский", "Italyan tili", "İtalyan dili"), source: "iso-639-1" },
] as const satisfies readonly Term[];
export type SpokenLanguage = (typeof spokenLanguages)[number]["code"];
export const spokenLanguageCodes = codesOf(spokenLanguages);
export const spokenLanguageSchema = z.enum(spokenLanguageCodes, err("errors.language"));

export type Currency = Term & { minorUnits: number; symbol: string };

/** Currencies for prices and capital (ISO 4217; minor units as ISO lists them). */
export const currencies = [
  { code: "UZS", minorUnits: 2, symbol: "soʻm", labels: labels("Uzbek som", "Узбекский сум", "Oʻzbek soʻmi", "Özbək somu"), source: "iso-4217" },
  { code: "AZN", minorUnits: 2, symbol: "₼", labels: labels("Azerbaijani manat", "Азербайджанский манат", "Ozarbayjon manati", "Azərbaycan manatı"), source: "iso-4217" },
  { code: "USD", minorUnits: 2, symbol: "$", labels: labels("US dollar", "Доллар США", "AQSH dollari", "ABŞ dolları"), source: "iso-4217" },
  { code: "EUR", minorUnits: 2, symbol: "€", labels: labels("Euro", "Евро", "Yevro", "Avro"), source: "iso-4217" },
  { code: "RUB", minorUnits: 2, symbol: "₽", labels: labels("Russian rouble", "Российский рубль", "Rossiya rubli", "Rusiya rublu"), source: "iso-4217" },
  { code: "CNY", minorUnits: 2, symbol: "¥", labels: labels("Chinese yuan", "Китайский юань", "Xitoy yuani", "Çin yuanı"), source: "iso-4217" },
  { code: "TRY", minorUnits: 2, symbol: "₺", labels: labels("Turkish lira", "Турецкая лира", "Turk lirasi", "Türk lirəsi"), source: "iso-4217" },
  { code: "KZT", minorUnits: 2, symbol: "₸", labels: labels("Kazakhstani tenge", "Казахстанский тенге", "Qozogʻiston tengesi", "Qazaxıstan tengesi"), source: "iso-4217" },
] as const satisfies readonly Currency[];
export type CurrencyCode = (typeof currencies)[number]["code"];
export const currencyCodes = codesOf(currencies);
export const currencySchema = z.enum(currencyCodes, err("errors.currency"));

export type Incoterm = Term & { mode: "any" | "sea" };

/** The 11 rules of Incoterms® 2020. */
export const incoterms = [
  { code: "EXW", mode: "any", labels: labels("EXW — Ex Works", "EXW — Франко завод", "EXW — Korxonadan franko", "EXW — Zavoddan franko"), source: "incoterms-2020" },
  { code: "FCA", mode: "any", labels: labels("FCA — Free Carrier", "FCA — Франко перевозчик", "FCA — Tashuvchiga franko", "FCA — Daşıyıcıya franko"), source: "incoterms-2020" },
  { code: "CPT", mode: "any", labels: labels("CPT — Carriage Paid To", "CPT — Перевозка оплачена до", "CPT — Tashish haqi toʻlangan", "CPT — Daşınma haqqı ödənilib"), source: "incoterms-2020" },
  { code: "CIP", mode: "any", labels: labels("CIP — Carriage and Insurance Paid To", "CIP — Перевозка и страхование оплачены до", "CIP — Tashish va sugʻurta haqi toʻlangan", "CIP — Daşınma və sığorta haqqı ödənilib"), source: "incoterms-2020" },
  { code: "DAP", mode: "any", labels: labels("DAP — Delivered at Place", "DAP — Поставка в месте назначения", "DAP — Belgilangan joyda yetkazib berish", "DAP — Təyinat yerində çatdırılma"), source: "incoterms-2020" },
  { code: "DPU", mode: "any", labels: labels("DPU — Delivered at Place Unloaded", "DPU — Поставка в месте назначения с разгрузкой", "DPU — Belgilangan joyda tushirib yetkazib berish", "DPU — Təyinat yerində boşaldılmaqla çatdırılma"), source: "incoterms-2020" },
  { code: "DDP", mode: "any", labels: labels("DDP — Delivered Duty Paid", "DDP — Поставка с оплатой пошлины", "DDP — Bojlar toʻlangan holda yetkazib berish", "DDP — Rüsumlar ödənilməklə çatdırılma"), source: "incoterms-2020" },
  { code: "FAS", mode: "sea", labels: labels("FAS — Free Alongside Ship", "FAS — Франко вдоль борта судна", "FAS — Kema yonida franko", "FAS — Gəminin bortu boyunca franko"), source: "incoterms-2020" },
  { code: "FOB", mode: "sea", labels: labels("FOB — Free on Board", "FOB — Франко борт", "FOB — Kema bortida franko", "FOB — Gəminin bortunda franko"), source: "incoterms-2020" },
  { code: "CFR", mode: "sea", labels: labels("CFR — Cost and Freight", "CFR — Стоимость и фрахт", "CFR — Qiymat va fraxt", "CFR — Dəyər və fraxt"), source: "incoterms-2020" },
  { code: "CIF", mode: "sea", labels: labels("CIF — Cost, Insurance and Freight", "CIF — Стоимость, страхование и фрахт", "CIF — Qiymat, sugʻurta va fraxt", "CIF — Dəyər, sığorta və fraxt"), source: "incoterms-2020" },
] as const satisfies readonly Incoterm[];
export type IncotermCode = (typeof incoterms)[number]["code"];
export const incotermCodes = codesOf(incoterms);
export const incotermSchema = z.enum(incotermCodes, err("errors.incoterm"));

/** Stages of a joint project. */
export const projectStages = [
  { code: "idea", labels: labels("Idea", "Идея", "Gʻoya", "İdeya"), source: "karvon-editorial" },
  { code: "business-plan", labels: labels("Business plan ready", "Бизнес-план готов", "Biznes-reja tayyor", "Biznes-plan hazırdır"), source: "karvon-editorial" },
  { code: "feasibility-study", labels: labels("Feasibility study", "Технико-экономическое обоснование", "Texnik-iqtisodiy asoslash", "Texniki-iqtisadi əsaslandırma"), source: "karvon-editorial" },
  { code: "financing", labels: labels("Seeking financing", "Поиск финансирования", "Moliyalashtirish izlanmoqda", "Maliyyələşdirmə axtarılır"), source: "karvon-editorial" },
  { code: "construction", labels: labels("Construction", "Строительство", "Qurilish", "Tikinti"), source: "karvon-editorial" },
  { code: "operating", labels: labels("Operating, expanding", "Действует, расширяется", "Faoliyat yuritmoqda, kengaymoqda", "Fəaliyyətdədir, genişlənir"), source: "karvon-editorial" },
] as const satisfies readonly Term[];
export type ProjectStage = (typeof projectStages)[number]["code"];
export const projectStageCodes = codesOf(projectStages);
export const projectStageSchema = z.enum(projectStageCodes, err("errors.projectStage"));

export type QuantityUnit = Term & { symbol: Labels };

const same = (symbol: string): Labels => labels(symbol, symbol, symbol, symbol);

/** Units for quantities in listings. */
export const quantityUnits = [
  { code: "t", symbol: labels("t", "т", "t", "t"), labels: labels("tonne", "тонна", "tonna", "ton"), source: "karvon-editorial" },
  { code: "kg", symbol: labels("kg", "кг", "kg", "kq"), labels: labels("kilogram", "килограмм", "kilogramm", "kiloqram"), source: "karvon-editorial" },
  { code: "pcs", symbol: labels("pcs", "шт.", "dona", "ədəd"), labels: labels("piece", "штука", "dona", "ədəd"), source: "karvon-editorial" },
  { code: "pair", symbol: labels("pair", "пар", "juft", "cüt"), labels: labels("pair", "пара", "juft", "cüt"), source: "karvon-editorial" },
  { code: "set", symbol: labels("set", "компл.", "toʻplam", "dəst"), labels: labels("set", "комплект", "toʻplam", "dəst"), source: "karvon-editorial" },
  { code: "m", symbol: labels("m", "м", "m", "m"), labels: labels("metre", "метр", "metr", "metr"), source: "karvon-editorial" },
  { code: "m2", symbol: labels("m²", "м²", "m²", "m²"), labels: labels("square metre", "квадратный метр", "kvadrat metr", "kvadrat metr"), source: "karvon-editorial" },
  { code: "m3", symbol: labels("m³", "м³", "m³", "m³"), labels: labels("cubic metre", "кубический метр", "kub metr", "kub metr"), source: "karvon-editorial" },
  { code: "l", symbol: labels("l", "л", "l", "l"), labels: labels("litre", "литр", "litr", "litr"), source: "karvon-editorial" },
  { code: "ha", symbol: labels("ha", "га", "ga", "ha"), labels: labels("hectare", "гектар", "gektar", "hektar"), source: "karvon-editorial" },
  { code: "kwh", symbol: labels("kWh", "кВт·ч", "kVt·soat", "kVt·saat"), labels: labels("kilowatt-hour", "киловатт-час", "kilovatt-soat", "kilovat-saat"), source: "karvon-editorial" },
  { code: "pallet", symbol: labels("pallet", "паллет", "poddon", "palet"), labels: labels("pallet", "паллета", "poddon", "palet"), source: "karvon-editorial" },
  { code: "container-20", symbol: same("20′ TEU"), labels: labels("20-foot container", "20-футовый контейнер", "20 futlik konteyner", "20 futluq konteyner"), source: "karvon-editorial" },
  { code: "container-40", symbol: same("40′ FEU"), labels: labels("40-foot container", "40-футовый контейнер", "40 futlik konteyner", "40 futluq konteyner"), source: "karvon-editorial" },
  { code: "wagon", symbol: labels("railcar", "ваг.", "vagon", "vaqon"), labels: labels("railway wagon", "железнодорожный вагон", "temir yoʻl vagoni", "dəmir yolu vaqonu"), source: "karvon-editorial" },
  { code: "truck", symbol: labels("truck", "фура", "fura", "tır"), labels: labels("truckload", "фура (автопоезд)", "fura (yuk avtopoyezdi)", "tır (yük avtoqatarı)"), source: "karvon-editorial" },
] as const satisfies readonly QuantityUnit[];
export type QuantityUnitCode = (typeof quantityUnits)[number]["code"];
export const quantityUnitCodes = codesOf(quantityUnits);
export const quantityUnitSchema = z.enum(quantityUnitCodes, err("errors.quantityUnit"));
