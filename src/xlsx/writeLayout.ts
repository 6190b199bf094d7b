// Writes a SheetLayout into an exceljs worksheet, translating the data faithfully: cells (text
// stays text, formulas become formulas), widths, number formats, styles, merges, validations,
// conditional formats, frozen panes and page setup. It decides nothing itself (and, like the
// add-in, groups no rows: see sheetLayout.ts).
import type { CellFormulaValue, Style as ExcelStyle, Worksheet } from "exceljs";
import { columnLetter, isFormulaCell, type CellValue, type LayoutCell, type SheetLayout, type SheetProtection, type StyleName } from "../domain";
import { parseRange } from "./a1";
import { mergeStyles, toConditionalStyle, toExcelStyle } from "./excelStyles";
import { dataValidationsOf } from "./exceljsModel";

/** A cached result for the formula at a zero-based cell, or undefined to leave it uncached. */
export type FormulaResults = (row: number, column: number) => CellValue;

export interface WriteLayoutOptions {
  results?: FormulaResults;
}

export function writeLayout(worksheet: Worksheet, layout: SheetLayout, options: WriteLayoutOptions = {}): void {
  writeCells(worksheet, layout.cells, options.results);
  layout.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  // exceljs leaves out columns exactly 9 wide (its own default), so they would fall back to
  // Excel's 8,43: making 9 the sheet's default keeps them at 9.
  if (layout.columnWidths.includes(9)) worksheet.properties.defaultColWidth = 9;
  writeStyles(worksheet, layout);
  if (layout.protection) writeProtection(worksheet, layout.protection);
  // Rows of wrapped text get the height their lines need (Excel and LibreOffice print the default otherwise).
  for (const { row, points } of layout.rowHeights) worksheet.getRow(row + 1).height = points;
  for (const range of layout.merges) worksheet.mergeCells(range);
  // exceljs breaks after the (1-based) row it is given: the row before the one starting the page.
  for (const row of layout.pageBreaks ?? []) if (row > 0) worksheet.getRow(row).addPageBreak();
  writeValidations(worksheet, layout);
  writeConditionalFormats(worksheet, layout);
  worksheet.views =
    layout.freeze.rows > 0 || layout.freeze.columns > 0
      ? [{ state: "frozen", xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }]
      : [{ state: "normal" }];
  const { print } = layout;
  worksheet.pageSetup.paperSize = 9; // A4: the only paper the layouts ask for.
  worksheet.pageSetup.orientation = print.orientation;
  if (print.fitToWidth) {
    worksheet.pageSetup.fitToPage = true;
    worksheet.pageSetup.fitToWidth = 1;
    // 0 = as many pages tall as needed.
    worksheet.pageSetup.fitToHeight = 0;
  }
  if (!print.fitToWidth && print.scale !== undefined) worksheet.pageSetup.scale = print.scale;
  if (print.repeatRows) worksheet.pageSetup.printTitlesRow = `${print.repeatRows.first}:${print.repeatRows.last}`;
  if (print.repeatColumns) worksheet.pageSetup.printTitlesColumn = `${columnLetter(print.repeatColumns.first - 1)}:${columnLetter(print.repeatColumns.last - 1)}`;
}

/** Cell contents only, from A1: what the metadata sheet needs, and the first step of a layout. */
export function writeCells(worksheet: Worksheet, cells: readonly (readonly LayoutCell[])[], results?: FormulaResults): void {
  cells.forEach((row, r) => {
    const excelRow = worksheet.getRow(r + 1);
    row.forEach((cell, c) => {
      if (cell === null) return;
      if (isFormulaCell(cell)) {
        // exceljs stores formula text without the "=" Excel shows.
        const value: CellFormulaValue = { formula: cell.formula.replace(/^=/, ""), date1904: false };
        const result = results?.(r, c);
        if (result !== undefined && result !== null) value.result = result as CellFormulaValue["result"];
        excelRow.getCell(c + 1).value = value;
      } else {
        // A string is always literal text, even "=…" or "-…": exceljs writes it as a string cell.
        excelRow.getCell(c + 1).value = cell;
      }
    });
  });
}

function writeStyles(worksheet: Worksheet, layout: SheetLayout): void {
  const names = new Map<string, StyleName[]>();
  const formats = new Map<string, string>();
  const key = (r: number, c: number) => `${r}:${c}`;
  const eachCell = (range: string, visit: (k: string) => void) => {
    const { top, left, bottom, right } = parseRange(range);
    for (let r = top; r <= bottom; r += 1) for (let c = left; c <= right; c += 1) visit(key(r, c));
  };
  for (const { range, style } of layout.styles) {
    eachCell(range, (k) => {
      const list = names.get(k);
      if (list) list.push(style);
      else names.set(k, [style]);
    });
  }
  for (const { range, format } of layout.numberFormats) eachCell(range, (k) => formats.set(k, format));

  const shared = new Map<string, ReturnType<typeof toExcelStyle>>();
  for (const k of new Set([...names.keys(), ...formats.keys()])) {
    const styleNames = names.get(k) ?? [];
    const numFmt = formats.get(k);
    const id = `${styleNames.join(",")}|${numFmt ?? ""}`;
    let style = shared.get(id);
    if (!style) {
      style = toExcelStyle(mergeStyles(styleNames), numFmt);
      shared.set(id, style);
    }
    const [r, c] = k.split(":").map(Number) as [number, number];
    worksheet.getCell(r + 1, c + 1).style = style;
  }
}

/**
 * Locks the sheet without a password, every cell but the open ranges. Cells share style objects
 * (see writeStyles), so an open cell gets a copy of its style rather than a change to the shared one.
 */
function writeProtection(worksheet: Worksheet, protection: SheetProtection): void {
  const open = new Map<object, Partial<ExcelStyle>>();
  for (const range of protection.unlocked) {
    const { top, left, bottom, right } = parseRange(range);
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) {
        const cell = worksheet.getCell(r + 1, c + 1);
        const base = cell.style ?? {};
        let style = open.get(base);
        if (!style) {
          style = { ...base, protection: { locked: false } };
          open.set(base, style);
        }
        cell.style = style;
      }
    }
  }
  // No password: staff may lift it (Review › Unprotect Sheet); it guards against typing in the wrong row.
  void worksheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

function writeValidations(worksheet: Worksheet, layout: SheetLayout): void {
  for (const { range, rule, prompt, error } of layout.validations) {
    const messages = {
      showInputMessage: true,
      promptTitle: prompt.title,
      prompt: prompt.message,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: error.title,
      error: error.message,
    };
    // Keyed by the whole range, so exceljs writes one rule whose relative formula is anchored at its top-left.
    if (rule.kind === "decimal") {
      dataValidationsOf(worksheet).add(range, {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [rule.min, rule.maxFormula.replace(/^=/, "")],
        ...messages,
      });
    } else {
      dataValidationsOf(worksheet).add(range, {
        type: "list",
        allowBlank: true,
        formulae: [`"${rule.values.map((v) => v.replace(/"/g, '""')).join(",")}"`],
        ...messages,
      });
    }
  }
}

function writeConditionalFormats(worksheet: Worksheet, layout: SheetLayout): void {
  layout.conditionalFormats.forEach((format, i) => {
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "expression",
          // The layout's order is the rules' precedence: the first listed wins.
          priority: i + 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: toConditionalStyle(format.style),
        },
      ],
    });
  });
}
