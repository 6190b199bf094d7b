// Draws a SheetLayout's content on a worksheet with office-js, in the current batch: column
// widths, text formats before the values, the whole content as range.formulas blocks, styles,
// merges and conditional formats — all within the manifest's ExcelApi 1.7. What a sheet can go
// without (validation, frozen panes, print settings) is drawn after, by sheetFinishes.ts, so a
// refusal there never leaves a sheet half made. Nothing here syncs except the request budget.
import { CONDITIONAL_STYLES, type ConditionalFormatSpec, type SheetLayout } from "../../domain/layout/sheetLayout";
import { containsRect, parseRangeAddress, rectColumns, rectRows, wholeColumn, type Rect } from "./addresses";
import { COMMAND_BYTES, payloadBytes, type RequestBudget } from "../host/requestBudget";
import { applyStyles } from "./sheetStyles";
import { toFormulaInput } from "./textCells";
import { filledBlock, writeBlock } from "./writeBlock";
import { fitRowsToText } from "./rowHeights";

export const TEXT_FORMAT = "@";

export async function writeLayoutContent(worksheet: Excel.Worksheet, layout: SheetLayout, budget: RequestBudget): Promise<void> {
  await fitRowsToText(worksheet, layout, budget);
  await budget.reserveCommands(layout.columnWidths.length);
  layout.columnWidths.forEach((width, column) => {
    worksheet.getRange(wholeColumn(column)).format.columnWidth = charactersToPoints(width);
  });

  // Formats first: a "@" column must be text before its values arrive (see textCells.ts).
  for (const { range, format } of layout.numberFormats) {
    const rect = parseRangeAddress(range);
    if (rect) await writeBlock(worksheet, rect.top, rect.left, filledBlock(rectRows(rect), rectColumns(rect), format), "numberFormat", budget);
  }
  await writeBlock(worksheet, 0, 0, layoutFormulas(layout), "formulas", budget);

  await applyStyles(worksheet, layout.styles, budget);
  await budget.reserveCommands(layout.merges.length);
  for (const merge of layout.merges) worksheet.getRange(merge).merge(false);

  await queueConditionalFormats(worksheet, layout.conditionalFormats, budget);
}

export async function queueConditionalFormats(worksheet: Excel.Worksheet, specs: readonly ConditionalFormatSpec[], budget: RequestBudget): Promise<void> {
  for (const spec of specs) {
    // add, then the rule's formula and two colours, each through its own chain of objects.
    await budget.reserve(payloadBytes(spec) + 3 * COMMAND_BYTES);
    const colors = CONDITIONAL_STYLES[spec.style];
    const conditional = worksheet.getRange(spec.range).conditionalFormats.add("Custom");
    conditional.custom.rule.formula = spec.formula;
    conditional.custom.format.fill.color = colors.fill;
    conditional.custom.format.font.color = colors.fontColor;
  }
}

/** The layout's cells as range.formulas input, with literal text kept literal (see textCells.ts). */
export function layoutFormulas(layout: SheetLayout): (string | number)[][] {
  const textRects: Rect[] = layout.numberFormats
    .filter((entry) => entry.format === TEXT_FORMAT)
    .map((entry) => parseRangeAddress(entry.range))
    .filter((rect): rect is Rect => rect !== null);
  const isText = (row: number, column: number) =>
    textRects.some((rect) => containsRect(rect, { top: row, left: column, bottom: row, right: column }));
  return layout.cells.map((cells, row) => cells.map((cell, column) => toFormulaInput(cell, isText(row, column))));
}

/**
 * Excel's column width unit (characters of the default font's widest digit) in points, which
 * office-js expects: 7 px per character plus 5 px of padding at Calibri 11, 0.75 pt per px.
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
