// What a picked file really is, from its first bytes, before exceljs is asked to open it: an .xlsx
// (a zip), or one of the files staff mistake for one — a password-protected workbook or an old .xls
// (both OLE containers), a LibreOffice .ods, a CSV or other text — so the pane can say what to do.
// The same signs the command line looks for (src/node/inspectWorkbookFile.ts), without Node's Buffer.
import { looksLikeText } from "../../xlsx/textBytes";

export type WorkbookBytesProblem = "empty" | "encrypted" | "legacy_xls" | "ods" | "text" | "not_xlsx";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** null when the bytes may be an .xlsx (a zip that is not an OpenDocument file). */
export function identifyWorkbookBytes(bytes: Uint8Array): WorkbookBytesProblem | null {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE_MAGIC)) {
    // Office keeps an encrypted workbook in an OLE file whose streams are named in UTF-16.
    return includesUtf16(bytes, "EncryptedPackage") || includesUtf16(bytes, "EncryptionInfo") ? "encrypted" : "legacy_xls";
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    // An OpenDocument file stores its "mimetype" entry first and uncompressed.
    return latin1(bytes.subarray(0, 256)).includes("application/vnd.oasis.opendocument") ? "ods" : null;
  }
  return looksLikeText(bytes) ? "text" : "not_xlsx";
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function includesUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i += 1) {
    for (let j = 0; j < pattern.length; j += 1) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
