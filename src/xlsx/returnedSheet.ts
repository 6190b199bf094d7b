// A unit's returned workbook, already loaded by exceljs, as the core's ReturnedSheet: its scoring
// sheet (the one made by split), named by the file. No Node API here or below, so `par-index merge`
// (mergeWorkbook.ts) and the pane's on-demand chunk (src/taskpane/files/assignmentFiles.ts) read a
// return the same way.
import type ExcelJS from "exceljs";
import { makeIssue, readScoreSheet, type Issue, type ReturnedSheet } from "../domain";
import { checkScoreWorkbook, type ScoreSheetCheck } from "./checkScoreWorkbook";
import { NoScoreSheetError } from "./errors";

export type ReadReturn = { ok: true; returned: ReturnedSheet } | { ok: false; issue: Issue };

export function returnedSheetOf(workbook: ExcelJS.Workbook, file: string): ReadReturn {
  let sheets: ScoreSheetCheck[];
  try {
    sheets = checkScoreWorkbook(workbook, { file }).sheets;
  } catch (error) {
    if (error instanceof NoScoreSheetError) return { ok: false, issue: makeIssue("return_not_split", "error", { file }) };
    throw error;
  }
  const sheet = sheets.find((s) => s.managed.split) ?? sheets[0]!;
  return {
    ok: true,
    returned: {
      file,
      template: sheet.template,
      record: sheet.managed,
      read: readScoreSheet(sheet.template, sheet.grid.values, { sheet: sheet.sheetName, formulas: sheet.grid.formulas }),
    },
  };
}
