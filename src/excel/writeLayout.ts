// Draws a SheetLayout on a worksheet with office-js, in one batch: column widths, text formats
// before the values, the whole content as range.formulas blocks, styles, merges, outline groups,
// validation, conditional formats, frozen panes and print settings. Nothing here syncs except
// the request budget when the payload outgrows one request.
import { rangeAddress } from "../domain/cells";
import { CONDITIONAL_STYLES, type SheetLayout, type ValidationSpec } from "../domain/layout/sheetLayout";
import { absoluteRows, containsRect, parseRangeAddress, rectColumns, rectRows, wholeColumn, type Rect } from "./addresses";
import type { HostFeature, HostFeatures } from "./features";
import { COMMAND_BYTES, payloadBytes, type RequestBudget } from "./requestBudget";
import { applyStyles } from "./sheetStyles";
import { toFormulaInput } from "./textCells";
import { filledBlock, writeBlock } from "./writeBlock";
import { fitRowsToText } from "./rowHeights";

export const TEXT_FORMAT = "@";

/** Lays the sheet out; returns the finishes the host could not draw (feature-detected). */
export async function writeLayout(
  worksheet: Excel.Worksheet,
  layout: SheetLayout,
  features: HostFeatures,
  budget: RequestBudget,
): Promise<HostFeature[]> {
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

  const skipped: HostFeature[] = [];
  if (layout.outline.length > 0) {
    if (features.outline) {
      await budget.reserveCommands(layout.outline.length);
      for (const group of layout.outline) worksheet.getRange(absoluteRows(group.firstRow - 1, group.lastRow - 1)).group("ByRows");
    } else {
      skipped.push("outline");
    }
  }
  if (layout.validations.length > 0) {
    if (features.dataValidation) {
      for (const spec of layout.validations) {
        // rule, prompt and error alert: three commands carrying the spec's text.
        await budget.reserve(payloadBytes(spec) + 2 * COMMAND_BYTES);
        applyValidation(worksheet.getRange(spec.range).dataValidation, spec);
      }
    } else {
      skipped.push("dataValidation");
    }
  }
  for (const spec of layout.conditionalFormats) {
    await budget.reserve(payloadBytes(spec) + 3 * COMMAND_BYTES);
    const colors = CONDITIONAL_STYLES[spec.style];
    const conditional = worksheet.getRange(spec.range).conditionalFormats.add("Custom");
    conditional.custom.rule.formula = spec.formula;
    conditional.custom.format.fill.color = colors.fill;
    conditional.custom.format.font.color = colors.fontColor;
  }
  freezePanes(worksheet, layout.freeze);
  if (features.pageLayout) {
    await budget.reserveCommands(4);
    const page = worksheet.pageLayout;
    page.orientation = layout.print.orientation === "landscape" ? "Landscape" : "Portrait";
    page.paperSize = "A4";
    // 0 pages tall means "as many as needed", as fitToHeight="0" does in the file format.
    if (layout.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const repeat = layout.print.repeatRows;
    if (repeat) page.setPrintTitleRows(absoluteRows(repeat.first - 1, repeat.last - 1));
  } else {
    skipped.push("pageLayout");
  }
  return skipped;
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

function applyValidation(validation: Excel.DataValidation, spec: ValidationSpec): void {
  validation.rule =
    spec.rule.kind === "decimal"
      ? { decimal: { formula1: spec.rule.min, formula2: spec.rule.maxFormula, operator: "Between" } }
      : { list: { inCellDropDown: true, source: spec.rule.values.join(",") } };
  validation.prompt = { showPrompt: true, title: spec.prompt.title, message: spec.prompt.message };
  validation.errorAlert = { showAlert: true, style: "Stop", title: spec.error.title, message: spec.error.message };
}

function freezePanes(worksheet: Excel.Worksheet, freeze: SheetLayout["freeze"]): void {
  const panes = worksheet.freezePanes;
  if (freeze.rows > 0 && freeze.columns > 0) {
    // freezeAt freezes the rows above and the columns left of the range's far corner, both at once.
    panes.freezeAt(worksheet.getRange(rangeAddress(0, 0, freeze.rows - 1, freeze.columns - 1)));
  } else if (freeze.rows > 0) {
    panes.freezeRows(freeze.rows);
  } else if (freeze.columns > 0) {
    panes.freezeColumns(freeze.columns);
  }
}

/**
 * Excel's column width unit (characters of the default font's widest digit) in points, which
 * office-js expects: 7 px per character plus 5 px of padding at Calibri 11, 0.75 pt per px.
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
