import type { ErrorKey } from "../schemas/errors";
import { startsWith } from "./starts-with";

/** The largest file the portal reads, CSV or workbook: 5,000 rows with short descriptions fit; the request body stays under 3 MB. */
export const maxImportFileBytes = 2 * 1024 * 1024;

export type DecodedFile = { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" } | { ok: false; problem: ErrorKey };

/**
 * The text of an uploaded file. Chambers save their lists from Excel: as UTF-8 (with or without a byte-order mark),
 * as "Unicode text" (UTF-16 with its mark) or, on a Russian-language Windows, as Windows-1251. A file that is valid
 * UTF-8 is read as UTF-8 (Windows-1251 Cyrillic almost never is); anything else as Windows-1251, which maps every
 * byte. A binary file is refused. (Workbooks and the size limit are dealt with before, in `readCompanyFile`.)
 */
export function decodeCompanyFile(bytes: Uint8Array): DecodedFile {
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
