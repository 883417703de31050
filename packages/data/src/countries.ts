import { z } from "zod";
import { codesOf, labels, type Labels } from "./labels";

export type Country = {
  code: string;
  labels: Labels;
  isPartner: boolean;
  source: string;
};

/** Partner countries first, then trading partners and transit countries (ISO 3166-1 alpha-2). */
export const countries = [
  { code: "UZ", labels: labels("Uzbekistan", "Узбекистан", "Oʻzbekiston", "Özbəkistan"), isPartner: true, source: "iso-3166-1" },
  { code: "AZ", labels: labels("Azerbaijan", "Азербайджан", "Ozarbayjon", "Azərbaycan"), isPartner: true, source: "iso-3166-1" },
  { code: "KZ", labels: labels("Kazakhstan", "Казахстан", "Qozogʻiston", "Qazaxıstan"), isPartner: false, source: "iso-3166-1" },
  { code: "KG", labels: labels("Kyrgyzstan", "Кыргызстан", "Qirgʻiziston", "Qırğızıstan"), isPartner: false, source: "iso-3166-1" },
  { code: "TJ", labels: labels("Tajikistan", "Таджикистан", "Tojikiston", "Tacikistan"), isPartner: false, source: "iso-3166-1" },
  { code: "TM", labels: labels("Turkmenistan", "Туркменистан", "Turkmaniston", "Türkmənistan"), isPartner: false, source: "iso-3166-1" },
  { code: "AF", labels: labels("Afghanistan", "Афганистан", "Afgʻoniston", "Əfqanıstan"), isPartner: false, source: "iso-3166-1" },
  { code: "GE", labels: labels("Georgia", "Грузия", "Gruziya", "Gürcüstan"), isPartner: false, source: "iso-3166-1" },
  { code: "TR", labels: labels("Türkiye", "Турция", "Turkiya", "Türkiyə"), isPartner: false, source: "iso-3166-1" },
  { code: "RU", labels: labels("Russia", "Россия", "Rossiya", "Rusiya"), isPartner: false, source: "iso-3166-1" },
  { code: "IR", labels: labels("Iran", "Иран", "Eron", "İran"), isPartner: false, source: "iso-3166-1" },
  { code: "CN", labels: labels("China", "Китай", "Xitoy", "Çin"), isPartner: false, source: "iso-3166-1" },
  { code: "IN", labels: labels("India", "Индия", "Hindiston", "Hindistan"), isPartner: false, source: "iso-3166-1" },
  { code: "PK", labels: labels("Pakistan", "Пакистан", "Pokiston", "Pakistan"), isPartner: false, source: "iso-3166-1" },
  { code: "KR", labels: labels("South Korea", "Республика Корея", "Janubiy Koreya", "Cənubi Koreya"), isPartner: false, source: "iso-3166-1" },
  { code: "JP", labels: labels("Japan", "Япония", "Yaponiya", "Yaponiya"), isPartner: false, source: "iso-3166-1" },
  { code: "AE", labels: labels("United Arab Emirates", "Объединённые Арабские Эмираты", "Birlashgan Arab Amirliklari", "Birləşmiş Ərəb Əmirlikləri"), isPartner: false, source: "iso-3166-1" },
  { code: "SA", labels: labels("Saudi Arabia", "Саудовская Аравия", "Saudiya Arabistoni", "Səudiyyə Ərəbistanı"), isPartner: false, source: "iso-3166-1" },
  { code: "UA", labels: labels("Ukraine", "Украина", "Ukraina", "Ukrayna"), isPartner: false, source: "iso-3166-1" },
  { code: "BY", labels: labels("Belarus", "Беларусь", "Belarus", "Belarus"), isPartner: false, source: "iso-3166-1" },
  { code: "DE", labels: labels("Germany", "Германия", "Germaniya", "Almaniya"), isPartner: false, source: "iso-3166-1" },
  { code: "IT", labels: labels("Italy", "Италия", "Italiya", "İtaliya"), isPartner: false, source: "iso-3166-1" },
  { code: "FR", labels: labels("France", "Франция", "Fransiya", "Fransa"), isPartner: false, source: "iso-3166-1" },
  { code: "GB", labels: labels("United Kingdom", "Великобритания", "Buyuk Britaniya", "Böyük Britaniya"), isPartner: false, source: "iso-3166-1" },
  { code: "PL", labels: labels("Poland", "Польша", "Polsha", "Polşa"), isPartner: false, source: "iso-3166-1" },
  { code: "LV", labels: labels("Latvia", "Латвия", "Latviya", "Latviya"), isPartner: false, source: "iso-3166-1" },
  { code: "LT", labels: labels("Lithuania", "Литва", "Litva", "Litva"), isPartner: false, source: "iso-3166-1" },
  { code: "NL", labels: labels("Netherlands", "Нидерланды", "Niderlandiya", "Niderland"), isPartner: false, source: "iso-3166-1" },
  { code: "ES", labels: labels("Spain", "Испания", "Ispaniya", "İspaniya"), isPartner: false, source: "iso-3166-1" },
  { code: "US", labels: labels("United States", "США", "AQSH", "ABŞ"), isPartner: false, source: "iso-3166-1" },
] as const satisfies readonly Country[];

export type CountryCode = (typeof countries)[number]["code"];
export const countryCodes = codesOf(countries);
export const countryCodeSchema = z.enum(countryCodes, { error: "errors.country" });

export const partnerCountryCodes = ["UZ", "AZ"] as const;
export type PartnerCountryCode = (typeof partnerCountryCodes)[number];
export const partnerCountrySchema = z.enum(partnerCountryCodes, { error: "errors.country" });

export function countryByCode(code: string): (typeof countries)[number] | undefined {
  return countries.find((country) => country.code === code);
}
