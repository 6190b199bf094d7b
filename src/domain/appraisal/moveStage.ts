// One move of a scoring sheet between stages, as a pure decision: refused (a wrong move, not
// ready, or cells changed that the holder could not change) or the new stage record, the picture
// of the typed cells, the history row and the cells left open for the next holder. Hosts write
// all of it in one action or nothing.
import { cellText, rangeAddress, type Grid } from "../cells";
import { makeIssue, type Issue } from "../issues";
import { SCORE_COLUMNS as C, SCORE_HEADERS, type ScoreColumnKey } from "../layout/scoreSheetColumns";
import { runs } from "../layout/layoutScoreSheet";
import type { Template } from "../template/schema";
import { indexTemplate } from "../template/tree";
import type { ScoreCheck } from "../workflow";
import type { HistoryEntry, HistoryRead } from "./history";
import { readinessIssues } from "./readiness";
import { roundTotals } from "./roundTotals";
import { changedItemCount, snapshotChanges, takeSnapshot, type LockedCellChange, type Snapshot } from "./snapshot";
import { moveDirection, possibleMoves, SCORE_INPUT_COLUMNS, STAGES, TRACKED_COLUMNS, type StageId } from "./stages";
import { STAGE_FORMAT_VERSION, type StageState } from "./stageState";

/** A scoring sheet as the rounds see it: checked, its cells, where it stands and what it kept. */
export interface StageSheet {
  sheetName: string;
  template: Template;
  values: Grid;
  check: ScoreCheck;
  state: StageState;
  /** The picture taken at the last move; null before the first. */
  snapshot: Snapshot | null;
  history: HistoryRead;
  /** 1-based sheet row of the history sheet's first entry, to place its issues. */
  historyFirstRow?: number;
}

/** The sender's own copy as it was sent, to compare a returned file with. */
export interface EarlierCopy {
  state: StageState;
  snapshot: Snapshot;
  history: HistoryRead;
}

export interface MoveRequest {
  to: StageId;
  by?: string;
  note?: string;
  /** For the next holder, ISO date. */
  deadline?: string;
  /** ISO timestamp of the move. */
  now: string;
  earlier?: EarlierCopy;
}

export type MoveRefusal = "wrong_move" | "not_ready" | "tampered";

export type MoveOutcome =
  | { ok: false; from: StageId; to: StageId; reason: MoveRefusal; issues: Issue[]; changed: LockedCellChange[] }
  | {
      ok: true;
      from: StageId;
      to: StageId;
      direction: "forward" | "back";
      state: StageState;
      snapshot: Snapshot;
      entry: HistoryEntry;
      entries: HistoryEntry[];
      /** A1 ranges of the scoring sheet its next holder may change; everything else is locked. */
      unlocked: string[];
      /** Warnings shown with the move (check warnings when submitting). */
      warnings: Issue[];
    };

export function moveStage(sheet: StageSheet, request: MoveRequest): MoveOutcome {
  const from = sheet.state.stage;
  const { to } = request;
  const refuse = (reason: MoveRefusal, issues: Issue[], changed: LockedCellChange[] = []): MoveOutcome => ({ ok: false, from, to, reason, issues, changed });
  const direction = moveDirection(from, to);
  if (direction === null) {
    return refuse("wrong_move", [makeIssue("stage_move_invalid", "error", { from, to, possible: possibleMoves(from) }, {})]);
  }
  const note = request.note?.trim() ?? "";
  if (direction === "back" && note === "") return refuse("wrong_move", [makeIssue("stage_note_required", "error", { from, to }, {})]);

  const current = takeSnapshot(sheet.values, sheet.check.rowOf);
  if (direction === "forward") {
    const tamper = tamperFindings(sheet, current, request.earlier);
    if (tamper.issues.length > 0) return refuse("tampered", tamper.issues, tamper.changed);
    const blocking = readinessIssues(sheet.template, sheet.check, sheet.values, to, sheet.sheetName);
    if (blocking.length > 0) return refuse("not_ready", blocking);
  }
  const entry: HistoryEntry = {
    at: request.now,
    from,
    to,
    by: request.by?.trim() ?? "",
    note,
    ...(request.deadline ? { deadline: request.deadline } : {}),
    totals: roundTotals(sheet.check.totals),
    changedItems: changedItemCount(sheet.snapshot ?? {}, current),
  };
  const entries = [...sheet.history.entries, entry];
  return {
    ok: true,
    from,
    to,
    direction,
    state: { format: STAGE_FORMAT_VERSION, stage: to, ...(request.deadline ? { deadline: request.deadline } : {}), at: request.now, moves: entries.length },
    snapshot: current,
    entry,
    entries,
    unlocked: unlockedRanges(sheet.template, sheet.check.rowOf, to),
    warnings: direction === "forward" && to === "submitted" ? sheet.check.issues.filter((issue) => issue.severity === "warning") : [],
  };
}

