// "Tạo tệp cho từng đơn vị" with .xlsx files: one workbook per unit holding its copy of the
// scoring sheet (from the core's layoutUnitSheet, cached results computed from its own cells) and
// metadata naming the master, the unit and the split; the master itself is only read.
import ExcelJS from "exceljs";
import {
  checkScoreSheet,
  formatDeadline,
  isFormulaCell,
  layoutUnitSheet,
  readScoreSheet,
  type Assignment,
  type MasterSheet,
  type SplitOptions,
  type UnitSheet,
} from "../domain";
import { writeWorkbookMetadata } from "./metadataSheet";
import type { ScoreSheetCheck } from "./checkScoreWorkbook";
import { scoreSheetResults } from "./scoreSheetResults";
import { writeLayout } from "./writeLayout";

export function masterSheetOf(sheet: ScoreSheetCheck): MasterSheet {
  return {
    template: sheet.template,
    record: sheet.managed,
    values: sheet.grid.values,
    read: readScoreSheet(sheet.template, sheet.grid.values, { sheet: sheet.sheetName, formulas: sheet.grid.formulas }),
  };
}

export interface UnitWorkbook {
  sheet: UnitSheet;
  workbook: ExcelJS.Workbook;
}

export function createUnitWorkbook(master: MasterSheet, assignment: Assignment, options: SplitOptions): UnitWorkbook {
  const sheet = layoutUnitSheet(master, assignment, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "par-index";
  const deadline = options.schedule?.deadline;
  // The title Excel shows in File › Info and in the window: the unit and its deadline.
  workbook.title = `Chấm điểm CCHC — ${sheet.unit}${deadline ? ` — hạn gửi ${formatDeadline(deadline)}` : ""}`;
  const { layout } = sheet;
  const values = layout.cells.map((row) => row.map((cell) => (cell === null || isFormulaCell(cell) ? "" : cell)));
  const { totals } = checkScoreSheet(master.template, values);
  writeLayout(workbook.addWorksheet(layout.name), layout, { results: scoreSheetResults(layout, totals) });
  writeWorkbookMetadata(workbook, [sheet.record], [master.template]);
  return { sheet, workbook };
}
