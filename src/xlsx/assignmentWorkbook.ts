// Phân công in .xlsx files: the assignment of a scoring sheet as staff left it (columns L and M
// read back), and the assignment table written as a workbook of its own, to send with the plan.
import ExcelJS from "exceljs";
import { readAssignment, type Assignment, type AssignmentSheetLayout } from "../domain";
import type { ScoreSheetCheck } from "./checkScoreWorkbook";
import { writeLayout } from "./writeLayout";

export function assignmentOfSheet(sheet: ScoreSheetCheck): Assignment {
  return readAssignment(sheet.template, sheet.grid.values, { sheet: sheet.sheetName });
}

export function createAssignmentWorkbook(layout: AssignmentSheetLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "par-index";
  writeLayout(workbook.addWorksheet(layout.name), layout);
  return workbook;
}
