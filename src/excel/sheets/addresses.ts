// A1 addresses as office-js hands them back ("'VPUB Sơn La 2021'!B3:F40") split into sheet and
// zero-based rectangle, and rectangles back to A1, so every other module works in numbers.
import { columnLetter, parseCellAddress, rangeAddress } from "../../domain/cells";

/** Zero-based, inclusive corners. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3:F40" or "B3" → its rectangle; null for whole rows/columns or anything that is not A1. */
export function parseRangeAddress(address: string): Rect | null {
  const parts = address.split(":");
  if (parts.length > 2) return null;
  const start = parseCellAddress(parts[0] ?? "");
  const end = parseCellAddress(parts[1] ?? parts[0] ?? "");
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Splits an address that may carry a sheet ("'Kế hoạch'!A1:B2", "Sheet1!A1"); quotes are undone. */
export function splitSheetAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address };
  const rawSheet = address.slice(0, bang);
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, range: address.slice(bang + 1) };
}

export function rectAddress(rect: Rect): string {
  return rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

/** Whole sheet rows for page titles and outline groups: (4, 4) → "$5:$5". */
export function absoluteRows(firstRow0: number, lastRow0: number): string {
  return `$${firstRow0 + 1}:$${lastRow0 + 1}`;
}

/** A whole column by zero-based index: 2 → "C:C". */
export function wholeColumn(column: number): string {
  const letter = columnLetter(column);
  return `${letter}:${letter}`;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
