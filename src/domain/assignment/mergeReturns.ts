// "Gộp điểm từ các đơn vị": the units' files back into the master, as the smallest set of cell
// changes. For each unit only its current items are taken — self score, evidence, explanation —
// and a value is written only where it differs from the master's; a blank in a return never
// clears the master. When two returns disagree on an item (one cell naming two units, or a unit
// sending two files), nothing of that item changes and the conflict is listed; anything a file
// holds for an item that is not its unit's is listed as outside, never copied. So gathering the
// same return twice changes nothing, and cells another person may be typing in are left alone.
import { cellAddress, cellText, isBlank, type CellValue } from "../cells";
import { makeIssue, type Issue, type MergeField } from "../issues";
import type { ManagedSheet } from "../layout/metadata";
import type { ScoreSheetRead } from "../layout/readScoreSheet";
import { SCORE_COLUMNS as C } from "../layout/scoreSheetColumns";
import type { SplitRecord } from "../layout/splitRecord";
import { parsePoints } from "../points";
import type { ScoreInput } from "../scoring/scoreInput";
import { NOT_APPLICABLE_MARK } from "../scoring/validateScores";
import type { Template } from "../template/schema";
import { indexTemplate, type TemplateItem } from "../template/tree";
import { masterIdOf, templateFingerprint } from "./masterIdentity";
import { findUnit, type Assignment } from "./resolveAssignment";
import { daysUntil, scheduleFor, type ScheduleOptions } from "./schedule";
import type { MasterSheet } from "./splitSheet";
import { unitKey } from "../unitNames";

export const MERGE_FIELDS: readonly MergeField[] = ["self", "evidence", "explanation"];

/** A unit's file as read back. */
export interface ReturnedSheet {
  /** How reports name the file (as the user gave it). */
  file: string;
  template: Template;
  record: ManagedSheet;
  read: ScoreSheetRead;
}

export type ReturnIdentity = { ok: true; split: SplitRecord } | { ok: false; issue: Issue };

/** Whether a file is a unit's part of this master: made by split, from this template, from this master. */
export function identifyReturn(master: MasterSheet, returned: ReturnedSheet): ReturnIdentity {
  const file = returned.file;
  const split = returned.record.split;
  if (!split) return { ok: false, issue: makeIssue("return_not_split", "error", { file }) };
  if (templateFingerprint(returned.template) !== templateFingerprint(master.template)) {
    return {
      ok: false,
      issue: makeIssue("return_other_template", "error", { file, templateName: returned.template.name, masterTemplateName: master.template.name }),
    };
  }
  if (split.masterId !== masterIdOf(master.record, master.template)) {
    return { ok: false, issue: makeIssue("return_other_master", "error", { file }) };
  }
  if (returned.read.layout.explanation !== null && master.read.layout.explanation === null) {
    return { ok: false, issue: makeIssue("return_newer_layout", "error", { file }) };
  }
  return { ok: true, split };
}

/** A value as gathering compares it: points in hundredths, or tidied text. */
export type MergeValue = number | string;

export interface CellChange {
  code: string;
  field: MergeField;
  /** 0-based sheet row and column in the master, and the A1 address. */
  row: number;
  column: number;
  cell: string;
  before: CellValue;
  /** What to write: points as a number, text as text. */
  after: number | string;
  file: string;
  unit: string;
}

export interface MergeConflict {
  code: string;
  field: MergeField;
  /** The master's cell, left as it is. */
  cell: string;
  master: CellValue;
  values: { file: string; unit: string; value: number | string }[];
}

export interface OutsideEntry {
  file: string;
  unit: string;
  code: string;
  fields: MergeField[];
  /** The first such cell in the returned file. */
  cell: string;
  /** Who the item is assigned to now. */
  assignedTo: string[];
}

export interface UnitProgress {
  unit: string;
  /** The returned files of this unit, in the order given. */
  files: string[];
  assigned: number;
  /** With a self score (after gathering). */
  scored: number;
  /** With evidence or an explanation (after gathering). */
  withEvidence: number;
  /** Marked không áp dụng in the master: nothing to score. */
  notApplicable: number;
  /** Neither scored nor not applicable. */
  missing: string[];
  deadline: string | null;
  /** Days left to the deadline (negative once passed), when both a deadline and today are known. */
  daysLeft: number | null;
  /** Past the deadline with items still missing. */
  late: boolean;
}

export interface ReturnReport {
  file: string;
  unit: string;
  splitAt: string;
  /** Made from the current assignment (its items are the unit's items now). */
  current: boolean;
  /** Assigned to the unit since the file was made. */
  added: string[];
  /** No longer assigned to the unit. */
  removed: string[];
}

