// `par-index stage` moves a scoring workbook one stage on (or back, with a reason) in the appraisal
// rounds and writes the result to --out; `par-index status` says where it stands. Exit 0 moved
// (or status read), 1 not ready or changed where it should not have been (nothing written), 2 a
// wrong move or call.
import { randomUUID } from "node:crypto";
import {
  daysLeftText,
  formatDeadline,
  formatIssue,
  formatPoints,
  isStageId,
  nextStage,
  parseDeadline,
  possibleMoves,
  stageLabel,
  stageStatus,
  STAGE_IDS,
  STAGES,
  HOLDER_LABELS,
  type Issue,
  type LockedCellChange,
} from "../../domain";
import { earlierCopyOf, moveStageInWorkbook, readScoreWorkbook, stageSheetOf, writeWorkbook, type ScoreWorkbookCheck } from "../../node";
import { optionalString, parseCommandArgs, positionals } from "../args";
import { issueLines } from "../issueLines";
import { OUTPUT_OPTIONS, outputTarget } from "../outputTarget";
import type { Output } from "../output";
import { noteSkippedSheets } from "../skippedSheetNotes";
import { UsageError } from "../usageError";

/** The moment of the move: the clock, unless a script fixes it (PAR_INDEX_NOW, an ISO timestamp) to make outputs reproducible. */
function now(): Date {
  const fixed = process.env.PAR_INDEX_NOW;
  const at = fixed ? new Date(fixed) : new Date();
  return Number.isNaN(at.getTime()) ? new Date() : at;
}

function onlySheet(result: ScoreWorkbookCheck, file: string) {
  if (result.sheets.length > 1) {
    throw new UsageError(`Tệp ${file} có ${result.sheets.length} trang chấm điểm; chọn một bằng --sheet.`, "stage");
  }
  return result.sheets[0]!;
}

const issueJson = (issue: Issue) => ({ code: issue.code, cell: issue.cell ?? null, severity: issue.severity, message: formatIssue(issue, "vi") });
const changeJson = (change: LockedCellChange) => ({ cell: change.cell, before: change.before, after: change.after });

export async function runStage(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("stage", argv, {
    by: { type: "string" },
    note: { type: "string" },
    deadline: { type: "string" },
    against: { type: "string" },
    sheet: { type: "string" },
    json: { type: "boolean" },
    ...OUTPUT_OPTIONS,
  });
  const [file, target] = positionals(args, ["tệp chấm điểm (.xlsx)", "giai đoạn"], "stage") as [string, string];
  if (!isStageId(target)) {
    throw new UsageError(`Không có giai đoạn «${target}»; các giai đoạn: ${STAGE_IDS.join(", ")}.`, "stage");
  }
  const deadlineText = optionalString(args, "deadline");
  const deadline = deadlineText === undefined ? undefined : parseDeadline(deadlineText);
  if (deadline === null) throw new UsageError(`Hạn «${deadlineText}» không phải ngày hợp lệ (dạng dd/mm/yyyy, ví dụ 25/01/2022).`, "stage");
  const againstFile = optionalString(args, "against");
  const sheetName = optionalString(args, "sheet");
  const output = await outputTarget(args, "stage", "xlsx", [file, ...(againstFile ? [againstFile] : [])]);

  const result = await readScoreWorkbook(file, sheetName === undefined ? {} : { sheet: sheetName });
  const scored = onlySheet(result, file);
  let earlier;
  if (againstFile) {
    const other = await readScoreWorkbook(againstFile, { sheet: scored.sheetName, readOnly: true });
    noteSkippedSheets(out, againstFile, other.skipped, args.values.json === true);
    earlier = earlierCopyOf(other, onlySheet(other, againstFile));
  }
  const note = optionalString(args, "note");
  const by = optionalString(args, "by");
  const outcome = moveStageInWorkbook(
    result,
    scored,
    { to: target, now: now().toISOString(), ...(by ? { by } : {}), ...(note ? { note } : {}), ...(deadline ? { deadline } : {}), ...(earlier ? { earlier } : {}) },
    randomUUID,
  );
  const json = args.values.json === true;
  if (!outcome.ok) {
    const code = outcome.reason === "wrong_move" ? 2 : 1;
    if (json) {
      out.json({ from: outcome.from, to: outcome.to, file: null, moved: false, reason: outcome.reason, issues: outcome.issues.map(issueJson), changed: outcome.changed.map(changeJson) });
      return code;
    }
    if (outcome.reason === "wrong_move") {
      for (const issue of outcome.issues) out.problem(formatIssue(issue, "vi"));
      return code;
    }
    out.problem(
      outcome.reason === "tampered"
        ? `Không chuyển «${stageLabel(outcome.from)}» → «${stageLabel(outcome.to)}»: có ô đã bị sửa mà bên giữ tệp không được sửa; chưa ghi gì.`
        : `Chưa chuyển được «${stageLabel(outcome.from)}» → «${stageLabel(outcome.to)}»; chưa ghi gì. Cần xử lý:`,
    );
    for (const line of issueLines(outcome.issues, file)) out.problem(line);
    return code;
  }
  await writeWorkbook(result.workbook, output);
  if (json) {
    out.json({ from: outcome.from, to: outcome.to, file: output.path, moved: true, issues: outcome.warnings.map(issueJson), changed: [] });
    return 0;
  }
  const holder = STAGES[outcome.to].holder;
  out.line(
    `Đã chuyển trang «${scored.sheetName}» từ «${stageLabel(outcome.from)}» sang «${stageLabel(outcome.to)}» (${outcome.direction === "back" ? "mở lại" : "tiến một bước"}); ghi ra ${output.path}.`,
  );
  out.line(
    holder
      ? `Bên giữ tệp: ${HOLDER_LABELS[holder]}${outcome.state.deadline ? `, hạn ${formatDeadline(outcome.state.deadline)}` : ""}. Trang đã khoá trừ các ô của bên này; lịch sử thêm dòng ${outcome.entries.length}.`
      : `Kết quả đã chốt: ${formatPoints(outcome.entry.totals.result)} điểm. Trang đã khoá; lịch sử thêm dòng ${outcome.entries.length}.`,
  );
  if (outcome.warnings.length > 0) {
    out.line(`${outcome.warnings.length} cảnh báo (không chặn việc nộp):`);
    for (const line of issueLines(outcome.warnings, file, { group: true })) out.line(line);
  }
  return 0;
}

