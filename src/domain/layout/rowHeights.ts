// Row heights as layout data: a row whose wrapped text runs to several lines is given the height
// those lines need, so a printed page (or a PDF) shows every line and not only the first. Text is
// measured from the column widths with Calibri 11's widths (LibreOffice's Carlito has the same),
// word-wrapped as Excel does, rounded up so a line is never cut.
import { parseCellAddress } from "../cells";
import { CELL_STYLES, type LayoutCell, type SheetLayout } from "./sheetLayout";

export interface RowHeight {
  /** 0-based sheet row. */
  row: number;
  /** Height in points. */
  points: number;
}

/** Points per line of 11-point text, Excel's own default row height. */
const LINE_POINTS = 15;
/** Excel's largest row height. */
const MAX_ROW_POINTS = 409;
/** Pixels of one width unit (the digit "0" of Calibri 11), and the cell's inner margins. */
const UNIT_PX = 7;
const MARGIN_PX = 4;
const SAFETY = 1.15;

type LayoutForHeights = Pick<SheetLayout, "cells" | "columnWidths" | "styles" | "merges">;

/** Heights for the rows whose wrapped text needs more than one line, top to bottom. */
export function fitRowHeights(layout: LayoutForHeights): RowHeight[] {
  // Which cells wrap, styles applied in order as the hosts apply them; then their font.
  const wrap = new Map<number, Map<number, { bold: boolean; size: number }>>();
  const eachCell = (range: string, visit: (row: number, column: number) => void) => {
    const corners = corner(range);
    if (!corners) return;
    for (let r = corners.top; r <= corners.bottom && r < layout.cells.length; r += 1) {
      for (let c = corners.left; c <= corners.right; c += 1) visit(r, c);
    }
  };
  for (const { range, style } of layout.styles) {
    const wraps = CELL_STYLES[style].wrap;
    if (wraps === undefined) continue;
    eachCell(range, (r, c) => {
      let row = wrap.get(r);
      if (!wraps) return void row?.delete(c);
      if (!row) wrap.set(r, (row = new Map()));
      row.set(c, { bold: false, size: 11 });
    });
  }
  for (const { range, style } of layout.styles) {
    const { bold, fontSize } = CELL_STYLES[style];
    if (bold === undefined && fontSize === undefined) continue;
    eachCell(range, (r, c) => {
      const look = wrap.get(r)?.get(c);
      if (!look) return;
      if (bold !== undefined) look.bold = bold;
      if (fontSize !== undefined) look.size = fontSize;
    });
  }
  const mergedWidth = new Map<string, number>();
  for (const merge of layout.merges) {
    const corners = corner(merge);
    if (!corners || corners.top !== corners.bottom) continue;
    let width = 0;
    for (let c = corners.left; c <= corners.right; c += 1) width += layout.columnWidths[c] ?? 8.43;
    mergedWidth.set(`${corners.top}:${corners.left}`, width);
  }

  const heights: RowHeight[] = [];
  for (const [r, columns] of [...wrap].sort((a, b) => a[0] - b[0])) {
    let points = 0;
    for (const [c, look] of columns) {
      const text = textOf(layout.cells[r]?.[c] ?? null);
      if (text === "") continue;
      const width = mergedWidth.get(`${r}:${c}`) ?? layout.columnWidths[c] ?? 8.43;
      const lines = countLines(text, width, look.bold, look.size);
      points = Math.max(points, lines * LINE_POINTS * (look.size / 11));
    }
    if (points > LINE_POINTS) heights.push({ row: r, points: Math.min(MAX_ROW_POINTS, Math.ceil(points)) });
  }
  return heights;
}

/** Lines `text` takes in a column `width` units wide when wrapped at spaces (a long word breaks). */
export function countLines(text: string, width: number, bold = false, size = 11): number {
  const available = Math.max(UNIT_PX, width * UNIT_PX - MARGIN_PX);
  // The class widths below are Calibri's averages; 15 % more keeps a line from being cut when a
  // row's letters are wider than average (capitals, "đ", "ư"), at the price of some white space.
  const scale = (size / 11) * (bold ? 1.08 : 1) * SAFETY;
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/(?<= )/)) {
      const wordWidth = measure(word.trimEnd()) * scale;
      const spaceWidth = word.endsWith(" ") ? measure(" ") * scale : 0;
      if (used > 0 && used + wordWidth > available) {
        lines += 1;
        used = 0;
      }
      if (wordWidth > available) {
        // A word longer than the column breaks wherever the line ends.
        lines += Math.ceil(wordWidth / available) - 1;
        used = wordWidth % available;
      } else {
        used += wordWidth;
      }
      used += spaceWidth;
    }
  }
  return lines;
}

/** Width in pixels at Calibri 11, by character class (accents do not change a letter's width). */
function measure(text: string): number {
  let px = 0;
  for (const ch of text.normalize("NFD").replace(/\p{M}/gu, "")) {
    if (/[ijlI.,;:'!|]/.test(ch)) px += 3;
    else if (ch === " ") px += 3;
    else if (/[ftr()\-[\]/]/.test(ch)) px += 4;
    else if (/[mw]/.test(ch)) px += 10;
    else if (/[MW]/.test(ch)) px += 11;
    else if (/[a-z]/.test(ch)) px += 6;
    else if (/[0-9]/.test(ch)) px += 7;
    else if (/[A-Z]/.test(ch)) px += 8;
    else px += 8;
  }
  return px;
}

function textOf(cell: LayoutCell): string {
  if (cell === null || typeof cell === "object") return "";
  return String(cell);
}

function corner(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = range.split(":");
  const start = parseCellAddress(a ?? "");
  const end = b === undefined ? start : parseCellAddress(b);
  if (!start || !end) return null;
  return { top: Math.min(start.row, end.row), left: Math.min(start.column, end.column), bottom: Math.max(start.row, end.row), right: Math.max(start.column, end.column) };
}

/**
 * The height for the tallest of these cells (text, the width it wraps in, bold or not), or null
 * when one line fits them all: for layouts that know which cells wrap better than their styles say.
 */
export function fittedRowHeight(cells: readonly { text: LayoutCell; width: number; bold?: boolean }[]): number | null {
  let lines = 1;
  for (const { text, width, bold } of cells) {
    const value = textOf(text);
    if (value !== "") lines = Math.max(lines, countLines(value, width, bold));
  }
  return lines > 1 ? Math.min(MAX_ROW_POINTS, Math.ceil(lines * LINE_POINTS)) : null;
}
