import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import writeXlsxFile, { type SheetData } from "write-excel-file/universal";
import { companyColumns, companyTemplateHeaders } from "./company-columns";
import { maxImportRows } from "./company-file";
import type { CompanyRowCells } from "./company-rows";
import { maxImportFileBytes } from "./decode-file";
import { readCompanyFile } from "./read-company-file";
import { dateText, numberText, readWorkbook } from "./read-workbook";
import { maxWorkbookXmlBytes } from "./unpack-workbook";

/** An .xlsx file as Excel-like software writes it (shared strings, styles), from rows of cells. */
async function workbook(rows: SheetData): Promise<Uint8Array> {
  return new Uint8Array(await (await writeXlsxFile(rows).toBlob()).arrayBuffer());
}

/** The smallest workbook by hand, for what the writer above does not make: a formula saved with its value. */
function handMadeWorkbook(sheetData: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    "xl/workbook.xml": strToU8(
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Companies" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

/** A CSV file of the same cells, as the CSV path reads them. */
const csvOf = (rows: readonly (readonly string[])[]) =>
  new TextEncoder().encode(rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(";")).join("\r\n"));

/** One company in every script a chamber writes: Uzbek Latin and Cyrillic, Russian, Azerbaijani. */
const mixedScripts = {
  legalName: "«Fargʻona Toʻqimachi» МЧЖ",
  country: "Ўзбекистон",
  region: "Фарғона вилояти",
  district: "Qoʻqon",
  sectors: "13; Оптовая торговля, кроме автотранспортных средств и мотоциклов",
  exportsTo: "Azərbaycan; Россия",
  languages: "ўзбек тили; rus tili; azərbaycan dili",
  "description.uz": "Paxta ipi va trikotaj matolari ishlab chiqaramiz.",
  "description.az": "Pambıq ipliyi və trikotaj parçalar istehsal edirik.",
  contactName: "Азиз Каримов",
  contactPosition: "Direktor",
  contactEmail: "aziz@example.uz",
  contactPhone: "+998 90 123 45 67",
} as const;

/** A row of the template's columns, text by column; numbers and other values given apart replace the text. */
function templateRow(cells: Partial<Record<string, SheetData[number][number]>>): SheetData[number] {
  return companyColumns.map((column) => cells[column.key] ?? null);
}

describe("readWorkbook", () => {
  it("reads the first sheet into the same rows the CSV of the same list gives, numbers as typed", async () => {
    const header = companyTemplateHeaders("uz");
    // Excel stores a tax ID and a year typed as numbers as numbers: they must come back as the same digits.
    const xlsx = await workbook([header, templateRow({ ...mixedScripts, taxId: 301234567, foundedYear: 2009, sizeBand: 120 })]);
    const csvRow: CompanyRowCells = { ...mixedScripts, taxId: "301234567", foundedYear: "2009", sizeBand: "120" };
    const csv = csvOf([header, companyColumns.map((column) => csvRow[column.key] ?? "")]);

    const fromWorkbook = await readCompanyFile(xlsx);
    expect(fromWorkbook).toEqual(await readCompanyFile(csv));
    expect(fromWorkbook.problems).toEqual([]);
    expect(fromWorkbook.rows).toMatchObject([
      {
        line: 2,
        cells: { taxId: "301234567", foundedYear: "2009", sizeBand: "120", legalName: "«Fargʻona Toʻqimachi» МЧЖ" },
        result: { ok: true, company: { country: "UZ", taxId: "301234567", sizeBand: "medium", region: "UZ-FA", district: "UZ-FA-kokand-city", foundedYear: 2009, sectors: ["13", "46"], exportsTo: ["AZ", "RU"], languages: ["uz", "ru", "az"] } },
      },
    ]);
  });

  it("gives dates as ISO dates and leaves out the float artefacts of numbers", async () => {
    const xlsx = await workbook([
      ["Founded", "Share", "Big", "Flag"],
      [{ value: new Date(Date.UTC(2009, 4, 1)), format: "dd.mm.yyyy" }, 0.1 + 0.2, 1.5e21, true],
    ]);
    expect(await readWorkbook(xlsx)).toEqual({ ok: true, table: [["Founded", "Share", "Big", "Flag"], ["2009-05-01", "0.3", "1500000000000000000000", "true"]] });
  });

  it("reads a workbook written as a stream, each entry's sizes after its data", async () => {
    const parts = unzipSync(await workbook([["Tax ID", "Имя"], [301234567, "Bakı"]]));
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error !== null) throw error;
      chunks.push(chunk);
    });
    for (const [name, bytes] of Object.entries(parts)) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(bytes, true);
    }
    zip.end();
    const streamed = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    chunks.reduce((offset, chunk) => (streamed.set(chunk, offset), offset + chunk.length), 0);
    // General-purpose flag bit 3: the local header leaves the sizes to a data descriptor.
    expect((streamed[6] ?? 0) & 8).toBe(8);
    expect(await readWorkbook(streamed)).toEqual({ ok: true, table: [["Tax ID", "Имя"], ["301234567", "Bakı"]] });
  });

  it("reads a formula as the value Excel saved with it, and still flags text that would become a formula", async () => {
    const xlsx = handMadeWorkbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Tax ID</t></is></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>' +
        '<row r="2"><c r="A2"><f>300000000+1234567</f><v>301234567</v></c><c r="B2" t="str"><f>"=HYPERLINK(""x"")"</f><v>=HYPERLINK("x")</v></c></row>',
    );
    expect(await readWorkbook(xlsx)).toEqual({ ok: true, table: [["Tax ID", "Name"], ["301234567", '=HYPERLINK("x")']] });
  });

  it("flags markup and formula text in a workbook's cells as in a CSV file", async () => {
    const row = { ...mixedScripts, taxId: "301234567", foundedYear: "2009", sizeBand: "120", legalName: "<b>Fargʻona</b>", contactName: "=HYPERLINK(\"http://x.example\")" };
    const checked = await readCompanyFile(await workbook([companyTemplateHeaders("ru"), templateRow(row)]));
    expect(checked.rows[0]?.result).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { column: "legalName", message: "errors.import.html", value: "<b>Fargʻona</b>" },
        { column: "contactName", message: "errors.import.formula", value: '=HYPERLINK("http://x.example")' },
      ]),
    });
  });

  it("refuses an empty first sheet and a sheet of more rows than a file may hold", async () => {
    expect(await readCompanyFile(handMadeWorkbook(""))).toEqual({ problems: [{ message: "errors.import.emptySheet" }], rows: [] });
    const header = companyTemplateHeaders("az");
    const rows = Array.from({ length: maxImportRows + 1 }, (_, index) => templateRow({ ...mixedScripts, taxId: 300000000 + index, foundedYear: 2009, sizeBand: 120 }));
    expect((await readCompanyFile(await workbook([header, ...rows]))).problems).toEqual([{ message: "errors.import.tooManyRows", value: String(maxImportRows) }]);
    // Writing and reading 5,001 rows takes seconds on a busy machine.
  }, 30_000);
});

