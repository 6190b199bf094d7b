// How tall a row must be for its wrapped text, for the cells Excel and LibreOffice do not grow by
// themselves (merged cells; rows written by a library, which LibreOffice keeps at the default
// height). Estimated from the text's length against the column width (in widths of "0").
import type { LayoutCell } from "./sheetLayout";

/** Calibri 11: about 15 pt a line, plus a little room. */
const LINE_POINTS = 15;

/** Lines the text takes in a column `width` wide: a normal letter is narrower than "0", a bold one about as wide. */
export function textLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1 : 1.15)));
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].length / perLine)), 0);
}

/** The height for the tallest of these cells, or null when one line fits them all. */
export function fittedRowHeight(cells: readonly { text: LayoutCell; width: number; bold?: boolean }[]): number | null {
  let lines = 1;
  for (const { text, width, bold } of cells) {
    if (typeof text !== "string" || text === "") continue;
    lines = Math.max(lines, textLines(text, width, bold));
  }
  return lines > 1 ? LINE_POINTS * lines + 3 : null;
}
