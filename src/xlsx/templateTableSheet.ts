// The criteria table sheet (Mã, Nội dung, Điểm tối đa…) that `new` writes for the empty skeleton
// and that `import` reads back: the core gives the rows, this gives them a header look and keeps
// the Mã column as text so "1.10" is not turned into the number 1.1.
import { fitRowHeights, layoutTemplateTable, rangeAddress, TEMPLATE_TABLE_HEADER, type SheetLayout, type Template } from "../domain";

export const TEMPLATE_TABLE_SHEET_NAME = "Bộ tiêu chí";

/** Rows formatted for typing beyond the template's own, so a skeleton can be filled in. */
const TYPING_ROWS = 300;
const WIDTHS = [10, 60, 11, 16, 24, 24, 36, 12];

export function templateTableLayout(template: Template): SheetLayout {
  const rows = layoutTemplateTable(template);
  const columnCount = TEMPLATE_TABLE_HEADER.length;
  const lastRow = Math.max(rows.length, TYPING_ROWS) - 1;
  const layout: Omit<SheetLayout, "rowHeights"> = {
    name: TEMPLATE_TABLE_SHEET_NAME,
    kind: "templateTable",
    cells: rows.map((row) => Array.from({ length: columnCount }, (_, i) => row[i] ?? null)),
    columnCount,
    columnWidths: WIDTHS.slice(0, columnCount),
    numberFormats: [{ range: rangeAddress(1, 0, lastRow, 0), format: "@" }],
    styles: [
      { range: rangeAddress(0, 0, 0, columnCount - 1), style: "header" },
      { range: rangeAddress(1, 0, lastRow, columnCount - 1), style: "staffText" },
    ],
    merges: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  };
  return { ...layout, rowHeights: fitRowHeights(layout) };
}
