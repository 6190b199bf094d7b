// The size of workbook the Node host reads, stated once (the README quotes these) and checked on
// the zip before exceljs inflates and parses it: exceljs holds about 0,7 KB per cell and per row
// record, so these bounds keep a read under ~1 GB whatever the file claims.
import { WorkbookTooLargeError } from "../xlsx/errors";
import { readZipEntries, readZipEntry, ZipEntryTooLargeError, type ZipEntry } from "./zipEntries";


export const WORKBOOK_LIMITS = {
  /** The file on disk. */
  fileBytes: 50 * 1024 * 1024,
  /** One part of the zip (a sheet's XML, the shared strings) once inflated. */
  partBytes: 150 * 1024 * 1024,
  /** Cells that hold something, over all sheets (a 10 000-item scoring sheet has ~160 000). */
  cells: 600_000,
  /** Row records over all sheets, empty formatted rows included. */
  rows: 300_000,
  /** Cells covered by merged ranges (exceljs makes an object for each). */
  mergedCells: 200_000,
} as const;

export interface WorkbookSize {
  cells: number;
  rows: number;
  mergedCells: number;
}

/** Counts cells, rows and merged cells sheet by sheet; throws WorkbookTooLargeError past a limit. */
export function checkWorkbookSize(
  file: string,
  bytes: Buffer,
  entries: readonly ZipEntry[] = readZipEntries(bytes),
  sheetNameOf: (part: string) => string = (part) => part,
): WorkbookSize {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) throw new WorkbookTooLargeError(file, "file_bytes", bytes.length, WORKBOOK_LIMITS.fileBytes);
  const size: WorkbookSize = { cells: 0, rows: 0, mergedCells: 0 };
  for (const entry of entries) {
    if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(entry.name)) continue;
    let xml: string;
    try {
      xml = readZipEntry(bytes, entry, WORKBOOK_LIMITS.partBytes).toString("latin1");
    } catch (error) {
      if (error instanceof ZipEntryTooLargeError) {
        throw new WorkbookTooLargeError(file, "part_bytes", entry.size, WORKBOOK_LIMITS.partBytes, entry.name);
      }
      throw error;
    }
    if (!/^xl\/worksheets\//i.test(entry.name)) continue;
    const sheet = sheetNameOf(entry.name);
    size.cells += count(xml, /<c[\s>/]/g);
    if (size.cells > WORKBOOK_LIMITS.cells) throw new WorkbookTooLargeError(file, "cells", size.cells, WORKBOOK_LIMITS.cells, sheet);
    size.rows += count(xml, /<row[\s>/]/g);
    if (size.rows > WORKBOOK_LIMITS.rows) throw new WorkbookTooLargeError(file, "rows", size.rows, WORKBOOK_LIMITS.rows, sheet);
    for (const match of xml.matchAll(/<mergeCell\s[^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/gi)) {
      const [, c1, r1, c2, r2] = match as unknown as [string, string, string, string, string];
      const cells = (Math.abs(Number(r2) - Number(r1)) + 1) * (Math.abs(columnNumber(c2) - columnNumber(c1)) + 1);
      size.mergedCells += cells;
      if (size.mergedCells > WORKBOOK_LIMITS.mergedCells) {
        throw new WorkbookTooLargeError(file, "merged_cells", cells, WORKBOOK_LIMITS.mergedCells, `${sheet} ${c1}${r1}:${c2}${r2}`);
      }
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
