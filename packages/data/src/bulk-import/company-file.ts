import type { ErrorKey } from "../schemas/errors";
import { companyColumnOf, companyColumns, type CompanyColumnKey } from "./company-columns";
import { checkCompanyRow, taxIdOfRow, type CompanyRowCells, type CompanyRowResult } from "./company-rows";

/** The most rows one file may hold: a chamber's list, not a registry dump (the preview shows every row). */
export const maxImportRows = 5000;

export type FileProblem = { message: ErrorKey; value?: string };

/** One data row: its line in the file (1 is the header), its cells by column, and what the check found. */
export type CheckedRow = { line: number; cells: CompanyRowCells; result: CompanyRowResult };

export type CheckedCompanyFile = { problems: FileProblem[]; rows: CheckedRow[] };

/**
 * Checks a whole file of companies given as its cells (the first row the header). File problems — no rows, too many
 * rows, a missing required column, a column the portal does not know — stop the import; row problems only keep
 * that row out. A tax ID given twice in one file is refused from its second row on, so a file never asks for the
 * same company twice.
 */
export function checkCompanyFile(table: readonly (readonly string[])[]): CheckedCompanyFile {
  const [header = [], ...body] = table;
  const dataRows = body
    .map((cells, index) => ({ cells, line: index + 2 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ""));
  const problems: FileProblem[] = [];
  const columns = header.map((cell) => (cell.trim() === "" ? null : (companyColumnOf(cell) ?? cell.trim())));
  for (const column of columns) {
    if (column !== null && companyColumnOf(column) === undefined) problems.push({ message: "errors.import.unknownColumn", value: column });
  }
  for (const column of companyColumns) {
    if (column.required && !columns.includes(column.key)) problems.push({ message: "errors.import.missingColumn", value: column.key });
  }
  if (dataRows.length === 0) problems.push({ message: "errors.import.empty" });
  if (dataRows.length > maxImportRows) problems.push({ message: "errors.import.tooManyRows", value: String(maxImportRows) });
  if (problems.length > 0) return { problems, rows: [] };

  const seenTaxIds = new Map<string, number>();
  const rows = dataRows.map(({ cells, line }): CheckedRow => {
    const byColumn: CompanyRowCells = {};
    columns.forEach((column, index) => {
      if (column !== null) byColumn[column as CompanyColumnKey] = cells[index] ?? "";
    });
    const taxId = taxIdOfRow(byColumn);
    const firstLine = taxId === undefined ? undefined : seenTaxIds.get(taxId);
    if (taxId !== undefined && firstLine === undefined) seenTaxIds.set(taxId, line);
    if (firstLine !== undefined) {
      return { line, cells: byColumn, result: { ok: false, problems: [{ column: "taxId", message: "errors.import.duplicateInFile", value: String(firstLine) }] } };
    }
    return { line, cells: byColumn, result: checkCompanyRow(byColumn) };
  });
  return { problems, rows };
}
