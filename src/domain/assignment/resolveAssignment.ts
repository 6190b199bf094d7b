// Phân công: who scores each item. A leaf's scoring units are the đơn vị chủ trì written on it or,
// when its cell is blank, on the nearest item above it — so "Sở Tư pháp: lĩnh vực 2" covers all of
// lĩnh vực 2 unless a lower row names another unit (seed 003's "trừ tiêu chí thành phần 3.2.5").
// Co-operating units are inherited the same way. Items scored by survey (điều tra XHH, SIPAS) are
// nobody's to self-score; any other leaf without a unit is unassigned, a warning at its cell.
import { isBlank, type CellValue, type Grid } from "../cells";
import { makeIssue, type Issue } from "../issues";
import { readScoreSheet, type ReadScoreSheetOptions, type ScoreSheetRead } from "../layout/readScoreSheet";
import { methodOf } from "../scoring/methodTotals";
import type { ScoringMethod, Template } from "../template/schema";
import { indexTemplate, type TemplateIndex } from "../template/tree";
import { unitKey } from "../unitNames";
import { readUnitList, type UnitName } from "./unitNames";

/** The Đơn vị chủ trì / phối hợp cells of one item, as the sheet (or the template) holds them. */
export interface AssignmentCells {
  leadUnit?: CellValue;
  coUnits?: CellValue;
  cells?: { leadUnit?: string; coUnits?: string };
}

export interface LeafAssignment {
  code: string;
  /** The units that score it: several when its cell names several (separated by ";"). */
  leads: UnitName[];
  /** Units that help with evidence (never one of the leads). */
  coUnits: UnitName[];
  /** The item whose Đơn vị chủ trì cell decided: the leaf itself or an item above it; null when none. */
  decidedBy: string | null;
  method: ScoringMethod;
  /** Self-scored (not by survey). */
  selfScored: boolean;
}

export interface UnitAssignment {
  unit: UnitName;
  /** The self-scored leaves it scores, in sheet order. */
  items: string[];
  /** Units named as co-operating on its items, in order of first appearance. */
  coUnits: UnitName[];
}

export interface Assignment {
  /** Units in order of their first item in the sheet. */
  units: UnitAssignment[];
  leaves: ReadonlyMap<string, LeafAssignment>;
  /** Self-scored leaves no unit scores. */
  unassigned: string[];
  /** Leaves scored by survey, which nobody self-scores. */
  surveyed: string[];
  /** One warning per unassigned leaf, at its Đơn vị chủ trì cell. */
  issues: Issue[];
}

/** The assignment as the scoring sheet holds it now (columns L and M as staff edited them). */
export function assignmentFromSheet(template: Template, read: ScoreSheetRead): Assignment {
  const cells = new Map<string, AssignmentCells>();
  for (const item of read.input.items) {
    cells.set(item.code, {
      leadUnit: item.leadUnit,
      coUnits: item.coUnits,
      cells: { ...(item.cells?.leadUnit ? { leadUnit: item.cells.leadUnit } : {}), ...(item.cells?.coUnits ? { coUnits: item.cells.coUnits } : {}) },
    });
  }
  return resolveAssignment(template, cells, read.input.sheet);
}

/** The assignment the template itself carries (before any sheet exists). */
export function assignmentFromTemplate(template: Template): Assignment {
  const cells = new Map<string, AssignmentCells>();
  for (const item of indexTemplate(template).items) {
    cells.set(item.code, { leadUnit: item.criterion.leadUnit, coUnits: item.criterion.coUnits });
  }
  return resolveAssignment(template, cells);
}

export function resolveAssignment(template: Template, cells: ReadonlyMap<string, AssignmentCells>, sheet?: string): Assignment {
  const index = indexTemplate(template);
  const leaves = new Map<string, LeafAssignment>();
  const units = new Map<string, UnitAssignment>();
  const unassigned: string[] = [];
  const surveyed: string[] = [];
  const issues: Issue[] = [];

  for (const item of index.items) {
    if (!item.leaf) continue;
    const lead = nearest(index, item.path, cells, "leadUnit");
    const co = nearest(index, item.path, cells, "coUnits");
    const leads = lead ? readUnitList(lead.value) : [];
    const leadKeys = new Set(leads.map((u) => u.key));
    const coUnits = (co ? readUnitList(co.value) : []).filter((u) => !leadKeys.has(u.key));
    const method = methodOf(index, item);
    const selfScored = method === "tu_danh_gia";
    leaves.set(item.code, { code: item.code, leads, coUnits, decidedBy: lead?.code ?? null, method, selfScored });
    if (!selfScored) {
      surveyed.push(item.code);
      continue;
    }
    if (leads.length === 0) {
      unassigned.push(item.code);
      issues.push(makeIssue("item_unassigned", "warning", { itemCode: item.code }, { sheet, cell: cells.get(item.code)?.cells?.leadUnit, path: item.path }));
      continue;
    }
    for (const unit of leads) {
      let entry = units.get(unit.key);
      if (!entry) {
        entry = { unit, items: [], coUnits: [] };
        units.set(unit.key, entry);
      }
      entry.items.push(item.code);
      for (const helper of coUnits) {
        if (!entry.coUnits.some((u) => u.key === helper.key)) entry.coUnits.push(helper);
      }
    }
  }
  return { units: [...units.values()], leaves, unassigned, surveyed, issues };
}

/** The unit of this name in the assignment (matched after trimming, case and Unicode normalisation). */
export function findUnit(assignment: Assignment, name: string): UnitAssignment | undefined {
  const key = unitKey(name);
  return assignment.units.find((unit) => unit.unit.key === key);
}

/** The leaves a unit scores, as a set. */
export function itemsOf(assignment: Assignment, name: string): ReadonlySet<string> {
  return new Set(findUnit(assignment, name)?.items ?? []);
}

function nearest(
  index: TemplateIndex,
  path: readonly string[],
  cells: ReadonlyMap<string, AssignmentCells>,
  field: "leadUnit" | "coUnits",
): { code: string; value: CellValue } | null {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const code = path[i]!;
    if (!index.byCode.has(code)) continue;
    const value = cells.get(code)?.[field];
    if (!isBlank(value) && readUnitList(value).length > 0) return { code, value };
  }
  return null;
}

/** The assignment of a scoring sheet read back as a grid (what every host has in hand). */
export function readAssignment(template: Template, values: Grid, options: ReadScoreSheetOptions = {}): Assignment {
  return assignmentFromSheet(template, readScoreSheet(template, values, options));
}
