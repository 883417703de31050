import { describe, expect, it } from "vitest";
import { companyTemplateHeaders } from "./company-columns";
import { checkCompanyFile, maxImportRows } from "./company-file";
import { checkCompanyRow, looksLikeFormula } from "./company-rows";

const uzbekCyrillicRow = {
  legalName: "«Фарғона Тўқимачи» МЧЖ",
  country: "Ўзбекистон",
  taxId: "305 123 456",
  region: "Фарғона вилояти",
  district: "Қўқон",
  foundedYear: "2009",
  sizeBand: "120",
  sectors: "13; Оптовая торговля, кроме автотранспортных средств и мотоциклов",
  hsChapters: "52, 63",
  exportsTo: "Озарбайжон, Россия",
  languages: "ўзбек тили; rus tili",
  "description.uz": "Пахта ипи ва трикотаж матолари ишлаб чиқарамиз.",
  contactName: "Азиз Каримов",
  contactPosition: "Директор",
  contactEmail: "Aziz@Example.uz",
  contactPhone: "+998 90 123 45 67",
};

describe("checkCompanyRow", () => {
  it("reads labels in Uzbek Cyrillic, Russian and Uzbek Latin into the codes a form would submit", () => {
    const result = checkCompanyRow(uzbekCyrillicRow);
    expect(result).toMatchObject({
      ok: true,
      company: {
        country: "UZ",
        taxId: "305123456",
        region: "UZ-FA",
        district: "UZ-FA-kokand-city",
        foundedYear: 2009,
        sizeBand: "medium",
        sectors: ["13", "46"],
        hsChapters: ["52", "63"],
        exportsTo: ["AZ", "RU"],
        languages: ["uz", "ru"],
        contactEmail: "aziz@example.uz",
      },
    });
  });

  it("reads an Azerbaijani row typed without its letters' marks", () => {
    const result = checkCompanyRow({
      ...uzbekCyrillicRow,
      legalName: "Bakı Logistika MMC",
      country: "Azerbaycan",
      taxId: "1401234561",
      region: "Baki iqtisadi rayonu",
      district: "Xetai",
      sizeBand: "Kicik (10–49 isci)",
      contactPhone: "+994 50 123 45 67",
    });
    expect(result).toMatchObject({ ok: true, company: { country: "AZ", region: "AZ-BAK", district: "AZ-BA-KHT", sizeBand: "small" } });
  });

  it("names each wrong cell with the schema's own message", () => {
    const result = checkCompanyRow({ ...uzbekCyrillicRow, taxId: "12", region: "Атлантида", sectors: "13; knitting robots", contactEmail: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { column: "taxId", message: "errors.taxId.uzFormat", value: "12" },
        { column: "region", message: "errors.region", value: "Атлантида" },
        { column: "sectors", message: "errors.sector", value: "knitting robots" },
        { column: "contactEmail", message: "errors.required" },
      ]),
    );
    // The district cannot be read without its region: only the region is reported.
    expect(result.problems.map((problem) => problem.column).sort()).toEqual(["contactEmail", "region", "sectors", "taxId"]);
  });

  it("refuses formulas and markup instead of storing them", () => {
    const result = checkCompanyRow({ ...uzbekCyrillicRow, legalName: '=HYPERLINK("http://x.example","Click")', "description.uz": "<script>alert(1)</script>" });
    expect(result).toEqual({
      ok: false,
      problems: [
        { column: "legalName", message: "errors.import.formula", value: '=HYPERLINK("http://x.example","Click")' },
        { column: "description.uz", message: "errors.import.html", value: "<script>alert(1)</script>" },
      ],
    });
  });

  it("tells a phone number from a formula", () => {
    expect(looksLikeFormula("+998 90 123 45 67")).toBe(false);
    expect(looksLikeFormula("+(994) 12 555 00 00")).toBe(false);
    expect(looksLikeFormula("+cmd|' /C calc'!A0")).toBe(true);
    expect(looksLikeFormula("@SUM(A1:A2)")).toBe(true);
  });
});

describe("checkCompanyFile", () => {
  const header = companyTemplateHeaders("ru");
  const rowOf = (cells: Record<string, string>) => ["legalName", "country", "taxId", "region", "district", "city", "economicZone", "foundedYear", "sizeBand", "sectors", "hsChapters", "exportsTo", "importsFrom", "languages", "website", "description.en", "description.ru", "description.uz", "description.az", "contactName", "contactPosition", "contactEmail", "contactPhone"].map((key) => cells[key] ?? "");

  it("reads the template of any language and refuses a tax ID given twice", () => {
    const checked = checkCompanyFile([header, rowOf(uzbekCyrillicRow), [], rowOf({ ...uzbekCyrillicRow, taxId: "305-123-456" })]);
    expect(checked.problems).toEqual([]);
    expect(checked.rows.map((row) => [row.line, row.result.ok])).toEqual([
      [2, true],
      [4, false],
    ]);
    expect(checked.rows[1]?.result).toEqual({ ok: false, problems: [{ column: "taxId", message: "errors.import.duplicateInFile", value: "2" }] });
  });

  it("stops at file problems: unknown or missing columns, no rows, too many rows", () => {
    expect(checkCompanyFile([["Название", "Страна"], ["x", "y"]]).problems).toEqual(
      expect.arrayContaining([{ message: "errors.import.unknownColumn", value: "Название" }, { message: "errors.import.missingColumn", value: "legalName" }]),
    );
    expect(checkCompanyFile([header]).problems).toEqual([{ message: "errors.import.empty" }]);
    expect(checkCompanyFile([]).problems).toContainEqual({ message: "errors.import.empty" });
    const tooMany = Array.from({ length: maxImportRows + 1 }, () => rowOf(uzbekCyrillicRow));
    expect(checkCompanyFile([header, ...tooMany]).problems).toEqual([{ message: "errors.import.tooManyRows", value: String(maxImportRows) }]);
  });

});