describe("readCompanyFile with files that are no readable workbook", () => {
  const ole = (stream: string) => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // A directory entry's name, as OLE2 stores it: UTF-16LE.
    bytes.set(new Uint8Array([...stream].flatMap((char) => [char.charCodeAt(0), 0])), 1024);
    return bytes;
  };

  it("tells an old .xls from a workbook protected with a password", async () => {
    expect(await readCompanyFile(ole("Workbook"))).toEqual({ problems: [{ message: "errors.import.xls" }], rows: [] });
    expect(await readCompanyFile(ole("EncryptedPackage"))).toEqual({ problems: [{ message: "errors.import.workbookEncrypted" }], rows: [] });
  });

  it("refuses a damaged ZIP, a cut-off workbook and an archive that is no workbook", async () => {
    const corrupt = { problems: [{ message: "errors.import.workbookCorrupt" }], rows: [] };
    expect(await readCompanyFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff, 0xff, 0x08]))).toEqual(corrupt);
    const whole = await workbook([["Tax ID"], [301234567]]);
    expect(await readCompanyFile(whole.subarray(0, Math.floor(whole.length / 2)))).toEqual(corrupt);
    expect(await readCompanyFile(zipSync({ "word/document.xml": strToU8("<document/>") }))).toEqual(corrupt);
    // Broken XML in the sheet.
    const parts = unzipSync(whole);
    parts["xl/worksheets/sheet1.xml"] = strToU8("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c>");
    expect(await readCompanyFile(zipSync(parts))).toEqual(corrupt);
  });

  it("refuses a zip bomb before unpacking it, even one whose headers declare a small size", async () => {
    const tooLarge = { problems: [{ message: "errors.import.workbookTooLarge", value: String(maxWorkbookXmlBytes / 1024 / 1024) }], rows: [] };
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(maxWorkbookXmlBytes + 1).fill(0x20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(maxImportFileBytes);
    expect(await readCompanyFile(bomb)).toEqual(tooLarge);

    // The same bomb whose local header and directory claim 100 bytes: the count goes by what unpacks, not by claims.
    const lying = lyingAboutSize(bomb, 100);
    const claimed: number[] = [];
    unzipSync(lying, { filter: (file) => claimed.push(file.originalSize) === 0 });
    expect(claimed).toEqual([100]);
    expect(await readCompanyFile(lying)).toEqual(tooLarge);
  }, 30_000);

  it("refuses a workbook over the size limit before reading it", async () => {
    const large = new Uint8Array(maxImportFileBytes + 1);
    large.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await readCompanyFile(large)).toEqual({ problems: [{ message: "errors.import.tooLarge" }], rows: [] });
  });
});

/** A one-entry ZIP whose local header and central directory state `size` as the entry's unpacked size. */
function lyingAboutSize(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  view.setUint32(22, size, true);
  for (let offset = 0; offset + 4 <= bytes.length; offset++) {
    if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, size, true);
  }
  return bytes;
}

describe("numberText and dateText", () => {
  it("writes numbers as digits without exponent, trailing zeros or binary noise", () => {
    const stored = ["301234567", "3.01234567E8", "1401234561.0", "0.30000000000000004", "-12.5", "1.5e-7"];
    expect(stored.map(numberText)).toEqual(["301234567", "301234567", "1401234561", "0.3", "-12.5", "0.00000015"]);
  });

  it("writes a date alone, or with its time when it has one", () => {
    const dates = [new Date(Date.UTC(2009, 4, 1)), new Date(Date.UTC(2009, 4, 1, 14, 30))];
    expect(dates.map(dateText)).toEqual(["2009-05-01", "2009-05-01 14:30"]);
  });
});
