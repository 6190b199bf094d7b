// A workbook exceljs loaded, as the core reads it: each worksheet as a SheetSource for
// readUnitWorkbook (its grids read on demand by readSheetGrid), and the visible sheets' values for
// last year's ranking. No Node API here, so the task pane's reader (exceljs in the browser, see
// src/taskpane/files) reads a unit's workbook exactly as `par-index rank` does.
import type { Workbook } from "exceljs";
import type { Grid } from "../domain/cells";
import type { SheetSource } from "../domain/ranking/readUnitWorkbook";
import { readSheetGrid } from "./readSheetGrid";

export function sheetSources(workbook: Workbook): SheetSource[] {
  return workbook.worksheets.map((worksheet) => ({
    name: worksheet.name,
    visible: worksheet.state === "visible",
    read: () => readSheetGrid(worksheet),
  }));
}

/** The visible sheets' values, where last year's ranking table is looked for. */
export function visibleSheetValues(workbook: Workbook): { name: string; values: Grid }[] {
  return workbook.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => ({ name: sheet.name, values: readSheetGrid(sheet).values }));
}
