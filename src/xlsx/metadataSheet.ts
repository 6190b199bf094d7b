// The very hidden metadata sheet in an .xlsx file: written from the core's layoutMetadata (each
// sheet reference with the cached value Excel would show) and read back with readMetadata.
import type { Workbook, Worksheet } from "exceljs";
import {
  layoutMetadata,
  METADATA_SHEET_NAME,
  readMetadata,
  type ManagedSheet,
  type Template,
  type WorkbookMetadata,
} from "../domain";
import { readSheetGrid, valueOf } from "./readSheetGrid";
import { writeCells } from "./writeLayout";

export function findMetadataSheet(workbook: Workbook): Worksheet | undefined {
  const wanted = METADATA_SHEET_NAME.toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

export function readWorkbookMetadata(workbook: Workbook): WorkbookMetadata | null {
  const sheet = findMetadataSheet(workbook);
  if (!sheet) return null;
  const grid = readSheetGrid(sheet);
  return readMetadata(grid.values, grid.formulas);
}

/** Replaces the metadata sheet (always the last tab, very hidden) with these records. */
export function writeWorkbookMetadata(workbook: Workbook, sheets: readonly ManagedSheet[], templates: readonly Template[]): Worksheet {
  const old = findMetadataSheet(workbook);
  if (old) workbook.removeWorksheet(old.id);
  const worksheet = workbook.addWorksheet(METADATA_SHEET_NAME, { state: "veryHidden" });
  // Each reference cell (the sheet itself, a plan's scoring sheet) shows the referenced sheet's A1,
  // as Excel would compute it.
  writeCells(worksheet, layoutMetadata(sheets, templates), (row, column) => {
    const record = sheets[row - 1];
    const name = column === 3 ? record?.sheetName : column === 8 ? record?.scoreSheet : undefined;
    const target = name ? workbook.getWorksheet(name) : undefined;
    return target ? valueOf(target.getCell(1, 1)) : undefined;
  });
  return worksheet;
}
