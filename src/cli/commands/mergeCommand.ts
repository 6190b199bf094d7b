// `par-index merge`: the units' returned files gathered into a copy of the master (--out): each
// unit's self scores, evidence and explanations of its own items, cell by cell; conflicts and
// entries outside a unit's part are listed, never copied. Exit 0 when nothing conflicted or fell
// outside (missing items are warnings), 1 otherwise, 2 when a file is refused or cannot be read.
// No input is ever modified; --out follows every command's rule (outputTarget), checked before any
// file is read, and the copy carries cached totals equal to the engine's (viewers that do not
// recalculate show the merged scores' totals).
import path from "node:path";
import { countBySeverity, formatDeadline, indexTemplate, isBlank, formatIssue, planMerge, type MergePlan, type ReturnedSheet, type Template, type UnitProgress } from "../../domain";
import {
  applyCellChanges,
  assignmentOfSheet,
  checkScoreWorkbook,
  chooseMasterSheet,
  readReturnedWorkbook,
  readScoreWorkbook,
  refreshScoreSheetResults,
  refusedReturns,
  WorkbookReadError,
  WorkbookTooLargeError,
  writeWorkbook,
} from "../../node";
import { describeError } from "../describeError";
import { refusalLines } from "../refusalLines";
import { skippedSheetLines } from "../skippedSheetNotes";
import { optionalString, parseCommandArgs } from "../args";
import { expandInputFiles, lockFileNote } from "../inputFiles";
import { OUTPUT_OPTIONS, outputTarget } from "../outputTarget";
import { issueJson } from "../checkReport";
import { renderTable } from "../format";
import { locatedIssueLine } from "../issueLines";
import type { Output } from "../output";
import { SCHEDULE_OPTIONS, scheduleOptions } from "../scheduleArgs";
import { UsageError } from "../usageError";

export async function runMerge(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("merge", argv, {
    ...OUTPUT_OPTIONS,
    json: { type: "boolean" },
    sheet: { type: "string" },
    deadline: SCHEDULE_OPTIONS.deadline!,
    "unit-deadline": SCHEDULE_OPTIONS["unit-deadline"]!,
    keep: { type: "string", multiple: true },
  });
  const [file, ...returnArgs] = args.positionals;
  if (file === undefined) throw new UsageError("Thiếu tệp chấm điểm tổng hợp (.xlsx).", "merge");
  // gui-ve/*.xlsx expanded here where the shell does not; Excel's lock files left out.
  const given = expandInputFiles(returnArgs);
  const returnFiles = given.files;
  if (returnFiles.length === 0) throw new UsageError("Thiếu tệp của đơn vị gửi về (ít nhất một tệp .xlsx).", "merge");
  const sheet = optionalString(args, "sheet");
  const schedule = scheduleOptions(args, "merge");
  const output = await outputTarget(args, "merge", "xlsx", [file, ...returnFiles]);
  const target = output.path;
  const lockNote = lockFileNote(given.lockFiles);
  const notes = lockNote ? [lockNote] : [];

  const result = await readScoreWorkbook(file, sheet === undefined ? {} : { sheet });
  const returns: ReturnedSheet[] = [];
  const refused: string[] = [];
  for (const returnFile of returnFiles) {
    try {
      const read = await readReturnedWorkbook(returnFile);
      notes.push(...skippedSheetLines(returnFile, read.skipped));
      if (read.ok) returns.push(read.returned);
      else refused.push(formatIssue(read.issue));
    } catch (error) {
      // Every unusable return is named, not only the first.
      if (!(error instanceof WorkbookReadError || error instanceof WorkbookTooLargeError)) throw error;
      refused.push(describeError(error));
    }
  }
  const { sheet: masterSheet, master } = chooseMasterSheet(result.sheets, returns);
  refused.push(...refusedReturns(master, returns).map((issue) => formatIssue(issue)));
  if (refused.length > 0) {
    for (const line of refusalLines("merge", refused, `không gộp, chưa ghi ${target}:`, `Không gộp, chưa ghi ${target}.`)) out.problem(line);
    return 2;
  }

  const keep = keptItems(args.values.keep, master.template);
  const plan = planMerge(master, assignmentOfSheet(masterSheet), returns, { ...schedule, today: localToday(), keep });
  applyCellChanges(result.workbook, masterSheet.sheetName, plan.changes);
  // The copied scores change the totals: each scoring sheet's cached results come from a fresh check.
  for (const merged of checkScoreWorkbook(result.workbook, { file }).sheets) {
    refreshScoreSheetResults(result.workbook.getWorksheet(merged.sheetName)!, merged);
  }
  await writeWorkbook(result.workbook, output);
  const clean = plan.conflicts.length === 0 && plan.outside.length === 0;

  if (args.values.json) {
    for (const note of notes) out.problem(note);
    out.json(mergeJson(plan, masterSheet.sheetName, target));
    return clean ? 0 : 1;
  }
  for (const note of notes) out.line(note);
  out.line(`Đã gộp ${returns.length} tệp vào trang «${masterSheet.sheetName}», ghi ${target}: ${plan.changes.length} ô thay đổi.`);
  out.line();
  for (const line of progressLines(plan.progress)) out.line(line);
  if (plan.conflicts.length > 0) {
    out.line();
    out.line(`${plan.conflicts.length} xung đột (giữ nguyên sổ tổng hợp ở các mục này):`);
    for (const conflict of plan.conflicts) {
      const values = conflict.values.map((v) => `${shown(v.value)} («${path.basename(v.file)}»)`).join(", ");
      out.line(`  ${conflict.code} (ô ${conflict.cell}) — ${FIELD_NAMES[conflict.field]}: ${values}`);
    }
  }
  if (plan.settled.length > 0) {
    out.line();
    out.line(`${plan.settled.length} xung đột đã thống nhất (--keep: giữ giá trị đã nhập trong sổ tổng hợp):`);
    for (const conflict of plan.settled) {
      const values = conflict.values.map((v) => `${shown(v.value)} («${path.basename(v.file)}»)`).join(", ");
      out.line(`  ${conflict.code} (ô ${conflict.cell}) — ${FIELD_NAMES[conflict.field]}: giữ ${shown(conflict.master as number | string)}; các tệp gửi: ${values}`);
    }
  }
  if (plan.outside.length > 0) {
    out.line();
    out.line(`${plan.outside.length} mục ngoài phần được giao (không gộp):`);
    for (const entry of plan.outside) {
      const owner = entry.assignedTo.length > 0 ? `giao cho ${entry.assignedTo.join(", ")}` : "không giao cho đơn vị nào";
      out.line(`  «${path.basename(entry.file)}» ô ${entry.cell}: ${entry.code} (${owner})`);
    }
  }
  const warnings = plan.issues.filter((i) => i.severity === "warning");
  if (warnings.length > 0) {
    out.line();
    out.line(`${countBySeverity(warnings).warnings} cảnh báo:`);
    for (const issue of warnings) out.line(locatedIssueLine(issue, path.basename(file)));
  }
  return clean ? 0 : 1;
}

