// "Gộp điểm từ các đơn vị" with .xlsx files: the units' files read back and identified, and the
// core's cell changes written into the master workbook — only those cells, nothing else touched.
import type ExcelJS from "exceljs";
import {
  identifyReturn,
  masterIdOf,
  type CellChange,
  type Issue,
  type MasterSheet,
  type ReturnedSheet,
} from "../domain";
import { NoScoreSheetError } from "../xlsx/errors";
import type { ScoreSheetCheck } from "../xlsx/checkScoreWorkbook";
import { returnedSheetOf, type ReadReturn } from "../xlsx/returnedSheet";
import { masterSheetOf } from "../xlsx/splitWorkbook";
import { loadWorkbookForReading, type SkippedSheet } from "./workbookFiles";

export type { ReadReturn } from "../xlsx/returnedSheet";

/**
 * A unit's file: its scoring sheet (the one made by split), named by the path as given; a scratch
 * sheet the unit added is left out when it would put the file past the limits (a return is only read).
 */
export async function readReturnedWorkbook(file: string): Promise<ReadReturn & { skipped: SkippedSheet[] }> {
  const { workbook, skipped } = await loadWorkbookForReading(file);
  return { ...returnedSheetOf(workbook, file), skipped };
}

/** The master's scoring sheet the returns were split from (or the first, to report against). */
export function chooseMasterSheet(sheets: readonly ScoreSheetCheck[], returns: readonly ReturnedSheet[]): { sheet: ScoreSheetCheck; master: MasterSheet } {
  const wanted = returns.find((r) => r.record.split)?.record.split?.masterId;
  const sheet = sheets.find((s) => wanted !== undefined && masterIdOf(s.managed, s.template) === wanted) ?? sheets[0]!;
  return { sheet, master: masterSheetOf(sheet) };
}

/** Identifies every return against the master: the refusals, or none. */
export function refusedReturns(master: MasterSheet, returns: readonly ReturnedSheet[]): Issue[] {
  return returns.flatMap((returned) => {
    const identity = identifyReturn(master, returned);
    return identity.ok ? [] : [identity.issue];
  });
}

/** Writes the changes into the master's worksheet: values only, styles and every other cell kept. */
export function applyCellChanges(workbook: ExcelJS.Workbook, sheetName: string, changes: readonly CellChange[]): void {
  const worksheet = workbook.getWorksheet(sheetName);
  if (!worksheet) throw new NoScoreSheetError(sheetName, "the master's scoring sheet is gone");
  for (const change of changes) worksheet.getCell(change.row + 1, change.column + 1).value = change.after;
}