/** Columns the holder of `stage` could not change. */
export function lockedColumns(stages: readonly StageId[]): ScoreColumnKey[] {
  const open = new Set(stages.flatMap((stage) => STAGES[stage].columns));
  return TRACKED_COLUMNS.filter((column) => !open.has(column));
}

/**
 * What was changed that should not have been: the stage record against the history, the history
 * against itself, the cells the holder could not change against the picture of the last move and,
 * given the sender's earlier copy, the history and those cells against it too.
 */
export function tamperFindings(sheet: StageSheet, current: Snapshot, earlier?: EarlierCopy): { issues: Issue[]; changed: LockedCellChange[] } {
  const issues: Issue[] = [];
  const changed: LockedCellChange[] = [];
  const where = { sheet: sheet.sheetName };
  const firstRow = sheet.historyFirstRow ?? 1;
  const { entries, damaged, raw } = sheet.history;
  for (const row of damaged) issues.push(makeIssue("stage_history_damaged", "error", { row }, {}));
  entries.forEach((entry, i) => {
    const previous = i === 0 ? "self" : entries[i - 1]!.to;
    if (entry.from !== previous || moveDirection(entry.from, entry.to) === null) {
      issues.push(makeIssue("stage_history_skip", "error", { row: firstRow + i, from: entry.from, to: entry.to }, {}));
    }
  });
  const last = entries[entries.length - 1];
  if (entries.length !== sheet.state.moves || (last ? last.to : "self") !== sheet.state.stage) {
    issues.push(
      makeIssue("stage_record_mismatch", "error", { stage: sheet.state.stage, moves: sheet.state.moves, historyStage: last?.to ?? null, historyMoves: entries.length }, {}),
    );
  }
  const report = (list: LockedCellChange[], against: "workbook" | "earlier") => {
    for (const change of list) {
      changed.push(change);
      issues.push(
        makeIssue(
          "stage_locked_cell_changed",
          "error",
          { itemCode: change.code, column: `«${SCORE_HEADERS[change.column]}» (cột ${cellText(change.cell).replace(/\d+$/, "")})`, before: text(change.before), after: text(change.after), against },
          { ...where, cell: change.cell },
        ),
      );
    }
  };
  if (sheet.snapshot) report(snapshotChanges(sheet.snapshot, current, lockedColumns([sheet.state.stage]), sheet.check.rowOf), "workbook");
  if (earlier) {
    if (earlier.history.raw.length > raw.length) {
      issues.push(makeIssue("stage_earlier_newer", "error", { earlierMoves: earlier.history.raw.length, moves: raw.length }, {}));
    } else {
      earlier.history.raw.forEach((row, i) => {
        if (row.join("\u0000") !== raw[i]!.join("\u0000")) issues.push(makeIssue("stage_history_rewritten", "error", { row: firstRow + i }, {}));
      });
      // Since the copy was sent, the holders of the stages the file went through may have changed their columns; nobody else.
      const visited = [earlier.state.stage, ...entries.slice(earlier.history.entries.length).map((entry) => entry.to)];
      const already = new Set(changed.map((change) => change.cell));
      report(
        snapshotChanges(earlier.snapshot, current, lockedColumns(visited), sheet.check.rowOf).filter((change) => !already.has(change.cell)),
        "earlier",
      );
    }
  }
  return { issues, changed };
}

function text(value: number | string | null): string {
  return value === null ? "" : String(value);
}

/** The cells the holder of `stage` may change: its columns on every item row, score columns only where scores are typed. */
export function unlockedRanges(template: Template, rowOf: Readonly<Record<string, number>>, stage: StageId): string[] {
  const index = indexTemplate(template);
  const columns = STAGES[stage].columns;
  const adjustments = new Set(index.adjustments.map((a) => a.code));
  const allRows: number[] = [];
  const scoreRows: number[] = [];
  const itemRows: number[] = [];
  for (const [code, row] of Object.entries(rowOf)) {
    allRows.push(row);
    if (!adjustments.has(code)) itemRows.push(row);
    if (adjustments.has(code) || index.byCode.get(code)?.leaf === true) scoreRows.push(row);
  }
  const ranges: string[] = [];
  for (const column of columns) {
    // "Không áp dụng", units and notes belong to items; bonus and penalty rows have only scores and notes.
    const rows = SCORE_INPUT_COLUMNS.has(column) ? scoreRows : column === "notApplicable" || column === "leadUnit" || column === "coUnits" ? itemRows : allRows;
    for (const [a, b] of runs(rows)) ranges.push(rangeAddress(a, C[column], b, C[column]));
  }
  return ranges;
}
