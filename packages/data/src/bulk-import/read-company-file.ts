import { checkCompanyFile, type CheckedCompanyFile } from "./company-file";
import { decodeCompanyFile, maxImportFileBytes } from "./decode-file";
import { parseCsv } from "./parse-csv";
import { readWorkbook } from "./read-workbook";
import { oleFileProblem } from "./ole-file";
import { startsWith } from "./starts-with";

/** A ZIP archive (.xlsx) and an OLE2 compound file (.xls, or a workbook encrypted with a password). */
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads an uploaded file of companies from its bytes: an Excel workbook (.xlsx) by its first sheet, anything else
 * as CSV text (UTF-8, UTF-16 or Windows-1251). The kind is told by the content, not by the file's name, so a
 * workbook renamed to .csv is still read as a workbook. Every cell is then checked the same way. A file that cannot
 * be read at all comes back as one file problem and no rows.
 */
export async function readCompanyFile(bytes: Uint8Array): Promise<CheckedCompanyFile> {
  if (bytes.byteLength > maxImportFileBytes) return { problems: [{ message: "errors.import.tooLarge" }], rows: [] };
  if (startsWith(bytes, oleMagic)) return { problems: [{ message: oleFileProblem(bytes) }], rows: [] };
  if (startsWith(bytes, zipMagic)) {
    const workbook = await readWorkbook(bytes);
    if (!workbook.ok) return { problems: [{ message: workbook.problem, ...(workbook.value === undefined ? {} : { value: workbook.value }) }], rows: [] };
    return checkCompanyFile(workbook.table);
  }
  const decoded = decodeCompanyFile(bytes);
  if (!decoded.ok) return { problems: [{ message: decoded.problem }], rows: [] };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return { problems: [{ message: parsed.problem, value: String(parsed.line) }], rows: [] };
  return checkCompanyFile(parsed.table);
}
