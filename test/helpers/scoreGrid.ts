// Builds the grid a host would read back from a scoring sheet: the layout's cells with scores
// typed into the input columns, formulas left as their text (the reader only needs inputs).
import type { CellValue } from "../../src/domain/cells";
import type { ScoreSheetLayout } from "../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS } from "../../src/domain/layout/scoreSheetColumns";
import { isFormulaCell } from "../../src/domain/layout/sheetLayout";

export interface TypedScore {
  self?: CellValue;
  appraised?: CellValue;
  notApplicable?: CellValue;
  /** Điểm thẩm định lần 2 (layout 3, column S). */
  round2?: CellValue;
}

export function typeScores(layout: ScoreSheetLayout, scores: Record<string, TypedScore | number>): {
  values: CellValue[][];
  formulas: CellValue[][];
} {
  const values: CellValue[][] = layout.cells.map((row) => row.map((cell) => (isFormulaCell(cell) ? "" : cell)));
  const formulas: CellValue[][] = layout.cells.map((row) => row.map((cell) => (isFormulaCell(cell) ? cell.formula : cell)));
  for (const [code, typed] of Object.entries(scores)) {
    const r = layout.rowOf[code];
    if (r === undefined) throw new Error(`no row for ${code}`);
    const entry = typeof typed === "number" ? { appraised: typed } : typed;
    for (const key of ["self", "appraised", "notApplicable", "round2"] as const) {
      if (entry[key] === undefined) continue;
      values[r]![SCORE_COLUMNS[key]] = entry[key];
      formulas[r]![SCORE_COLUMNS[key]] = entry[key];
    }
  }
  return { values, formulas };
}
