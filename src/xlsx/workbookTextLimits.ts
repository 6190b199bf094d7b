// The last check before a workbook is written: no cell holds more text than Excel keeps (the
// core's limit), whether it came from a layout or was copied from the input. One pass over the
// cells that hold something.
import type { Workbook } from "exceljs";
import { ValueType } from "exceljs";
import { CellTextTooLongError, EXCEL_LIMITS, makeIssue, type Issue } from "../domain";
import { eachExistingRow } from "./exceljsModel";

export function assertWorkbookFitsExcel(workbook: Workbook): void {
  const issues: Issue[] = [];
  for (const worksheet of workbook.worksheets) {
    eachExistingRow(worksheet, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged area's other cells show its first cell's value; Excel stores it once.
        if (cell.type === ValueType.Merge) return;
        const length = textLength(cell.type, cell.value);
        if (length <= EXCEL_LIMITS.cellText) return;
        issues.push(makeIssue("cell_text_too_long", "error", { length, limit: EXCEL_LIMITS.cellText }, { sheet: worksheet.name, cell: cell.address }));
      });
    });
  }
  if (issues.length > 0) throw new CellTextTooLongError(issues);
}

function textLength(type: ValueType, value: unknown): number {
  if (typeof value === "string") return value.length;
  if (value === null || typeof value !== "object") return 0;
  const v = value as { richText?: { text: string }[]; formula?: string; result?: unknown; text?: unknown };
  if (v.richText) return v.richText.reduce((sum, run) => sum + run.text.length, 0);
  if (type === ValueType.Formula) return Math.max((v.formula ?? "").length, typeof v.result === "string" ? v.result.length : 0);
  if (typeof v.text === "string") return v.text.length;
  return 0;
}
