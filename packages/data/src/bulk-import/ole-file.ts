import type { ErrorKey } from "../schemas/errors";

/** "EncryptedPackage" as a directory entry of an OLE2 file names it: UTF-16LE. */
const encryptedPackageName = new Uint8Array([..."EncryptedPackage"].flatMap((char) => [char.charCodeAt(0), 0]));

function contains(bytes: Uint8Array, part: Uint8Array): boolean {
  const first = part[0];
  for (let index = bytes.indexOf(first as number); index !== -1 && index + part.length <= bytes.length; index = bytes.indexOf(first as number, index + 1)) {
    if (part.every((byte, offset) => bytes[index + offset] === byte)) return true;
  }
  return false;
}

/**
 * Why an OLE2 compound file cannot be read. Excel saves two kinds: a workbook protected with a password (an .xlsx
 * encrypted into an OLE2 file whose stream is named "EncryptedPackage") and the old .xls format. Neither is read:
 * the first needs its password removed, the second saving again as .xlsx or CSV.
 */
export function oleFileProblem(bytes: Uint8Array): ErrorKey {
  return contains(bytes, encryptedPackageName) ? "errors.import.workbookEncrypted" : "errors.import.xls";
}
