// Where a scoring sheet stands, as the pane, the sheet's title and `par-index status` say it: the
// stage, who holds the workbook, the deadline and the days left, the next move and what blocks it.
import { daysUntil, formatDeadline } from "../assignment/schedule";
import type { Issue } from "../issues";
import { HOLDER_LABELS, nextStage, STAGES, type Holder, type StageId } from "./stages";
import type { StageState } from "./stageState";
import type { HistoryEntry } from "./history";
import { readinessIssues } from "./readiness";
import { tamperFindings, type StageSheet } from "./moveStage";
import { takeSnapshot } from "./snapshot";

export interface StageStatus {
  stage: StageId;
  label: string;
  holder: Holder | null;
  deadline?: string;
  /** Whole days left until the deadline (negative: overdue), from `today`. */
  daysLeft?: number;
  next: StageId | null;
  /** What stands between the sheet and the next move (cells changed that should not have been, then readiness). */
  blocking: Issue[];
  history: HistoryEntry[];
}

export function stageStatus(sheet: StageSheet, today: string): StageStatus {
  const { state } = sheet;
  const next = nextStage(state.stage);
  const blocking = next === null ? [] : blockingIssues(sheet, next);
  return {
    stage: state.stage,
    label: STAGES[state.stage].label,
    holder: STAGES[state.stage].holder,
    ...(state.deadline ? { deadline: state.deadline, daysLeft: daysUntil(state.deadline, today) } : {}),
    next,
    blocking,
    history: sheet.history.entries,
  };
}

function blockingIssues(sheet: StageSheet, next: StageId): Issue[] {
  const tamper = tamperFindings(sheet, takeSnapshot(sheet.values, sheet.check.rowOf));
  return [...tamper.issues, ...readinessIssues(sheet.template, sheet.check, sheet.values, next, sheet.sheetName)];
}

/** «còn 3 ngày», «hạn hôm nay», «quá hạn 2 ngày». */
export function daysLeftText(days: number): string {
  if (days > 0) return `còn ${days} ngày`;
  if (days === 0) return "hạn hôm nay";
  return `quá hạn ${-days} ngày`;
}

/** One line: «Đã nộp — Hội đồng thẩm định giữ tệp; hạn 10/12/2026 (còn 3 ngày)». */
export function stageLine(state: StageState, today: string): string {
  const info = STAGES[state.stage];
  const holder = info.holder ? `${capitalize(HOLDER_LABELS[info.holder])} giữ tệp` : "Kết quả đã chốt, không ai sửa";
  const deadline = state.deadline && info.holder ? `; hạn ${formatDeadline(state.deadline)} (${daysLeftText(daysUntil(state.deadline, today))})` : "";
  return `${info.label} — ${holder}${deadline}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
