import { Unzip, UnzipInflate, zipSync } from "fflate";
import type { ErrorKey } from "../schemas/errors";

/**
 * The most a workbook's XML parts may unpack to. A list of 5,000 companies that fits in 2 MB of CSV unpacks to a
 * few megabytes of sheet XML; a ZIP that unpacks past this is a "zip bomb", not a list.
 */
export const maxWorkbookXmlBytes = 32 * 1024 * 1024;

/**
 * Compressed bytes handed to the decompressor at a time. DEFLATE expands at most about 1,000-fold, so one step
 * unpacks at most some 16 MB before the count below can stop it.
 */
const stepBytes = 16 * 1024;

export type UnpackedWorkbook = { ok: true; zip: Uint8Array } | { ok: false; problem: ErrorKey; value?: string };

/** The parts a workbook reader reads: the XML documents and their relationships (not images or printer settings). */
const isXmlPart = (name: string) => name.endsWith(".xml") || name.endsWith(".xml.rels");

/**
 * Unpacks the XML parts of a workbook while counting what they unpack to, and packs them again, uncompressed, for
 * the workbook reader. The reader alone would allocate whatever sizes the ZIP's directory declares and decompress
 * each entry in full even past them (entries may overlap or lie about their size), so it only ever sees this
 * rebuilt archive: what it reads is exactly what was counted here.
 */
export function unpackWorkbook(bytes: Uint8Array): UnpackedWorkbook {
  const parts: Record<string, Uint8Array> = {};
  // One object, not two variables: the callbacks below change it while the loop that pushes the bytes reads it.
  const state: { total: number; failure: UnpackedWorkbook | null } = { total: 0, failure: null };
  const unzip = new Unzip((file) => {
    if (!isXmlPart(file.name)) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (state.failure !== null) return;
      if (error !== null) {
        state.failure = { ok: false, problem: "errors.import.workbookCorrupt" };
        return;
      }
      state.total += chunk.length;
      if (state.total > maxWorkbookXmlBytes) {
        state.failure = { ok: false, problem: "errors.import.workbookTooLarge", value: String(maxWorkbookXmlBytes / 1024 / 1024) };
        return;
      }
      chunks.push(chunk);
      if (final) parts[file.name] = joined(chunks);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let start = 0; start < bytes.length && state.failure === null; start += stepBytes) {
      unzip.push(bytes.subarray(start, start + stepBytes), start + stepBytes >= bytes.length);
    }
  } catch {
    return { ok: false, problem: "errors.import.workbookCorrupt" };
  }
  if (state.failure !== null) return state.failure;
  return { ok: true, zip: zipSync(parts, { level: 0 }) };
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}
