// Reads a worksheet back as the core's boundary: two grids from A1, values as Excel's range.values
// gives them (cached formula results, plain text for rich text and links, error codes as text)
// and formulas as range.formulas gives them. Dates become the text staff see (31/12/2024), so a
// date typed as a time frame or a score reads as a date, not as 45657.
//
// Rows end at their last cell that holds something; a short gap is filled with blanks (a run of
// empty rows shares one empty array), a far one — more than 256 cells or rows — is left sparse:
// a stray value at XFD1048576 costs one cell, not a grid from A1 to there. The core reads a
// missing cell or row as blank (index with `row ?? []`; forEach and map skip the holes).
import { ValueType, type Cell, type CellValue as ExcelCellValue, type Worksheet } from "exceljs";
import type { CellValue } from "../domain";
import { eachExistingRow } from "./exceljsModel";

export interface SheetGrid {
  values: CellValue[][];
  formulas: CellValue[][];
}

const NEAR_GAP = 256;
const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

export function readSheetGrid(worksheet: Worksheet): SheetGrid {
  const date1904 = worksheet.workbook.properties?.date1904 === true;
  const values: (readonly CellValue[])[] = [];
  const formulas: (readonly CellValue[])[] = [];
  eachExistingRow(worksheet, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFormulas: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = valueOf(cell, date1904);
      const formula = formulaOf(cell, value);
      if (value === "" && formula === "") return;
      // Cells come left to right. A short gap before this one is filled with blanks; a far one
      // is left as a hole (V8 then keeps the row sparse), which the core reads as blank too.
      if (columnNumber - 1 - rowValues.length <= NEAR_GAP) {
        for (let c = rowValues.length; c < columnNumber - 1; c += 1) {
          rowValues.push("");
          rowFormulas.push("");
        }
      }
      rowValues[columnNumber - 1] = value;
      rowFormulas[columnNumber - 1] = formula;
    });
    if (rowValues.length === 0) return;
    // A few rows with nothing are one shared empty row; a far gap is left out (holes): V8 keeps
    // the array sparse, so a value at row 1 048 576 costs one entry. The core reads a missing
    // row as empty.
    if (rowNumber - 1 - values.length <= NEAR_GAP) {
      for (let r = values.length; r < rowNumber - 1; r += 1) {
        values.push(EMPTY_ROW);
        formulas.push(EMPTY_ROW);
      }
    }
    values[rowNumber - 1] = rowValues;
    formulas[rowNumber - 1] = rowFormulas;
  });
  return { values: values as CellValue[][], formulas: formulas as CellValue[][] };
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
  if (value instanceof Date) return dateText(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return plain(value.text as ExcelCellValue, date1904);
  if ("formula" in value || "sharedFormula" in value) return plain(value.result as ExcelCellValue, date1904);
  if ("text" in value) return String((value as { text: unknown }).text);
  return "";
}

const MS_PER_DAY = 86_400_000;

/** A date as Vietnamese staff write it: 31/12/2024, with the time when there is one. */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const two = (n: number) => String(n).padStart(2, "0");
  const day = `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day} ${two(h)}:${two(m)}`;
}

/** exceljs reads dates as UTC instants; Excel counts days from 1899-12-30 (or 1904-01-01). */
export function dateSerial(date: Date, date1904 = false): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / MS_PER_DAY;
}