export async function runStatus(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("status", argv, { sheet: { type: "string" }, json: { type: "boolean" } });
  const [file] = positionals(args, ["tệp chấm điểm (.xlsx)"], "status") as [string];
  const sheetName = optionalString(args, "sheet");
  const result = await readScoreWorkbook(file, { readOnly: true, ...(sheetName === undefined ? {} : { sheet: sheetName }) });
  noteSkippedSheets(out, file, result.skipped, args.values.json === true);
  const scored = onlySheet(result, file);
  const today = now().toISOString().slice(0, 10);
  const status = stageStatus(stageSheetOf(result, scored), today);
  if (args.values.json === true) {
    out.json({
      stage: status.stage,
      holder: status.holder,
      deadline: status.deadline ?? null,
      daysLeft: status.daysLeft ?? null,
      next: status.next,
      blocking: status.blocking.map(issueJson),
      history: status.history.map((entry) => ({ at: entry.at, from: entry.from, to: entry.to, by: entry.by, note: entry.note })),
    });
    return 0;
  }
  out.line(`Trang «${scored.sheetName}»: ${status.label}.`);
  out.line(
    status.holder
      ? `Bên giữ tệp: ${HOLDER_LABELS[status.holder]}${status.deadline ? `; hạn ${formatDeadline(status.deadline)} (${daysLeftText(status.daysLeft!)})` : ""}.`
      : "Kết quả đã chốt; không ai sửa được nữa.",
  );
  const next = nextStage(status.stage);
  if (next) {
    out.line(
      status.blocking.length === 0
        ? `Bước tiếp theo: «${stageLabel(next)}» — sẵn sàng (par-index stage ${file} ${next} --out <tệp>).`
        : `Bước tiếp theo: «${stageLabel(next)}» — còn ${status.blocking.length} việc cần xử lý:`,
    );
    for (const line of issueLines(status.blocking, file, { group: true })) out.line(line);
  }
  const back = possibleMoves(status.stage).filter((stage) => stage !== next);
  if (back.length > 0) out.line(`Có thể mở lại về «${stageLabel(back[0]!)}» (kèm --note lý do).`);
  if (status.history.length > 0) {
    out.line();
    out.line("Lịch sử:");
    for (const entry of status.history) {
      out.line(`  ${entry.at.slice(0, 16).replace("T", " ")} ${stageLabel(entry.from)} → ${stageLabel(entry.to)}${entry.by ? ` · ${entry.by}` : ""}${entry.note ? ` · ${entry.note}` : ""}`);
    }
  }
  return 0;
}
