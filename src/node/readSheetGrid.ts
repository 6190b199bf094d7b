// Reads a worksheet back as the core's boundary: two grids from A1 to the last used cell, values
// as Excel's range.values gives them (cached formula results, plain text for rich text and
// links, error codes as text, dates as serial numbers) and formulas as range.formulas gives them.
import { ValueType, type Cell, type CellValue as ExcelCellValue, type Worksheet } from "exceljs";
import type { CellValue } from "../domain";

export interface SheetGrid {
  values: CellValue[][];
  formulas: CellValue[][];
}

export function readSheetGrid(worksheet: Worksheet): SheetGrid {
  const date1904 = worksheet.workbook.properties?.date1904 === true;
  const cells: { row: number; column: number; value: CellValue; formula: CellValue }[] = [];
  let rows = 0;
  let columns = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = valueOf(cell, date1904);
      const formula = formulaOf(cell, value);
      if (value === "" && formula === "") return;
      cells.push({ row: rowNumber - 1, column: columnNumber - 1, value, formula });
      rows = Math.max(rows, rowNumber);
      columns = Math.max(columns, columnNumber);
    });
  });
  const blank = () => Array.from({ length: rows }, () => new Array<CellValue>(columns).fill(""));
  const values = blank();
  const formulas = blank();
  for (const cell of cells) {
    values[cell.row]![cell.column] = cell.value;
    formulas[cell.row]![cell.column] = cell.formula;
  }
  return { values, formulas };
}

/** What Excel's range.values would hold for the cell. */
export function valueOf(cell: Cell, date1904 = false): CellValue {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      // Excel gives the merged area's value in its top-left cell only.
      return "";
    case ValueType.Formula:
      return plain(cell.result as ExcelCellValue, date1904);
    default:
      return plain(cell.value, date1904);
  }
}

function formulaOf(cell: Cell, value: CellValue): CellValue {
  if (cell.type !== ValueType.Formula) return value;
  // For a shared formula's clones exceljs translates the master's formula to this cell.
  const formula = cell.formula;
  return formula ? `=${formula.replace(/^=/, "")}` : value;
}

function plain(value: ExcelCellValue | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value, date1904);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return plain(value.text as ExcelCellValue, date1904);
  if ("formula" in value || "sharedFormula" in value) return plain(value.result as ExcelCellValue, date1904);
  if ("text" in value) return String((value as { text: unknown }).text);
  return "";
}

const MS_PER_DAY = 86_400_000;

/** exceljs reads dates as UTC instants; Excel counts days from 1899-12-30 (or 1904-01-01). */
export function dateSerial(date: Date, date1904 = false): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / MS_PER_DAY;
}
