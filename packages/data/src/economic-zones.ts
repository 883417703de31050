import { z } from "zod";
import { codesOf, labels, type Labels } from "./labels";
import { err } from "./schemas/errors";

export type EconomicZoneKind =
  | "free-economic-zone"
  | "industrial-park"
  | "industrial-district"
  | "pharma-zone"
  | "small-industrial-zone";

export type EconomicZone = {
  code: string;
  country: "UZ" | "AZ";
  region: string;
  /** The district (or city) the zone lies in, where it is one place. */
  district?: string;
  kind: EconomicZoneKind;
  labels: Labels;
  source: string;
};

/**
 * Special economic zones of Uzbekistan and industrial zones of Azerbaijan where the seed article expects joint
 * production ("using the advantages of the FEZ"). Not exhaustive: Uzbekistan also has some 400 small industrial
 * zones and more FEZs created since 2019; add them here with their decree as source.
 */
export const economicZones = [
  // Uzbekistan: free economic zones
  { code: "UZ-FEZ-NAVOIY", country: "UZ", region: "UZ-NW", district: "UZ-NW-karmana", kind: "free-economic-zone", labels: labels("Navoi Free Economic Zone", "Свободная экономическая зона «Навои»", "“Navoiy” erkin iqtisodiy zonasi", "«Nəvai» azad iqtisadi zonası"), source: "uz-sez-law" },
  { code: "UZ-FEZ-ANGREN", country: "UZ", region: "UZ-TO", district: "UZ-TO-angren-city", kind: "free-economic-zone", labels: labels("Angren Free Economic Zone", "Свободная экономическая зона «Ангрен»", "“Angren” erkin iqtisodiy zonasi", "«Anqren» azad iqtisadi zonası"), source: "uz-sez-law" },
  { code: "UZ-FEZ-JIZZAKH", country: "UZ", region: "UZ-JI", district: "UZ-JI-jizzakh-city", kind: "free-economic-zone", labels: labels("Jizzakh Free Economic Zone", "Свободная экономическая зона «Джизак»", "“Jizzax” erkin iqtisodiy zonasi", "«Cizzax» azad iqtisadi zonası"), source: "uz-sez-law" },
  { code: "UZ-FEZ-URGUT", country: "UZ", region: "UZ-SA", district: "UZ-SA-urgut", kind: "free-economic-zone", labels: labels("Urgut Free Economic Zone", "Свободная экономическая зона «Ургут»", "“Urgut” erkin iqtisodiy zonasi", "«Urqut» azad iqtisadi zonası"), source: "uz-sez-law" },
  { code: "UZ-FEZ-GIJDUVAN", country: "UZ", region: "UZ-BU", district: "UZ-BU-gijduvan", kind: "free-economic-zone", labels: labels("Gijduvan Free Economic Zone", "Свободная экономическая зона «Гиждуван»", "“Gʻijduvon” erkin iqtisodiy zonasi", "«Ğijduvan» azad iqtisadi zonası"), source: "uz-sez-law" },
  { code: "UZ-FEZ-KOKAND", country: "UZ", region: "UZ-FA", district: "UZ-FA-kokand-city", kind: "free-economic-zone", labels: labels("Kokand Free Economic Zone", "Свободная экономическая зона «Коканд»", "“Qoʻqon” erkin iqtisodiy zonasi", "«Kokand» azad iqtisadi zonası"), source: "uz-sez-law" },
  { code: "UZ-FEZ-HAZORASP", country: "UZ", region: "UZ-XO", district: "UZ-XO-khazarasp", kind: "free-economic-zone", labels: labels("Hazorasp Free Economic Zone", "Свободная экономическая зона «Хазарасп»", "“Hazorasp” erkin iqtisodiy zonasi", "«Həzarasp» azad iqtisadi zonası"), source: "uz-sez-law" },
  { code: "UZ-FEZ-TERMEZ", country: "UZ", region: "UZ-SU", district: "UZ-SU-termez-city", kind: "free-economic-zone", labels: labels("Termez Free Economic Zone", "Свободная экономическая зона «Термез»", "“Termiz” erkin iqtisodiy zonasi", "«Termez» azad iqtisadi zonası"), source: "uz-sez-law" },
  { code: "UZ-FEZ-NAMANGAN", country: "UZ", region: "UZ-NG", kind: "free-economic-zone", labels: labels("Namangan Free Economic Zone", "Свободная экономическая зона «Наманган»", "“Namangan” erkin iqtisodiy zonasi", "«Namanqan» azad iqtisadi zonası"), source: "uz-sez-law" },
  // Uzbekistan: pharmaceutical free economic zones (Decree UP-5032 of 3 May 2017)
  { code: "UZ-FEZ-NUKUS-FARM", country: "UZ", region: "UZ-QR", district: "UZ-QR-nukus-city", kind: "pharma-zone", labels: labels("Nukus-Pharm Free Economic Zone", "Свободная экономическая зона «Нукус-фарм»", "“Nukus-farm” erkin iqtisodiy zonasi", "«Nukus-farm» azad iqtisadi zonası"), source: "uz-pharm-fez-decree-2017" },
  { code: "UZ-FEZ-ZOMIN-FARM", country: "UZ", region: "UZ-JI", district: "UZ-JI-zaamin", kind: "pharma-zone", labels: labels("Zomin-Pharm Free Economic Zone", "Свободная экономическая зона «Зомин-фарм»", "“Zomin-farm” erkin iqtisodiy zonasi", "«Zomin-farm» azad iqtisadi zonası"), source: "uz-pharm-fez-decree-2017" },
  { code: "UZ-FEZ-KOSONSOY-FARM", country: "UZ", region: "UZ-NG", district: "UZ-NG-kasansay", kind: "pharma-zone", labels: labels("Kosonsoy-Pharm Free Economic Zone", "Свободная экономическая зона «Косонсой-фарм»", "“Kosonsoy-farm” erkin iqtisodiy zonasi", "«Kosonsoy-farm» azad iqtisadi zonası"), source: "uz-pharm-fez-decree-2017" },
  { code: "UZ-FEZ-SIRDARYO-FARM", country: "UZ", region: "UZ-SI", kind: "pharma-zone", labels: labels("Sirdaryo-Pharm Free Economic Zone", "Свободная экономическая зона «Сырдарё-фарм»", "“Sirdaryo-farm” erkin iqtisodiy zonasi", "«Sirdaryo-farm» azad iqtisadi zonası"), source: "uz-pharm-fez-decree-2017" },
  { code: "UZ-FEZ-BOYSUN-FARM", country: "UZ", region: "UZ-SU", district: "UZ-SU-boysun", kind: "pharma-zone", labels: labels("Boysun-Pharm Free Economic Zone", "Свободная экономическая зона «Бойсун-фарм»", "“Boysun-farm” erkin iqtisodiy zonasi", "«Boysun-farm» azad iqtisadi zonası"), source: "uz-pharm-fez-decree-2017" },
  { code: "UZ-FEZ-BOSTANLIQ-FARM", country: "UZ", region: "UZ-TO", district: "UZ-TO-bostanliq", kind: "pharma-zone", labels: labels("Bostanliq-Pharm Free Economic Zone", "Свободная экономическая зона «Бостанлык-фарм»", "“Boʻstonliq-farm” erkin iqtisodiy zonasi", "«Bostanlıq-farm» azad iqtisadi zonası"), source: "uz-pharm-fez-decree-2017" },
  { code: "UZ-FEZ-PARKENT-FARM", country: "UZ", region: "UZ-TO", district: "UZ-TO-parkent", kind: "pharma-zone", labels: labels("Parkent-Pharm Free Economic Zone", "Свободная экономическая зона «Паркент-фарм»", "“Parkent-farm” erkin iqtisodiy zonasi", "«Parkent-farm» azad iqtisadi zonası"), source: "uz-pharm-fez-decree-2017" },
  // Azerbaijan
  { code: "AZ-FEZ-ALAT", country: "AZ", region: "AZ-BAK", district: "AZ-BA-QRD", kind: "free-economic-zone", labels: labels("Alat Free Economic Zone", "Свободная экономическая зона Алят", "Olat erkin iqtisodiy zonasi", "Ələt Azad İqtisadi Zonası"), source: "az-alat-fez-law" },
  { code: "AZ-IP-SUMGAYIT-CHEMICAL", country: "AZ", region: "AZ-ABX", district: "AZ-SM", kind: "industrial-park", labels: labels("Sumgayit Chemical Industrial Park", "Сумгайытский химический промышленный парк", "Sumqayit kimyo sanoat parki", "Sumqayıt Kimya Sənaye Parkı"), source: "az-industrial-zones" },
  { code: "AZ-IP-MINGACHEVIR", country: "AZ", region: "AZ-MAR", district: "AZ-MI", kind: "industrial-park", labels: labels("Mingachevir Industrial Park", "Мингячевирский промышленный парк", "Mingachevir sanoat parki", "Mingəçevir Sənaye Parkı"), source: "az-industrial-zones" },
  { code: "AZ-IP-GARADAGH", country: "AZ", region: "AZ-BAK", district: "AZ-BA-QRD", kind: "industrial-park", labels: labels("Garadagh Industrial Park", "Гарадагский промышленный парк", "Qoradogʻ sanoat parki", "Qaradağ Sənaye Parkı"), source: "az-industrial-zones" },
  { code: "AZ-IP-BALAKHANI", country: "AZ", region: "AZ-BAK", district: "AZ-BA-SBN", kind: "industrial-park", labels: labels("Balakhani Industrial Park", "Балаханский промышленный парк", "Balaxani sanoat parki", "Balaxanı Sənaye Parkı"), source: "az-industrial-zones" },
  { code: "AZ-IP-PIRALLAHI", country: "AZ", region: "AZ-BAK", district: "AZ-BA-PIR", kind: "industrial-park", labels: labels("Pirallahi Industrial Park", "Промышленный парк Пираллахи", "Pirallahi sanoat parki", "Pirallahı Sənaye Parkı"), source: "az-industrial-zones" },
  { code: "AZ-IP-AGHDAM", country: "AZ", region: "AZ-KRB", district: "AZ-AGM", kind: "industrial-park", labels: labels("Aghdam Industrial Park", "Агдамский промышленный парк", "Agʻdam sanoat parki", "Ağdam Sənaye Parkı"), source: "az-industrial-zones" },
  { code: "AZ-IP-ARAZ-VALLEY", country: "AZ", region: "AZ-EZN", district: "AZ-CAB", kind: "industrial-park", labels: labels("Araz Valley Economic Zone Industrial Park", "Промышленный парк «Экономическая зона Араз Вадиси»", "“Araz vodiysi iqtisodiy zonasi” sanoat parki", "Araz Vadisi İqtisadi Zonası Sənaye Parkı"), source: "az-industrial-zones" },
  { code: "AZ-ID-HAJIGABUL", country: "AZ", region: "AZ-SSL", district: "AZ-HAC", kind: "industrial-district", labels: labels("Hajigabul Industrial District", "Промышленный квартал Гаджигабул", "Hojiqabul sanoat kvartali", "Hacıqabul Sənaye Məhəlləsi"), source: "az-industrial-zones" },
  { code: "AZ-ID-SABIRABAD", country: "AZ", region: "AZ-MMG", district: "AZ-SAB", kind: "industrial-district", labels: labels("Sabirabad Industrial District", "Промышленный квартал Сабирабад", "Sabirobod sanoat kvartali", "Sabirabad Sənaye Məhəlləsi"), source: "az-industrial-zones" },
  { code: "AZ-ID-MASALLI", country: "AZ", region: "AZ-LNA", district: "AZ-MAS", kind: "industrial-district", labels: labels("Masally Industrial District", "Промышленный квартал Масаллы", "Masalli sanoat kvartali", "Masallı Sənaye Məhəlləsi"), source: "az-industrial-zones" },
  { code: "AZ-ID-NEFTCHALA", country: "AZ", region: "AZ-SSL", district: "AZ-NEF", kind: "industrial-district", labels: labels("Neftchala Industrial District", "Промышленный квартал Нефтчала", "Neftchala sanoat kvartali", "Neftçala Sənaye Məhəlləsi"), source: "az-industrial-zones" },
  { code: "AZ-ID-AGHDAM", country: "AZ", region: "AZ-KRB", district: "AZ-AGM", kind: "industrial-district", labels: labels("Aghdam Industrial District", "Промышленный квартал Агдам", "Agʻdam sanoat kvartali", "Ağdam Sənaye Məhəlləsi"), source: "az-industrial-zones" },
] as const satisfies readonly EconomicZone[];