export interface MergePlan {
  changes: CellChange[];
  conflicts: MergeConflict[];
  outside: OutsideEntry[];
  progress: UnitProgress[];
  returns: ReturnReport[];
  /** Conflicts settled by the master's own value (MergeOptions.keep): nothing written for them. */
  settled: MergeConflict[];
  issues: Issue[];
}

export interface MergeOptions extends ScheduleOptions {
  /** Today as an ISO date, for the days left to each deadline. */
  today?: string;
  /**
   * Items whose conflicts staff settled by typing the agreed value into the master (`merge --keep
   * 4.3`): where the master holds a value for a disputed field, it stands and the conflict is
   * reported as settled instead.
   */
  keep?: ReadonlySet<string>;
}

interface Candidate {
  file: string;
  unit: string;
  value: MergeValue;
}

/** Gathers returns already identified (identifyReturn) into the master. */
export function planMerge(master: MasterSheet, assignment: Assignment, returns: readonly ReturnedSheet[], options: MergeOptions = {}): MergePlan {
  const index = indexTemplate(master.template);
  const columns: Record<MergeField, number | null> = {
    self: C.self,
    evidence: master.read.layout.evidence ?? C.evidence,
    explanation: master.read.layout.explanation,
  };
  const masterInputs = new Map(master.read.input.items.map((item) => [item.code, item]));
  const masterValue = (item: TemplateItem, field: MergeField) => normalize(field, masterInputs.get(item.code)?.[field], item);

  const issues: Issue[] = [];
  const outside: OutsideEntry[] = [];
  const reports: ReturnReport[] = [];
  const candidates = new Map<string, Map<MergeField, Candidate[]>>();
  const seenFiles = new Set<string>();

  for (const returned of returns) {
    if (seenFiles.has(returned.file)) continue;
    seenFiles.add(returned.file);
    const split = returned.record.split!;
    const unitNow = findUnit(assignment, split.unit);
    const own = new Set(unitNow?.items ?? []);
    const unitName = unitNow?.unit.name ?? split.unit;
    const report = staleness(returned.file, unitName, split, own);
    reports.push(report);
    if (!unitNow) issues.push(makeIssue("return_unit_unknown", "warning", { file: returned.file, unit: split.unit }));
    else if (!report.current) {
      issues.push(makeIssue("return_stale", "warning", { file: returned.file, unit: unitName, splitAt: split.splitAt, added: report.added, removed: report.removed }));
    }

    for (const input of returned.read.input.items) {
      const item = index.byCode.get(input.code);
      if (!item?.leaf) continue;
      if (own.has(item.code)) {
        for (const field of MERGE_FIELDS) {
          const value = normalize(field, input[field], item);
          if (value === null) continue;
          if (value === INVALID) {
            issues.push(makeIssue("return_score_invalid", "warning", { itemCode: item.code, file: returned.file, text: cellText(input.self) }, { sheet: returned.read.input.sheet, cell: input.cells?.self, path: item.path }));
            continue;
          }
          const byField = candidates.get(item.code) ?? new Map<MergeField, Candidate[]>();
          candidates.set(item.code, byField);
          byField.set(field, [...(byField.get(field) ?? []), { file: returned.file, unit: unitName, value }]);
        }
        continue;
      }
      const differing = MERGE_FIELDS.filter((field) => {
        const value = normalize(field, input[field], item);
        return value !== null && value !== masterValue(item, field);
      });
      if (differing.length === 0) continue;
      const assignedTo = assignment.leaves.get(item.code)?.leads.map((u) => u.name) ?? [];
      const cell = cellOf(input, differing[0]!) ?? "";
      outside.push({ file: returned.file, unit: unitName, code: item.code, fields: differing, cell, assignedTo });
      issues.push(
        makeIssue("score_outside_assignment", "error", { itemCode: item.code, file: returned.file, unit: unitName, assignedTo }, { sheet: returned.read.input.sheet, cell, path: item.path }),
      );
    }
  }

  const changes: CellChange[] = [];
  const conflicts: MergeConflict[] = [];
  const settled: MergeConflict[] = [];
  for (const item of index.items) {
    const byField = candidates.get(item.code);
    const row = master.read.rowOf[item.code];
    if (!byField || row === undefined) continue;
    const contested = MERGE_FIELDS.filter((field) => new Set((byField.get(field) ?? []).map((c) => c.value)).size > 1);
    const conflictOf = (field: MergeField): MergeConflict => ({
      code: item.code,
      field,
      cell: cellAddress(row, columns[field] ?? C.evidence),
      master: masterInputs.get(item.code)?.[field] ?? null,
      values: byField.get(field)!.map((c) => ({ file: c.file, unit: c.unit, value: shown(field, c.value) })),
    });
    const disputed: MergeField[] = [];
    for (const field of contested) {
      const kept = masterValue(item, field);
      if (options.keep?.has(item.code) === true && kept !== null && kept !== INVALID) {
        settled.push(conflictOf(field));
        // Settled, the field takes nothing from the returns.
        byField.delete(field);
        continue;
      }
      const conflict = conflictOf(field);
      conflicts.push(conflict);
      disputed.push(field);
      const files = [...new Set(conflict.values.map((v) => v.file))];
      issues.push(makeIssue("merge_conflict", "error", { itemCode: item.code, field, files }, { sheet: master.read.input.sheet, cell: conflict.cell, path: item.path }));
    }
    // The master keeps the whole item when any of its fields is disputed (an explanation goes with
    // the score it explains); what the returns held in its other fields is said, never dropped.
    if (disputed.length > 0) {
      for (const field of MERGE_FIELDS) {
        if (disputed.includes(field)) continue;
        const files = [...new Set((byField.get(field) ?? []).filter((c) => c.value !== masterValue(item, field)).map((c) => c.file))];
        if (files.length === 0) continue;
        const column = columns[field] ?? C.evidence;
        issues.push(
          makeIssue("merge_held_back", "warning", { itemCode: item.code, field, files, disputed }, { sheet: master.read.input.sheet, cell: cellAddress(row, column), path: item.path }),
        );
      }
      continue;
    }
    for (const field of MERGE_FIELDS) {
      const column = columns[field];
      const chosen = byField.get(field)?.[0];
      if (column === null || !chosen || chosen.value === masterValue(item, field)) continue;
      changes.push({
        code: item.code,
        field,
        row,
        column,
        cell: cellAddress(row, column),
        before: masterInputs.get(item.code)?.[field] ?? null,
        after: shown(field, chosen.value),
        file: chosen.file,
        unit: chosen.unit,
      });
    }
  }

  const changed = new Set(changes.map((change) => `${change.code}:${change.field}`));
  const progress = assignment.units.map((unit): UnitProgress => {
    const present = (item: TemplateItem, field: MergeField) =>
      changed.has(`${item.code}:${field}`) || (masterValue(item, field) !== null && masterValue(item, field) !== INVALID);
    let scored = 0;
    let withEvidence = 0;
    let notApplicable = 0;
    const missing: string[] = [];
    for (const code of unit.items) {
      const item = index.byCode.get(code)!;
      if (present(item, "evidence") || present(item, "explanation")) withEvidence += 1;
      if (isNotApplicable(item, masterInputs)) notApplicable += 1;
      else if (present(item, "self")) scored += 1;
      else missing.push(code);
    }
    const files = reports.filter((r) => unitKey(r.unit) === unit.unit.key).map((r) => r.file);
    const latest = returns
      .filter((r) => files.includes(r.file))
      .map((r) => r.record.split!)
      .sort((a, b) => (a.splitAt < b.splitAt ? 1 : -1))[0];
    const deadline = latest?.deadline ?? scheduleFor(options, unit.unit.name).deadline ?? null;
    const daysLeft = deadline && options.today ? daysUntil(deadline, options.today) : null;
    return {
      unit: unit.unit.name,
      files,
      assigned: unit.items.length,
      scored,
      withEvidence,
      notApplicable,
      missing,
      deadline,
      daysLeft,
      late: daysLeft !== null && daysLeft < 0 && missing.length > 0,
    };
  });
  return { changes, conflicts, outside, progress, returns: reports, settled, issues };
}

