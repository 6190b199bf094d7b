// The size of workbook the Node host reads, stated once (the README quotes these) and checked on
// the zip before exceljs inflates and parses it: exceljs holds about 0,7 KB per cell and per row
// record, so these bounds keep a read under ~1 GB whatever the file claims. Sheets are measured one
// by one, so a command that only reads can leave out a scratch sheet it does not need
// (skippedSheets.ts) instead of refusing the whole file.
import { WorkbookTooLargeError } from "../xlsx/errors";
import { readZipEntry, ZipEntryTooLargeError, type ZipEntry } from "./zipEntries";

export const WORKBOOK_LIMITS = {
  /** The file on disk. */
  fileBytes: 50 * 1024 * 1024,
  /** One part of the zip (a sheet's XML, the shared strings) once inflated. */
  partBytes: 150 * 1024 * 1024,
  /** Cells that hold something, over all sheets read (a 10 000-item scoring sheet has ~160 000). */
  cells: 600_000,
  /** Row records over all sheets read, empty formatted rows included. */
  rows: 300_000,
  /** Cells covered by merged ranges (exceljs makes an object for each). */
  mergedCells: 200_000,
} as const;

export type WorkbookLimits = { readonly [K in keyof typeof WORKBOOK_LIMITS]: number };

export interface WorkbookSize {
  cells: number;
  rows: number;
  mergedCells: number;
}

/** One worksheet part of the zip, sized up. */
export interface SheetSize extends WorkbookSize {
  /** The zip part, e.g. xl/worksheets/sheet2.xml. */
  part: string;
  /** The sheet's name as the tabs show it. */
  sheet: string;
  /** Each merged range with the cells it covers, in the order of the sheet's XML. */
  merges: { ref: string; cells: number }[];
}

/**
 * Sizes up every worksheet part, inflating each with the part ceiling (and the shared strings, which
 * are only checked against it); throws WorkbookTooLargeError for a part past that ceiling.
 */
export function measureSheets(
  file: string,
  bytes: Buffer,
  entries: readonly ZipEntry[],
  sheetNameOf: (part: string) => string = (part) => part,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): SheetSize[] {
  const sheets: SheetSize[] = [];
  for (const entry of entries) {
    if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(entry.name)) continue;
    let xml: string;
    try {
      xml = readZipEntry(bytes, entry, limits.partBytes).toString("latin1");
    } catch (error) {
      if (error instanceof ZipEntryTooLargeError) throw new WorkbookTooLargeError(file, "part_bytes", entry.size, limits.partBytes, entry.name);
      throw error;
    }
    if (!/^xl\/worksheets\//i.test(entry.name)) continue;
    const merges: SheetSize["merges"] = [];
    for (const match of xml.matchAll(/<mergeCell\s[^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/gi)) {
      const [, c1, r1, c2, r2] = match as unknown as [string, string, string, string, string];
      const cells = (Math.abs(Number(r2) - Number(r1)) + 1) * (Math.abs(columnNumber(c2) - columnNumber(c1)) + 1);
      merges.push({ ref: `${c1}${r1}:${c2}${r2}`, cells });
    }
    sheets.push({
      part: entry.name,
      sheet: sheetNameOf(entry.name),
      cells: count(xml, /<c[\s>/]/g),
      rows: count(xml, /<row[\s>/]/g),
      mergedCells: merges.reduce((sum, merge) => sum + merge.cells, 0),
      merges,
    });
  }
  return sheets;
}

/**
 * The totals over the sheets read (all but `leftOut`); throws WorkbookTooLargeError past a limit,
 * naming the sheet that holds the most of it (and the range, for a merge, where the total passed).
 */
export function checkWorkbookSize(
  file: string,
  fileBytes: number,
  sheets: readonly SheetSize[],
  leftOut: ReadonlySet<string> = new Set(),
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): WorkbookSize {
  if (fileBytes > limits.fileBytes) throw new WorkbookTooLargeError(file, "file_bytes", fileBytes, limits.fileBytes);
  const read = sheets.filter((sheet) => !leftOut.has(sheet.part));
  const size: WorkbookSize = { cells: 0, rows: 0, mergedCells: 0 };
  for (const sheet of read) {
    size.cells += sheet.cells;
    size.rows += sheet.rows;
  }
  const largest = (field: "cells" | "rows") => read.reduce((most, sheet) => (sheet[field] > most[field] ? sheet : most)).sheet;
  if (size.cells > limits.cells) throw new WorkbookTooLargeError(file, "cells", size.cells, limits.cells, largest("cells"));
  if (size.rows > limits.rows) throw new WorkbookTooLargeError(file, "rows", size.rows, limits.rows, largest("rows"));
  for (const sheet of read) {
    for (const merge of sheet.merges) {
      size.mergedCells += merge.cells;
      if (size.mergedCells > limits.mergedCells) throw new WorkbookTooLargeError(file, "merged_cells", merge.cells, limits.mergedCells, `${sheet.sheet} ${merge.ref}`);
    }
  }
  return size;
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n += 1;
  return n;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
