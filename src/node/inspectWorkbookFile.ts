// What a file handed to the tool as a workbook really is, from its bytes, before exceljs sees it:
// an .xlsx (sized up against the limits), or one of the things staff mistake for one — a
// password-protected workbook, an old .xls, a LibreOffice .ods, a CSV, a Word file, a download cut
// short — each named so the message can say what to do. Its sheets come back sized up, for the
// limits (workbookLimits.ts) to be checked on what the command will read.
import { WorkbookReadError, type ReadFailure } from "../xlsx/errors";
import { looksLikeText } from "../xlsx/textBytes";
import { measureSheets, WORKBOOK_LIMITS, type SheetSize, type WorkbookLimits } from "./workbookLimits";
import { isZip, readZipEntries, readZipEntry, ZipFormatError, type ZipEntry } from "./zipEntries";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SMALL_PART = 4 * 1024 * 1024;

export interface InspectedWorkbook {
  entries: ZipEntry[];
  /** Every worksheet part, sized up, in the zip's order. */
  sheets: SheetSize[];
}

/**
 * Throws WorkbookReadError unless the bytes are an .xlsx the tool can read (WorkbookTooLargeError
 * for a part that inflates past the ceiling); the sizes are checked by the caller.
 */
export function inspectWorkbookFile(file: string, bytes: Buffer, limits: WorkbookLimits = WORKBOOK_LIMITS): InspectedWorkbook {
  const fail = (reason: ReadFailure, detail = ""): never => {
    throw new WorkbookReadError(file, reason, detail);
  };
  if (bytes.length === 0) fail("empty");
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) fail(oleKind(bytes));
  if (!isZip(bytes)) fail(looksLikeText(bytes) ? "text" : "not_xlsx");

  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes);
  } catch (error) {
    return fail("damaged", (error as Error).message);
  }
  const names = new Set(entries.map((e) => e.name));
  const entry = (name: string) => entries.find((e) => e.name === name);
  const mimetype = entry("mimetype");
  if (mimetype) {
    const text = safeText(bytes, mimetype);
    if (text.includes("opendocument")) fail(text.includes("spreadsheet") ? "ods" : "other_office", text);
  }
  if (names.has("word/document.xml") || names.has("ppt/presentation.xml")) fail("other_office");
  if (names.has("xl/workbook.bin")) fail("legacy_xls", "xlsb");
  const workbookXml = entry("xl/workbook.xml");
  if (!workbookXml) fail("not_xlsx", "no xl/workbook.xml");

  let sheets: Map<string, string>;
  try {
    sheets = sheetParts(bytes, workbookXml!, entry("xl/_rels/workbook.xml.rels"));
  } catch (error) {
    if (error instanceof ZipFormatError) return fail("damaged", error.message);
    throw error;
  }
  if (sheets.size === 0) fail("no_sheets");
  try {
    return { entries, sheets: measureSheets(file, bytes, entries, (part) => sheets.get(part) ?? part.replace(/^xl\/worksheets\//, ""), limits) };
  } catch (error) {
    if (error instanceof ZipFormatError) return fail("damaged", error.message);
    throw error;
  }
}

/** Zip part of each sheet → the sheet's name, from workbook.xml and its relationships. */
function sheetParts(bytes: Buffer, workbookXml: ZipEntry, rels: ZipEntry | undefined): Map<string, string> {
  const workbook = readZipEntry(bytes, workbookXml, SMALL_PART).toString("utf8");
  const targets = new Map<string, string>();
  if (rels) {
    const text = readZipEntry(bytes, rels, SMALL_PART).toString("utf8");
    for (const match of text.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]*)"/.exec(match[0])?.[1];
      const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1];
      if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    }
  }
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = decodeXml(/\bname="([^"]*)"/.exec(match[0])?.[1] ?? "");
    const id = /\br:id="([^"]*)"/.exec(match[0])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(match[0])?.[1];
    parts.set((id && targets.get(id)) || `sheet:${parts.size}`, name);
  }
  return parts;
}

/** An OLE compound file: Office's container for encrypted workbooks and for .xls/.doc. */
function oleKind(bytes: Buffer): ReadFailure {
  // Directory entry names are UTF-16LE; looking for them in the raw bytes is enough to tell.
  const has = (name: string) => bytes.includes(Buffer.from(name, "utf16le"));
  if (has("EncryptedPackage") || has("EncryptionInfo")) return "encrypted";
  if (has("Workbook") || has("Book")) return "legacy_xls";
  if (has("WordDocument") || has("PowerPoint Document")) return "other_office";
  return "not_xlsx";
}

function safeText(bytes: Buffer, entry: ZipEntry): string {
  try {
    return readZipEntry(bytes, entry, 1024).toString("utf8");
  } catch {
    return "";
  }
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}
