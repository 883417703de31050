import { checkCompanyFile, type CheckedCompanyFile } from "./company-file";
import { decodeCompanyFile } from "./decode-file";
import { parseCsv } from "./parse-csv";

/**
 * Reads an uploaded CSV file of companies from its bytes: decodes it (UTF-8, UTF-16 or Windows-1251), splits it into
 * cells and checks every row. A file that cannot be read at all comes back as one file problem and no rows.
 */
export function readCompanyFile(bytes: Uint8Array): CheckedCompanyFile {
  const decoded = decodeCompanyFile(bytes);
  if (!decoded.ok) return { problems: [{ message: decoded.problem }], rows: [] };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return { problems: [{ message: parsed.problem, value: String(parsed.line) }], rows: [] };
  return checkCompanyFile(parsed.table);
}
