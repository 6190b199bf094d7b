// A scratch sheet a command does not need is left out rather than the whole workbook refused: a
// command that only reads (check, document, split, status, merge's returns, rank's unit files)
// sizes up every sheet, and when the workbook is past the limits it leaves out the largest sheets
// the par-index metadata does not name until the rest fits. Each left-out sheet keeps its first rows
// for exceljs, so a scoring sheet copied by staff is still seen for what it is (and then the workbook
// is kept on another try, or the workbook refused as before); otherwise the sheet is taken out of the
// loaded workbook and named to the user. Commands that write the workbook back never leave anything out.
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { METADATA_SHEET_NAME, recognizeScoreSheet, SCORE_HEADER_SEARCH_ROWS } from "../domain";
import { WorkbookTooLargeError } from "../xlsx/errors";
import { readWorkbookMetadata } from "../xlsx/metadataSheet";
import { readSheetGrid } from "../xlsx/readSheetGrid";
import { checkWorkbookSize, WORKBOOK_LIMITS, type SheetSize, type WorkbookLimits } from "./workbookLimits";
import { readZipEntry, type ZipEntry } from "./zipEntries";

/** A sheet a read-only command left out, as the user is told of it. */
export interface SkippedSheet {
  sheet: string;
  cells: number;
  rows: number;
}

export interface SheetSkips {
  /** The sheets left out, largest first. */
  sheets: SheetSize[];
  /** What reading them all would have been refused with. */
  refusal: WorkbookTooLargeError;
}

/** The most a kept head may hold, whatever its rows claim (a row may have 16 384 cells). */
const HEAD_BYTES = 512 * 1024;

const LIMIT_FIELD = { cells: "cells", rows: "rows", merged_cells: "mergedCells" } as const;

/**
 * The sheets to leave out so that the rest fits, or null when everything fits. Never the metadata
 * sheet, never one in `kept` (found needed on an earlier try), never every sheet (a workbook whose
 * only sheet is too large is refused: that sheet is what was asked for); throws the refusal when
 * leaving sheets out cannot make it fit.
 */
export function chooseSkippedSheets(
  file: string,
  fileBytes: number,
  sheets: readonly SheetSize[],
  limits: WorkbookLimits = WORKBOOK_LIMITS,
  kept: ReadonlySet<string> = new Set(),
): SheetSkips | null {
  let refusal: WorkbookTooLargeError;
  try {
    checkWorkbookSize(file, fileBytes, sheets, new Set(), limits);
    return null;
  } catch (error) {
    if (!(error instanceof WorkbookTooLargeError)) throw error;
    refusal = error;
  }
  const metadata = METADATA_SHEET_NAME.toLowerCase();
  const others = sheets.filter((sheet) => sheet.sheet.toLowerCase() !== metadata);
  const candidates = others.filter((sheet) => !kept.has(sheet.sheet));
  const leftOut = new Set<string>();
  const skipped: SheetSize[] = [];
  for (let error: WorkbookTooLargeError | null = refusal; error !== null; ) {
    if (error.limit === "file_bytes" || error.limit === "part_bytes") throw refusal;
    const field = LIMIT_FIELD[error.limit];
    const largest = candidates.filter((sheet) => !leftOut.has(sheet.part)).sort((a, b) => b[field] - a[field])[0];
    if (!largest || largest[field] === 0 || skipped.length + 1 >= others.length) throw refusal;
    leftOut.add(largest.part);
    skipped.push(largest);
    try {
      checkWorkbookSize(file, fileBytes, sheets, leftOut, limits);
      error = null;
    } catch (next) {
      if (!(next instanceof WorkbookTooLargeError)) throw next;
      error = next;
    }
  }
  return { sheets: skipped, refusal };
}

/** The workbook's bytes with each left-out sheet cut to its first rows and its own parts unlinked. */
export async function withSheetsCut(bytes: Buffer, entries: readonly ZipEntry[], skipped: readonly SheetSize[], limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const sheet of skipped) {
    const entry = entries.find((e) => e.name === sheet.part)!;
    // Inflated again rather than kept from measureSheets: keeping every sheet's head would cost
    // memory on every read, for the rare workbook that leaves one out (this costs ~0,1 s a million cells).
    // latin1 both ways: the bytes are kept as they are, whatever their encoding.
    const xml = readZipEntry(bytes, entry, limits.partBytes).toString("latin1");
    zip.file(sheet.part, Buffer.from(sheetHead(xml, SCORE_HEADER_SEARCH_ROWS, HEAD_BYTES), "latin1"));
    // Its comments, drawings and tables point at cells that are no longer there.
    zip.remove(sheet.part.replace(/([^/]+)$/, "_rels/$1.rels"));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The left-out sheets a command may need, seen once the workbook is loaded: named in the metadata,
 * or with a scoring sheet's header in their first rows (a copy staff made).
 */
export function neededSheets(workbook: ExcelJS.Workbook, skips: SheetSkips): string[] {
  const metadata = readWorkbookMetadata(workbook);
  const named = new Set((metadata?.sheets ?? []).flatMap((record) => [record.sheetName, ...(record.scoreSheet ? [record.scoreSheet] : [])]));
  return skips.sheets
    .map((size) => size.sheet)
    .filter((sheet) => {
      const worksheet = workbook.getWorksheet(sheet);
      return named.has(sheet) || (worksheet !== undefined && recognizeScoreSheet(readSheetGrid(worksheet).values) !== null);
    });
}

/** Takes the left-out sheets out of the loaded workbook, so no reader sees half a sheet. */
export function dropSkippedSheets(workbook: ExcelJS.Workbook, skips: SheetSkips): SkippedSheet[] {
  for (const { sheet } of skips.sheets) {
    const worksheet = workbook.getWorksheet(sheet);
    if (worksheet) workbook.removeWorksheet(worksheet.id);
  }
  return skips.sheets.map(({ sheet, cells, rows }) => ({ sheet, cells, rows }));
}

/** The sheet's XML up to its data, then its rows numbered up to `rows`, at most `maxBytes` of them. */
export function sheetHead(xml: string, rows: number, maxBytes: number): string {
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
  const before = xml.slice(0, open.index);
  if (open[1] === "/") return `${before}<sheetData/></worksheet>`;
  const start = open.index + open[0].length;
  const rowPattern = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
  rowPattern.lastIndex = start;
  let end = start;
  let number = 0;
  for (let match = rowPattern.exec(xml); match !== null; match = rowPattern.exec(xml)) {
    // Rows only follow one another inside sheetData; anything else means its end.
    if (xml.slice(end, match.index).trim() !== "") break;
    number = Number(/^<row\b[^>]*?\br="(\d+)"/.exec(match[0])?.[1] ?? number + 1);
    if (number > rows || match.index + match[0].length - start > maxBytes) break;
    end = match.index + match[0].length;
  }
  return `${before}<sheetData>${xml.slice(start, end)}</sheetData></worksheet>`;
}
