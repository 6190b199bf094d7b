// What every computed cell of a scoring sheet must hold after a spreadsheet engine recalculates
// it — applicable maxima, subtotals, scores, lost points, percentages, totals — taken from the
// core's computeTotals, and the cells where an engine's values differ.
import { cellAddress, type CellValue } from "../../src/domain/cells";
import type { ScoreSheetLayout } from "../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import { percentHundredths, type Hundredths } from "../../src/domain/points";
import type { Totals } from "../../src/domain/scoring/computeTotals";

export interface ExpectedCell {
  row: number;
  column: number;
  /** Points in hundredths, or null where the formula answers "". */
  hundredths: Hundredths | null;
  what: string;
}

export function expectedCells(layout: Pick<ScoreSheetLayout, "rowOf" | "totalRow" | "treeTotalRow"> & { layoutVersion?: number }, totals: Totals): ExpectedCell[] {
  // Layout 3's round-2 subtotals (S) are shown on parents and the tree total like F and G's.
  const rounds = layout.layoutVersion === 3;
  const cells: ExpectedCell[] = [];
  const add = (row: number, column: number, hundredths: Hundredths | null, what: string) => cells.push({ row, column, hundredths, what });
  for (const item of totals.items) {
    const r = layout.rowOf[item.code]!;
    add(r, C.applicableMax, item.applicableMax, `${item.code} điểm tối đa áp dụng`);
    if (!item.leaf) {
      add(r, C.self, item.self, `${item.code} tự đánh giá`);
      add(r, C.appraised, item.appraised, `${item.code} thẩm định`);
      if (rounds) add(r, C.round2, item.round2, `${item.code} thẩm định lần 2`);
    }
    add(r, C.score, item.score, `${item.code} điểm đạt`);
    add(r, C.lostPoints, item.lostPoints, `${item.code} điểm bị trừ`);
    add(r, C.percent, item.percent, `${item.code} tỷ lệ`);
  }
  for (const adjustment of totals.adjustments) add(layout.rowOf[adjustment.code]!, C.score, adjustment.points, `${adjustment.code} điểm`);
  const { total, areas } = totals;
  const present = (pick: (a: (typeof areas)[number]) => Hundredths | null) =>
    areas.some((a) => pick(a) !== null) ? areas.reduce((sum, a) => sum + (pick(a) ?? 0), 0) : null;
  const tree = layout.treeTotalRow;
  add(tree, C.max, total.max, "tổng điểm tối đa");
  add(tree, C.applicableMax, total.applicableMax, "tổng điểm tối đa áp dụng");
  add(tree, C.self, present((a) => a.self), "tổng tự đánh giá");
  add(tree, C.appraised, present((a) => a.appraised), "tổng thẩm định");
  if (rounds) add(tree, C.round2, present((a) => a.round2), "tổng thẩm định lần 2");
  add(tree, C.score, total.treeScore, "tổng điểm các lĩnh vực");
  add(tree, C.lostPoints, total.lostPoints, "tổng điểm bị trừ");
  add(tree, C.percent, percentHundredths(total.treeScore, total.applicableMax), "tỷ lệ các lĩnh vực");
  if (layout.totalRow !== tree) {
    add(layout.totalRow, C.score, total.score, "tổng cộng gồm điểm thưởng, điểm trừ");
    add(layout.totalRow, C.lostPoints, total.lostPoints, "tổng điểm bị trừ (dòng tổng cộng)");
    add(layout.totalRow, C.percent, total.percent, "tỷ lệ tổng cộng");
  }
  return cells;
}

export interface Mismatch {
  cell: string;
  what: string;
  expected: number | "";
  actual: CellValue;
}

/** Cells whose recalculated value is not exactly the core's number (to the hundredth) or "". */
export function mismatches(values: readonly (readonly CellValue[])[], expected: readonly ExpectedCell[]): Mismatch[] {
  const out: Mismatch[] = [];
  for (const cell of expected) {
    const actual = values[cell.row]?.[cell.column];
    const want = cell.hundredths === null ? "" : cell.hundredths / 100;
    const blank = actual === "" || actual === null || actual === undefined;
    const same = want === "" ? blank : typeof actual === "number" && actual === want;
    if (!same) out.push({ cell: cellAddress(cell.row, cell.column), what: cell.what, expected: want, actual });
  }
  return out;
}