export type EconomicZoneRecord = (typeof economicZones)[number];
export type EconomicZoneCode = EconomicZoneRecord["code"];
export const economicZoneCodes = codesOf(economicZones);
export const economicZoneCodeSchema = z.enum(economicZoneCodes, err("errors.economicZone"));

export const economicZoneKinds = [
  { code: "free-economic-zone", labels: labels("Free economic zone", "Свободная экономическая зона", "Erkin iqtisodiy zona", "Azad iqtisadi zona"), source: "karvon-editorial" },
  { code: "industrial-park", labels: labels("Industrial park", "Промышленный парк", "Sanoat parki", "Sənaye parkı"), source: "karvon-editorial" },
  { code: "industrial-district", labels: labels("Industrial district", "Промышленный квартал", "Sanoat kvartali", "Sənaye məhəlləsi"), source: "karvon-editorial" },
  { code: "pharma-zone", labels: labels("Pharmaceutical free economic zone", "Фармацевтическая свободная экономическая зона", "Farmatsevtika erkin iqtisodiy zonasi", "Əczaçılıq azad iqtisadi zonası"), source: "karvon-editorial" },
  { code: "small-industrial-zone", labels: labels("Small industrial zone", "Малая промышленная зона", "Kichik sanoat zonasi", "Kiçik sənaye zonası"), source: "karvon-editorial" },
] as const satisfies readonly { code: EconomicZoneKind; labels: Labels; source: string }[];

export function economicZoneByCode(code: string): EconomicZoneRecord | undefined {
  return economicZones.find((zone) => zone.code === code);
}

export function economicZonesOf(country: "UZ" | "AZ"): readonly EconomicZoneRecord[] {
  return economicZones.filter((zone) => zone.country === country);
}

export function economicZoneInCountry(zone: string, country: string): boolean {
  return economicZoneByCode(zone)?.country === country;
}
