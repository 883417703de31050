import { readSheet } from "read-excel-file/universal";
import type { ErrorKey } from "../schemas/errors";
import { unpackWorkbook } from "./unpack-workbook";

export type ReadWorkbook = { ok: true; table: string[][] } | { ok: false; problem: ErrorKey; value?: string };

/**
 * A number as a person reads it in the cell, without the artefacts of its binary form: no exponent ("3.01234567E8",
 * "1.5e+21"), no ".0", and the 15 significant digits Excel shows ("0.30000000000000004" is "0.3"). Cells come as
 * the text the file stores, so a tax ID of digits is those digits.
 */
export function numberText(stored: string): string {
  if (/^-?\d+$/.test(stored)) return stored;
  const number = Number(stored);
  if (!Number.isFinite(number)) return stored;
  return Number(number.toPrecision(15)).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

/** A date cell as an ISO date, with the time of day only when it has one. */
export function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return dateText(cell);
  return String(cell);
}

/**
 * The first sheet of an Excel workbook (.xlsx) as the rows of cells a CSV file of the same list gives: text as
 * typed, numbers as `numberText`, dates as ISO dates. A formula reads as the value Excel saved with it. A file that
 * is no workbook, a damaged one, one that unpacks too large, and an empty first sheet come back as a problem.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadWorkbook> {
  const unpacked = unpackWorkbook(bytes);
  if (!unpacked.ok) return unpacked;
  let rows: unknown[][];
  try {
    rows = await readSheet(new Uint8Array(unpacked.zip).buffer, { parseNumber: (stored: string) => numberText(stored) });
  } catch {
    // The reader throws for a ZIP that is not a workbook (no workbook part, no sheet) and for broken sheet XML.
    return { ok: false, problem: "errors.import.workbookCorrupt" };
  }
  const table = rows.map((row) => row.map(cellText));
  if (!table.some((row) => row.some((cell) => cell.trim() !== ""))) return { ok: false, problem: "errors.import.emptySheet" };
  return { ok: true, table };
}
