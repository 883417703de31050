import { foldText } from "../fold-text";
import { labels, type Labels } from "../labels";
import type { Locale } from "../locales";

/**
 * The columns of a file of companies, in template order. Each header is accepted in any of the four languages (as
 * the downloadable template of that language writes it) or as its key, so a chamber can fill the Russian template
 * and an agency the Azerbaijani one. `required` columns must be present in the header row; cells of the others may
 * be left empty.
 */
export const companyColumns = [
  { key: "legalName", required: true, labels: labels("Legal name", "Юридическое название", "Yuridik nomi", "Hüquqi adı") },
  { key: "country", required: true, labels: labels("Country", "Страна", "Mamlakat", "Ölkə") },
  { key: "taxId", required: true, labels: labels("Tax ID", "ИНН", "STIR", "VÖEN") },
  { key: "region", required: true, labels: labels("Region", "Регион", "Hudud", "Region") },
  { key: "district", required: true, labels: labels("District or city", "Район или город", "Tuman yoki shahar", "Rayon və ya şəhər") },
  { key: "city", required: false, labels: labels("Town or village", "Населённый пункт", "Aholi punkti", "Yaşayış məntəqəsi") },
  { key: "economicZone", required: false, labels: labels("Economic zone", "Экономическая зона", "Iqtisodiy zona", "İqtisadi zona") },
  { key: "foundedYear", required: true, labels: labels("Year founded", "Год основания", "Tashkil etilgan yil", "Təsis ili") },
  { key: "sizeBand", required: true, labels: labels("Employees", "Сотрудников", "Xodimlar soni", "İşçi sayı") },
  { key: "sectors", required: true, labels: labels("Sectors", "Отрасли", "Tarmoqlar", "Sahələr") },
  { key: "hsChapters", required: false, labels: labels("HS chapters", "Группы ТН ВЭД", "TIF TN guruhlari", "XİF MN qrupları") },
  { key: "exportsTo", required: false, labels: labels("Exports to", "Экспорт в страны", "Eksport qilinadigan mamlakatlar", "İxrac olunan ölkələr") },
  { key: "importsFrom", required: false, labels: labels("Imports from", "Импорт из стран", "Import qilinadigan mamlakatlar", "İdxal olunan ölkələr") },
  { key: "languages", required: true, labels: labels("Languages spoken", "Языки общения", "Muloqot tillari", "Ünsiyyət dilləri") },
  { key: "website", required: false, labels: labels("Website", "Сайт", "Veb-sayt", "Veb-sayt") },
  { key: "description.en", required: false, labels: labels("Description (English)", "Описание (английский)", "Tavsif (inglizcha)", "Təsvir (ingiliscə)") },
  { key: "description.ru", required: false, labels: labels("Description (Russian)", "Описание (русский)", "Tavsif (ruscha)", "Təsvir (rusca)") },
  { key: "description.uz", required: false, labels: labels("Description (Uzbek)", "Описание (узбекский)", "Tavsif (oʻzbekcha)", "Təsvir (özbəkcə)") },
  { key: "description.az", required: false, labels: labels("Description (Azerbaijani)", "Описание (азербайджанский)", "Tavsif (ozarbayjoncha)", "Təsvir (azərbaycanca)") },
  { key: "contactName", required: true, labels: labels("Contact person", "Контактное лицо", "Masʼul shaxs", "Əlaqə şəxsi") },
  { key: "contactPosition", required: true, labels: labels("Position", "Должность", "Lavozimi", "Vəzifəsi") },
  { key: "contactEmail", required: true, labels: labels("E-mail", "Эл. почта", "Elektron pochta", "E-poçt") },
  { key: "contactPhone", required: true, labels: labels("Phone", "Телефон", "Telefon", "Telefon") },
] as const satisfies readonly { key: string; required: boolean; labels: Labels }[];

export type CompanyColumnKey = (typeof companyColumns)[number]["key"];

/** The header row of the template in one language. */
export function companyTemplateHeaders(locale: Locale): string[] {
  return companyColumns.map((column) => column.labels[locale]);
}

const columnByFoldedHeader = new Map<string, CompanyColumnKey>(
  companyColumns.flatMap((column) =>
    [column.key, ...Object.values(column.labels)].map((name) => [foldText(name), column.key] as [string, CompanyColumnKey]),
  ),
);

/** The column a header cell names, in any language or script, or `undefined` for a column the portal does not know. */
export function companyColumnOf(header: string): CompanyColumnKey | undefined {
  return columnByFoldedHeader.get(foldText(header));
}
