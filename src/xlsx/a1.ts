// A1 ranges as the host needs them: corners of "A5:O5", and sliding a relative formula from one
// cell to another (Excel anchors a rule's relative references at its range's top-left cell).
import { cellAddress, parseCellAddress } from "../domain";
import { LayoutError } from "../domain";

export interface RangeCorners {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A5:O5" or "E14" → zero-based corners. */
export function parseRange(range: string): RangeCorners {
  const [first, second] = range.split(":");
  const start = parseCellAddress(first ?? "");
  const end = second === undefined ? start : parseCellAddress(second);
  if (!start || !end) throw new LayoutError(`not an A1 range: "${range}"`);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function formatRange(corners: RangeCorners): string {
  const start = cellAddress(corners.top, corners.left);
  const end = cellAddress(corners.bottom, corners.right);
  return start === end ? start : `${start}:${end}`;
}

// A cell reference outside string literals and not followed by "(" (LOG10( is a function, not a cell).
const REFERENCE = /("(?:[^"]|"")*")|(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\w(!])/g;

/** Moves a formula's relative references by (rows, columns), as Excel does when filling. */
export function slideFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(REFERENCE, (match, literal: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string, offset: number) => {
    if (literal !== undefined) return match;
    const before = offset > 0 ? formula[offset - 1] : "";
    // Part of a name or a longer token (e.g. "LOG10", "Sheet1"): not a reference.
    if (before !== undefined && /[A-Za-z0-9_.]/.test(before)) return match;
    const parsed = parseCellAddress(`${letters}${digits}`);
    if (!parsed) return match;
    const row = rowAbs ? parsed.row : parsed.row + rows;
    const column = colAbs ? parsed.column : parsed.column + columns;
    if (row < 0 || column < 0) return "#REF!";
    const moved = cellAddress(row, column);
    const split = /^([A-Z]+)(\d+)$/.exec(moved)!;
    return `${colAbs}${split[1]}${rowAbs}${split[2]}`;
  });
}
