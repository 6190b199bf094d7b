// What staff typed in an assignment sheet, kept through a rebuild. The table itself is generated
// from the scoring sheet's columns L and M (that is where an assignment is changed), so its five
// columns are drawn again; but two things there are staff's own and must not be lost silently:
//  - notes in columns right of the table (F, G, …), kept on the row of the same content and lead
//    unit ("Lĩnh vực 2 …" of Sở Tư pháp), or, when that row is gone, below the table with it;
//  - anything below the table (a signature block, remarks, "Nơi nhận"), kept as it was, in the
//    same place under the new table.
// Text, numbers and formulas are kept as typed (read back as formulas).
import { cellText, isBlank, type CellValue, type Grid } from "../cells";
import type { AssignmentSheetLayout } from "./layoutAssignmentSheet";
import { fitRowHeights } from "./rowHeights";
import type { LayoutCell } from "./sheetLayout";

/** The columns read back from an old assignment sheet: the table's five and up to five of notes. */
export const ASSIGNMENT_READ_COLUMNS = 10;
const NOTE_WIDTH = 24;
/** An Stt the table writes: I, II, 3, 3.2. */
const STT = /^(I|II|\d+(\.\d+)?)$/;

export interface AssignmentStaffText {
  /** Notes right of the table by row key (content and lead unit). */
  notes: Map<string, { cells: LayoutCell[]; row: LayoutCell[] }>;
  /** The rows below the table, from the first row that is not a table row to the last with anything in it. */
  below: LayoutCell[][];
}

/** Staff text of an old assignment sheet read from A1 (formulas, so typed formulas stay formulas). */
export function readAssignmentStaffText(formulas: Grid, firstTableRow: number, tableColumns: number): AssignmentStaffText {
  const notes = new Map<string, { cells: LayoutCell[]; row: LayoutCell[] }>();
  let end = firstTableRow;
  while (end < formulas.length && isTableRow(formulas[end] ?? [])) {
    const row = (formulas[end] ?? []).map(asLayoutCell);
    const extra = row.slice(tableColumns);
    if (extra.some((cell) => cell !== null)) notes.set(rowKey(row), { cells: trimEnd(extra), row });
    end += 1;
  }
  let last = formulas.length - 1;
  while (last >= end && (formulas[last] ?? []).every(isBlank)) last -= 1;
  const below = formulas.slice(end, last + 1).map((row) => trimEnd(row.map(asLayoutCell)));
  return { notes, below };
}

/** The new layout with the old sheet's notes and the rows below the table put back. */
export function withStaffText(layout: AssignmentSheetLayout, kept: AssignmentStaffText): AssignmentSheetLayout {
  if (kept.notes.size === 0 && kept.below.length === 0) return layout;
  const tableColumns = layout.columnCount;
  const cells = layout.cells.map((row) => [...row]);
  const placed = new Set<string>();
  for (let r = layout.firstTableRow; r < cells.length; r += 1) {
    const key = rowKey(cells[r]!);
    const note = kept.notes.get(key);
    if (!note || placed.has(key)) continue;
    placed.add(key);
    cells[r] = [...cells[r]!, ...note.cells];
  }
  const orphans = [...kept.notes.entries()].filter(([key]) => !placed.has(key)).map(([, note]) => trimEnd(note.row));
  // What was below the table stays below it (its blank rows included); notes whose row is gone follow after a blank row.
  const below: LayoutCell[][] = [...kept.below, ...(orphans.length > 0 ? [[], ...orphans] : [])];
  cells.push(...below.map((row) => [...row]));
  const columnCount = Math.max(tableColumns, ...cells.map((row) => row.length));
  const square = cells.map((row) => [...row, ...new Array<LayoutCell>(columnCount - row.length).fill(null)]);
  const columnWidths = [...layout.columnWidths, ...new Array<number>(columnCount - layout.columnWidths.length).fill(NOTE_WIDTH)];
  // The table's text format stays on the table: what staff typed is written back as typed (numbers as numbers).
  const next = { ...layout, cells: square, columnCount, columnWidths };
  return { ...next, rowHeights: fitRowHeights(next) };
}

function isTableRow(row: readonly CellValue[]): boolean {
  return STT.test(cellText(row[0]).trim()) && !isBlank(row[1]);
}

function rowKey(row: readonly LayoutCell[]): string {
  const text = (cell: LayoutCell | undefined) => (cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell)).normalize("NFC").trim();
  return `${text(row[1])}\u0000${text(row[2])}`;
}

function asLayoutCell(value: CellValue): LayoutCell {
  if (isBlank(value)) return null;
  if (typeof value === "number") return value;
  const text = String(value);
  return text.startsWith("=") ? { formula: text } : text;
}

function trimEnd(row: LayoutCell[]): LayoutCell[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end -= 1;
  return row.slice(0, end);
}