const INVALID = Symbol("invalid");

/** Points in hundredths for a self score (INVALID when not a valid score), tidied text otherwise; null when blank. */
function normalize(field: MergeField, value: CellValue, item: TemplateItem): MergeValue | typeof INVALID | null {
  if (isBlank(value)) return null;
  if (field === "self") {
    if (typeof value === "boolean") return INVALID;
    const parsed = parsePoints(value as number | string);
    return parsed.ok && parsed.value <= item.max ? parsed.value : INVALID;
  }
  const text = String(value).normalize("NFC").replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").trim();
  return text === "" ? null : text;
}

function shown(field: MergeField, value: MergeValue): number | string {
  return field === "self" ? (value as number) / 100 : value;
}

function cellOf(input: ScoreInput, field: MergeField): string | undefined {
  return input.cells?.[field];
}

function isNotApplicable(item: TemplateItem, inputs: ReadonlyMap<string, ScoreInput>): boolean {
  return item.path.some((code) => {
    const mark = inputs.get(code)?.notApplicable;
    return typeof mark === "string" && mark.trim().toLowerCase() === NOT_APPLICABLE_MARK;
  });
}

function staleness(file: string, unit: string, split: SplitRecord, own: ReadonlySet<string>): ReturnReport {
  const then = new Set(split.items);
  const added = [...own].filter((code) => !then.has(code));
  const removed = split.items.filter((code) => !own.has(code));
  return { file, unit, splitAt: split.splitAt, current: added.length === 0 && removed.length === 0, added, removed };
}
