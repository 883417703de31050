import type { ErrorKey } from "../schemas/errors";

/** The largest file the portal reads: 5,000 rows with short descriptions fit; the request body stays under 3 MB. */
export const maxImportFileBytes = 2 * 1024 * 1024;

export type DecodedFile = { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" } | { ok: false; problem: ErrorKey };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/**
 * The text of an uploaded file. Chambers save their lists from Excel: as UTF-8 (with or without a byte-order mark),
 * as "Unicode text" (UTF-16 with its mark) or, on a Russian-language Windows, as Windows-1251. A file that is valid
 * UTF-8 is read as UTF-8 (Windows-1251 Cyrillic almost never is); anything else as Windows-1251, which maps every
 * byte. A workbook (.xlsx, .xls) or any other binary file is refused with a message that says to save it as CSV.
 */
export function decodeCompanyFile(bytes: Uint8Array): DecodedFile {
  if (bytes.byteLength > maxImportFileBytes) return { ok: false, problem: "errors.import.tooLarge" };
  // ZIP (.xlsx, .ods) and OLE2 (.xls) containers.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, problem: "errors.import.spreadsheet" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  // Text never holds a NUL byte; UTF-16 without its mark is not worth guessing.
  if (bytes.includes(0)) return { ok: false, problem: "errors.import.binary" };
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { ok: true, text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}
