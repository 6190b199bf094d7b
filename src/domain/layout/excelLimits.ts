// Excel's own limits on what a cell holds, checked by the core so both hosts refuse the same way:
// text over 32 767 characters is cut by Excel (or the file refused), so it is reported with its
// cell — when a table is imported and before a layout is written.
import { cellAddress, type CellValue } from "../cells";
import { ParIndexError } from "../errors";
import { makeIssue, type Issue, type IssueOf } from "../issues";
import type { LayoutCell, SheetLayout } from "./sheetLayout";

export const EXCEL_LIMITS = {
  /** Characters in one cell (UTF-16 code units, as Excel counts them). */
  cellText: 32_767,
} as const;

/** Every cell whose text is longer than Excel keeps, as an error issue at its cell. */
export function overlongCells(
  rows: readonly (readonly (CellValue | LayoutCell)[])[],
  options: { sheet?: string; origin?: { row: number; column: number } } = {},
): IssueOf<"cell_text_too_long">[] {
  const top = options.origin?.row ?? 0;
  const left = options.origin?.column ?? 0;
  const issues: IssueOf<"cell_text_too_long">[] = [];
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const text = typeof cell === "string" ? cell : cell !== null && typeof cell === "object" ? cell.formula : null;
      if (text === null || text.length <= EXCEL_LIMITS.cellText) return;
      issues.push(
        makeIssue(
          "cell_text_too_long",
          "error",
          { length: text.length, limit: EXCEL_LIMITS.cellText },
          { ...(options.sheet !== undefined ? { sheet: options.sheet } : {}), cell: cellAddress(top + r, left + c) },
        ),
      );
    });
  });
  return issues;
}

/** A layout (or a workbook) holds text Excel cannot keep; nothing was written. */
export class CellTextTooLongError extends ParIndexError {
  constructor(readonly issues: readonly Issue[]) {
    super(`text longer than ${EXCEL_LIMITS.cellText} characters in ${issues.map((i) => `${i.sheet ?? ""}!${i.cell ?? ""}`).join(", ")}`);
  }
}

/** Throws CellTextTooLongError when any cell of the layout is longer than Excel keeps. */
export function assertLayoutFitsExcel(layout: SheetLayout): void {
  const issues = overlongCells(layout.cells, { sheet: layout.name });
  if (issues.length > 0) throw new CellTextTooLongError(issues);
}
