// Cached results for the scoring sheet's formulas, taken from the core's own totals, so a viewer
// that does not recalculate (file previews, mail clients, other libraries) shows the numbers
// Excel would. The formulas stay the truth: workbooks ask Excel to recalculate on load.
import {
  percentHundredths,
  SCORE_COLUMNS as C,
  type CellValue,
  type Hundredths,
  type ScoreSheetLayout,
  type Totals,
} from "../domain";
import type { FormulaResults } from "./writeLayout";

/** Where the results go: each item's row and the total rows (a layout, or a sheet read back). */
export type ResultRows = Pick<ScoreSheetLayout, "rowOf" | "treeTotalRow" | "totalRow">;

export function scoreSheetResults(layout: ResultRows, totals: Totals): FormulaResults {
  const results = new Map<string, CellValue>();
  const set = (row: number, column: number, value: CellValue) => results.set(`${row}:${column}`, value);
  const points = (value: Hundredths) => value / 100;
  // Formulas answer "" where the core has no number (no score yet, no maximum to divide by).
  const optional = (value: Hundredths | null) => (value === null ? "" : value / 100);

  for (const item of totals.items) {
    const r = layout.rowOf[item.code];
    if (r === undefined) continue;
    set(r, C.applicableMax, points(item.applicableMax));
    if (!item.leaf) {
      set(r, C.self, optional(item.self));
      set(r, C.appraised, optional(item.appraised));
      // Layout 3's round-2 subtotal; a sheet of an older layout has no formula there to take it.
      set(r, C.round2, optional(item.round2));
    }
    set(r, C.score, points(item.score));
    set(r, C.lostPoints, points(item.lostPoints));
    set(r, C.percent, optional(item.percent));
  }
  for (const adjustment of totals.adjustments) {
    const r = layout.rowOf[adjustment.code];
    if (r !== undefined) set(r, C.score, points(adjustment.points));
  }
  const { total, areas } = totals;
  const sumPresent = (pick: (a: (typeof areas)[number]) => Hundredths | null) =>
    areas.reduce<Hundredths | null>((sum, area) => (pick(area) === null ? sum : (sum ?? 0) + pick(area)!), null);
  const treeRow = layout.treeTotalRow;
  set(treeRow, C.max, points(total.max));
  set(treeRow, C.applicableMax, points(total.applicableMax));
  set(treeRow, C.self, optional(sumPresent((a) => a.self)));
  set(treeRow, C.appraised, optional(sumPresent((a) => a.appraised)));
  set(treeRow, C.round2, optional(sumPresent((a) => a.round2)));
  set(treeRow, C.score, points(total.treeScore));
  set(treeRow, C.lostPoints, points(total.lostPoints));
  set(treeRow, C.percent, optional(percentHundredths(total.treeScore, total.applicableMax)));
  if (layout.totalRow !== treeRow) {
    const r = layout.totalRow;
    set(r, C.max, points(total.max));
    set(r, C.applicableMax, points(total.applicableMax));
    set(r, C.score, points(total.score));
    set(r, C.lostPoints, points(total.lostPoints));
    set(r, C.percent, optional(total.percent));
  }
  return (row, column) => results.get(`${row}:${column}`);
}