const FIELD_NAMES = { self: "điểm tự đánh giá", evidence: "tài liệu kiểm chứng", explanation: "giải trình" } as const;

export function mergeJson(plan: MergePlan, sheet: string, out: string) {
  return {
    sheet,
    out,
    units: plan.progress.map((unit) => ({
      unit: unit.unit,
      file: unit.files[0] ?? null,
      files: unit.files,
      assigned: unit.assigned,
      scored: unit.scored,
      withEvidence: unit.withEvidence,
      notApplicable: unit.notApplicable,
      missing: unit.missing,
      deadline: unit.deadline,
      daysLeft: unit.daysLeft,
      late: unit.late,
    })),
    conflicts: plan.conflicts.map((c) => ({ code: c.code, files: [...new Set(c.values.map((v) => v.file))], field: c.field, cell: c.cell, master: isBlank(c.master) ? null : c.master, values: c.values })),
    settled: plan.settled.map((c) => ({ code: c.code, field: c.field, cell: c.cell, master: c.master, values: c.values })),
    outside: plan.outside.map((o) => ({ file: o.file, code: o.code, unit: o.unit, fields: o.fields, cell: o.cell, assignedTo: o.assignedTo })),
    changes: plan.changes.map((c) => ({ code: c.code, field: c.field, cell: c.cell, before: isBlank(c.before) ? null : c.before, after: c.after, file: c.file })),
    returns: plan.returns,
    issues: plan.issues.map(issueJson),
  };
}

/** The progress view: assigned / scored / with evidence / missing, against each unit's deadline. */
export function progressLines(progress: readonly UnitProgress[]): string[] {
  const notApplicable = progress.some((unit) => unit.notApplicable > 0);
  const header = ["Đơn vị", "Được giao", "Đã chấm", ...(notApplicable ? ["Không áp dụng"] : []), "Có TLKC/giải trình", "Còn thiếu", "Hạn gửi"];
  const rows = progress.map((unit) => [
    unit.unit,
    String(unit.assigned),
    String(unit.scored),
    ...(notApplicable ? [String(unit.notApplicable)] : []),
    String(unit.withEvidence),
    String(unit.missing.length),
    deadlineText(unit),
  ]);
  return renderTable([header, ...rows], header.map((_, i) => i > 0 && i < header.length - 1));
}

function deadlineText(unit: UnitProgress): string {
  if (!unit.deadline) return "—";
  const date = formatDeadline(unit.deadline);
  if (unit.daysLeft === null) return date;
  if (unit.daysLeft >= 0) return `${date} (còn ${unit.daysLeft} ngày)`;
  return `${date} (${unit.late ? "quá hạn" : "đã qua"} ${-unit.daysLeft} ngày)`;
}

function shown(value: number | string): string {
  return typeof value === "number" ? String(value).replace(".", ",") : `«${value}»`;
}

/** The items of --keep (repeated, or "4.3,5.1"), each a leaf of the master's template. */
function keptItems(given: string | boolean | string[] | undefined, template: Template): Set<string> {
  const codes = (Array.isArray(given) ? given : typeof given === "string" ? [given] : []).flatMap((value) => value.split(/[,\s]+/)).filter(Boolean);
  const index = indexTemplate(template);
  for (const code of codes) {
    if (!index.byCode.get(code)?.leaf) throw new UsageError(`Mục «${code}» (--keep) không phải tiêu chí được chấm trong bộ tiêu chí của sổ tổng hợp.`, "merge");
  }
  return new Set(codes);
}

/** Today on the user's calendar (the deadline is a local date). */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
