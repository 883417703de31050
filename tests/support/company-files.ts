/** Files of companies as chambers upload them: CSV text or an Excel workbook from rows by column, in a template's language. */
import { companyColumns, companyTemplateHeaders, type CompanyColumnKey, type Locale } from "@karvon/data";
import writeXlsxFile from "write-excel-file/universal";

export type FileRow = Partial<Record<CompanyColumnKey, string>>;

/** A complete Uzbek company in Uzbek Latin and Cyrillic, as a chamber in Fergana would write it. */
export const fergana: FileRow = {
  legalName: "«Fargʻona Toʻqimachi» MChJ",
  country: "Oʻzbekiston",
  taxId: "305 123 456",
  region: "Фарғона вилояти",
  district: "Қўқон",
  foundedYear: "2009",
  sizeBand: "120",
  sectors: "13",
  hsChapters: "52, 63",
  languages: "ўзбек тили; rus tili",
  "description.uz": "Paxta ipi va trikotaj matolari ishlab chiqaramiz.",
  contactName: "Aziz Karimov",
  contactPosition: "Direktor",
  contactEmail: "aziz@example.uz",
  contactPhone: "+998 90 123 45 67",
};

/** A complete Azerbaijani company. */
export const baku: FileRow = {
  legalName: "Bakı Logistika MMC",
  country: "Azərbaycan",
  taxId: "1401234561",
  region: "Bakı iqtisadi rayonu",
  district: "Xətai",
  foundedYear: "2015",
  sizeBand: "Kiçik (10–49 işçi)",
  sectors: "52",
  languages: "az; ru",
  "description.az": "Xəzər üzərindən yük daşımaları və anbar xidmətləri.",
  contactName: "Leyla Məmmədova",
  contactPosition: "Direktor",
  contactEmail: "leyla@example.az",
  contactPhone: "+994 50 123 45 67",
};

function csvField(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text: the template's header in `locale`, then one line per row. */
export function companyCsv(rows: readonly FileRow[], locale: Locale = "en", separator = ","): string {
  const lines = [companyTemplateHeaders(locale), ...rows.map((row) => companyColumns.map((column) => row[column.key] ?? ""))];
  return lines.map((cells) => cells.map(csvField).join(separator)).join("\r\n") + "\r\n";
}

/**
 * An Excel workbook (.xlsx) of the same rows as `companyCsv`, one sheet. Cells that are all digits (tax IDs, years,
 * headcounts) are written as numbers, as Excel stores them when typed.
 */
export async function companyWorkbook(rows: readonly FileRow[], locale: Locale = "en"): Promise<Uint8Array> {
  const cell = (value: string) => (/^\d+$/.test(value) ? Number(value) : value === "" ? null : value);
  const sheet = [companyTemplateHeaders(locale), ...rows.map((row) => companyColumns.map((column) => cell(row[column.key] ?? "")))];
  return new Uint8Array(await (await writeXlsxFile(sheet).toBlob()).arrayBuffer());
}

/** The upload input of a file given as text (UTF-8) or bytes. */
export function uploadOf(file: string | Uint8Array): { data: string } {
  return { data: Buffer.from(typeof file === "string" ? new TextEncoder().encode(file) : file).toString("base64") };
}

/** Windows-1251 bytes of ASCII and Russian text (what Excel saves on a Russian-language Windows). */
export function windows1251(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((char) => {
      const code = char.codePointAt(0) as number;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return 0xc0 + (code - 0x410);
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      throw new Error(`not in the test's Windows-1251 table: ${char}`);
    }),
  );
}
