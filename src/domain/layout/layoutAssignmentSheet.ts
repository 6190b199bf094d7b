// The assignment sheet (phân công) as data: the appendix's title and heading, then seed 004's
// table — Stt · Nội dung, nhiệm vụ · Cơ quan chủ trì · Cơ quan phối hợp · Thời gian thực hiện —
// with a bold row per unit and the unassigned items marked so they are seen.
import { rangeAddress } from "../cells";
import type { AssignmentRow, AssignmentTable } from "../assignment/assignmentTable";
import { runs } from "./layoutScoreSheet";
import type { LayoutCell, SheetLayout, StyledRange, StyleName } from "./sheetLayout";
import { sanitizeSheetName } from "./sheetNames";
import { fitRowHeights } from "./rowHeights";

export const ASSIGNMENT_SHEET_BASE_NAME = "Phân công chấm điểm";
const WIDTHS = [8, 70, 28, 34, 28];
const HEADER_ROW = 3;

export interface AssignmentSheetLayout extends SheetLayout {
  kind: "assignment";
  /** 0-based sheet row of the table's first row: table row i is on sheet row firstTableRow + i. */
  firstTableRow: number;
}

export function defaultAssignmentSheetName(year?: number): string {
  return sanitizeSheetName(year ? `${ASSIGNMENT_SHEET_BASE_NAME} ${year}` : ASSIGNMENT_SHEET_BASE_NAME);
}

export function layoutAssignmentSheet(table: AssignmentTable, options: { sheetName?: string; year?: number } = {}): AssignmentSheetLayout {
  const columnCount = table.header.length;
  const blank = (): LayoutCell[] => new Array<LayoutCell>(columnCount).fill(null);
  const titled = (text: string) => {
    const row = blank();
    row[0] = text;
    return row;
  };
  const cells: LayoutCell[][] = [titled(table.title), titled(table.heading), blank(), [...table.header]];
  const firstTableRow = cells.length;
  for (const row of table.rows) cells.push([row.stt, row.content, row.lead || null, row.coUnits || null, row.timeFrame || null]);
  const lastRow = cells.length - 1;
  const lastColumn = columnCount - 1;

  const rowsOf = (test: (row: AssignmentRow) => boolean) =>
    table.rows.flatMap((row, i) => (test(row) ? [firstTableRow + i] : []));
  const styled = (rows: number[], style: StyleName): StyledRange[] =>
    runs(rows).map(([a, b]) => ({ range: rangeAddress(a, 0, b, lastColumn), style }));
  const layout: Omit<AssignmentSheetLayout, "rowHeights"> = {
    name: options.sheetName ?? defaultAssignmentSheetName(options.year),
    kind: "assignment",
    cells,
    columnCount,
    columnWidths: WIDTHS.slice(0, columnCount),
    numberFormats: table.rows.length > 0 ? [{ range: rangeAddress(firstTableRow, 0, lastRow, lastColumn), format: "@" }] : [],
    styles: [
      { range: rangeAddress(0, 0, 0, lastColumn), style: "title" },
      { range: rangeAddress(1, 0, 1, lastColumn), style: "title" },
      { range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, lastColumn), style: "header" },
      ...styled(rowsOf((row) => row.kind === "task"), "staffText"),
      ...styled(rowsOf((row) => row.kind === "unit"), "criterion"),
      ...styled(rowsOf((row) => row.kind === "section"), "area"),
      // Items nobody scores yet stand out until a unit is written in column L of the scoring sheet.
      ...styled(rowsOf((row) => row.kind === "unassigned"), "keptAside"),
    ],
    merges: [rangeAddress(0, 0, 0, lastColumn), rangeAddress(1, 0, 1, lastColumn)],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: HEADER_ROW + 1, last: HEADER_ROW + 1 } },
    firstTableRow,
  };
  return { ...layout, rowHeights: fitRowHeights(layout) };
}
