// What an older scoring sheet (layout 1 or 2) needs to take the appraisal rounds in place: the
// headers of the new columns, the result formulas that count round 2 and the round-2 subtotals.
// Every value staff typed stays where it is. Refused, with the cells, where staff typed in the
// columns the rounds need, or where item rows were moved (the formulas are written by position).
import { cellAddress, columnLetter, isBlank, rangeAddress, type Grid } from "../cells";
import { makeIssue, type Issue } from "../issues";
import { layoutScoreSheet } from "../layout/layoutScoreSheet";
import { SCORE_COLUMNS as C, SCORE_HEADER_ROW } from "../layout/scoreSheetColumns";
import { scoreColumnKeys, scoreHeaderOf } from "../layout/scoreLayoutVersion";
import type { ConditionalFormatSpec, LayoutCell, ValidationSpec } from "../layout/sheetLayout";
import type { Template } from "../template/schema";
import { STAGES, type StageId } from "./stages";
import { stageLine } from "./stageStatus";
import type { StageState } from "./stageState";

export interface CellBlock {
  /** A1 range. */
  range: string;
  top: number;
  left: number;
  cells: LayoutCell[][];
}

export interface LayoutUpgrade {
  blocks: CellBlock[];
  /** Columns (0-based) whose width the new layout sets. */
  widths: { column: number; width: number }[];
  /** Score cells of S (sub-criteria and bonus/penalty rows) to give the score rule. */
  round2Rows: number[];
  /** Layout 3's rule and over-maximum mark on the round-2 scores, as a new sheet has them. */
  round2Validations: ValidationSpec[];
  round2Marks: ConditionalFormatSpec[];
}

export function upgradeBlockers(template: Template, values: Grid, rowOf: Readonly<Record<string, number>>, headerRow: number, version: 1 | 2, sheet?: string): Issue[] {
  const layout = layoutScoreSheet(template, { layoutVersion: 3 });
  const moved = headerRow !== SCORE_HEADER_ROW || Object.entries(layout.rowOf).some(([code, row]) => rowOf[code] !== row);
  if (moved) return [makeIssue("stage_upgrade_blocked", "error", { reason: "rows_moved", version }, sheet ? { sheet } : {})];
  const first = version === 1 ? C.explanation : C.councilNote;
  const issues: Issue[] = [];
  values.forEach((row, r) => {
    for (let c = first; c <= C.councilNote2; c += 1) {
      if (!isBlank(row?.[c])) issues.push(makeIssue("stage_upgrade_blocked", "error", { reason: "text", version }, { ...(sheet ? { sheet } : {}), cell: cellAddress(r, c) }));
    }
  });
  return issues;
}

/** The writes that make a layout-1 or -2 sheet a layout-3 one (call after upgradeBlockers found nothing). */
export function layoutUpgrade(template: Template, version: 1 | 2, options: { unit?: string; year?: number } = {}): LayoutUpgrade {
  const layout = layoutScoreSheet(template, { layoutVersion: 3, ...options });
  const firstHeader = version === 1 ? C.evidence : C.councilNote;
  const header = layout.cells[SCORE_HEADER_ROW]!;
  const keys = scoreColumnKeys(3).filter((key) => C[key] >= firstHeader);
  const last = layout.cells.length - 1;
  const column = (c: number): CellBlock => ({
    range: rangeAddress(SCORE_HEADER_ROW + 1, c, last, c),
    top: SCORE_HEADER_ROW + 1,
    left: c,
    cells: layout.cells.slice(SCORE_HEADER_ROW + 1).map((row) => [row[c] ?? null]),
  });
  return {
    blocks: [
      { range: rangeAddress(SCORE_HEADER_ROW, firstHeader, SCORE_HEADER_ROW, C.councilNote2), top: SCORE_HEADER_ROW, left: firstHeader, cells: [keys.map((key) => scoreHeaderOf(key, 3) ?? header[C[key]] ?? null)] },
      // The result now takes round 2 first; S holds the subtotals of round 2 (blank where a score is typed).
      column(C.score),
      column(C.round2),
    ],
    widths: keys.map((key) => ({ column: C[key], width: layout.columnWidths[C[key]]! })),
    round2Rows: Object.values(layout.rowOf).filter((row) => layout.cells[row]?.[C.round2] === null),
    round2Validations: layout.validations.filter((spec) => inRound2Column(spec.range)),
    round2Marks: layout.conditionalFormats.filter((spec) => inRound2Column(spec.range)),
  };
}

/** A range of column S alone ("S6:S33"). */
function inRound2Column(range: string): boolean {
  const letter = columnLetter(C.round2);
  return new RegExp(`^${letter}\\d+(:${letter}\\d+)?$`).test(range);
}

const WHAT_IS_OPEN: Readonly<Record<StageId, string>> = {
  self: "đơn vị nhập điểm tự đánh giá (F), tài liệu kiểm chứng (O) và giải trình (P)",
  submitted: "Hội đồng nhập điểm thẩm định (G) và ý kiến thẩm định (Q)",
  appraised: "đơn vị giải trình (R) và bổ sung tài liệu kiểm chứng (O)",
  explained: "Hội đồng nhập điểm thẩm định lần 2 (S) và ý kiến lần 2 (T)",
  final: "không sửa; điểm đạt (H) là kết quả",
};

/** Row 4 of the scoring sheet after a move: the stage, the holder, the deadline and what may be typed. */
export function stageNote(state: StageState): string {
  // The date the line was written is the one it is true on; the pane and `status` count the days live.
  const today = state.at.slice(0, 10);
  return `Giai đoạn: ${stageLine(state, today)}. Ở giai đoạn này ${WHAT_IS_OPEN[STAGES[state.stage].id]}; các ô khác đã khoá.`;
}
