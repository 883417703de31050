import { describe, expect, it } from "vitest";
import { decodeCompanyFile, maxImportFileBytes } from "./decode-file";
import { parseCsv } from "./parse-csv";
import { readCompanyFile } from "./read-company-file";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** "Привет" in Windows-1251: one byte per letter, not valid UTF-8. */
const privetCp1251 = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);

describe("decodeCompanyFile", () => {
  it("reads UTF-8 with or without its mark, UTF-16 with its mark, and Windows-1251", () => {
    expect(decodeCompanyFile(utf8("\uFEFFQoʻqon"))).toEqual({ ok: true, text: "Qoʻqon", encoding: "utf-8" });
    expect(decodeCompanyFile(utf8("Bakı"))).toEqual({ ok: true, text: "Bakı", encoding: "utf-8" });
    expect(decodeCompanyFile(new Uint8Array([0xff, 0xfe, 0x1f, 0x04, 0x40, 0x04]))).toEqual({ ok: true, text: "Пр", encoding: "utf-16le" });
    expect(decodeCompanyFile(privetCp1251)).toEqual({ ok: true, text: "Привет", encoding: "windows-1251" });
  });

  it("refuses binary files", () => {
    expect(decodeCompanyFile(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, problem: "errors.import.binary" });
  });
});

describe("parseCsv", () => {
  it("finds the separator and reads quoted fields with separators, quotes and line breaks", () => {
    expect(parseCsv('a;b;c\r\n"x; y";"say ""hi""";"two\nlines"\r\n')).toEqual({
      ok: true,
      table: [["a", "b", "c"], ["x; y", 'say "hi"', "two\nlines"]],
    });
    expect(parseCsv("a,b\n1,2")).toEqual({ ok: true, table: [["a", "b"], ["1", "2"]] });
    expect(parseCsv("a\tb\n1\t2\n")).toEqual({ ok: true, table: [["a", "b"], ["1", "2"]] });
  });

  it("reports a quote left open with the line it opened on", () => {
    expect(parseCsv('a,b\n1,2\n"open,3\n4,5\n')).toEqual({ ok: false, problem: "errors.import.unclosedQuote", line: 3 });
  });
});

describe("readCompanyFile", () => {
  it("turns an unreadable file into one file problem", async () => {
    expect(await readCompanyFile(new Uint8Array(0))).toEqual({ problems: expect.arrayContaining([{ message: "errors.import.empty" }]), rows: [] });
    expect(await readCompanyFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toEqual({ problems: [{ message: "errors.import.workbookCorrupt" }], rows: [] });
    expect(await readCompanyFile(utf8('Legal name\n"x'))).toEqual({ problems: [{ message: "errors.import.unclosedQuote", value: "2" }], rows: [] });
    expect(await readCompanyFile(new Uint8Array(maxImportFileBytes + 1).fill(0x41))).toEqual({ problems: [{ message: "errors.import.tooLarge" }], rows: [] });
  });
});
