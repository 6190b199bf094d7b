// What a cell holds as the core sees it (exactly what Excel's range.values gives), and A1 addresses.

/** A cell's value: Excel's `range.values` element. Formula errors arrive as text such as "#DIV/0!". */
export type CellValue = string | number | boolean | null | undefined;

/** A 2-D block of cell values, row-major, as read from a range. */
export type Grid = readonly (readonly CellValue[])[];

const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#NAME!",
  "Err:502",
  "Err:504",
  "Err:508",
  "Err:522",
]);

export function isFormulaError(value: CellValue): value is string {
  return typeof value === "string" && ERROR_VALUES.has(value.trim());
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Text of a cell for labels: numbers as written, blanks as "", composed Unicode (NFC), so a
 * header typed or pasted with combining accents ("Ma\u0303") still reads as "Mã".
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return String(value).normalize("NFC").replace(/\u00a0/g, " ").trim();
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(columnIndex: number): string {
  if (!Number.isInteger(columnIndex) || columnIndex < 0) {
    throw new RangeError(`column index must be a non-negative integer, got ${columnIndex}`);
  }
  let n = columnIndex + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based row and column to an A1 address: (13, 4) → "E14". */
export function cellAddress(rowIndex: number, columnIndex: number): string {
  if (!Number.isInteger(rowIndex) || rowIndex < 0) {
    throw new RangeError(`row index must be a non-negative integer, got ${rowIndex}`);
  }
  return `${columnLetter(columnIndex)}${rowIndex + 1}`;
}

/** "E14" (or "$E$14") → zero-based { row: 13, column: 4 }; null when it is not an address. */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const letters = match[1]!.toUpperCase();
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1) return null;
  return { row: row - 1, column: column - 1 };
}

/** A range address from zero-based corners: (0,0,1,2) → "A1:C2"; a single cell stays "A1". */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  const end = cellAddress(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** Quotes a sheet name for use in a formula: Chấm điểm → 'Chấm điểm'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The indexes of the rows a grid holds from `from` on, in order. A host may leave far gaps of
 * empty rows out of a grid (a sparse array): their keys are all there is to visit, not a million
 * empty indexes.
 */
export function rowIndexes(grid: Grid, from = 0): number[] {
  const out: number[] = [];
  for (const key of Object.keys(grid)) {
    const index = Number(key);
    if (index >= from) out.push(index);
  }
  return out;
}
