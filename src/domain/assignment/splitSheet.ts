// "Tạo tệp cho từng đơn vị": a unit's copy of the whole scoring sheet, so its staff see every
// criterion, with only its own items open — self score, evidence, explanation — and every other
// row greyed and locked (sheet protection, no password). Other units' scores and evidence are
// left out, so anything typed there later is plainly outside the unit's part. The title names
// the unit and its deadline; the metadata record ties the file to its master.
import { isBlank, rangeAddress, type CellValue, type Grid } from "../cells";
import { ParIndexError } from "../errors";
import { ref } from "../layout/formulas";
import { layoutScoreSheet, runs, type ScoreSheetLayout } from "../layout/layoutScoreSheet";
import type { ManagedSheet } from "../layout/metadata";
import type { ScoreSheetRead } from "../layout/readScoreSheet";
import { SCORE_COLUMNS as C } from "../layout/scoreSheetColumns";
import type { ConditionalFormatSpec, LayoutCell, StyledRange } from "../layout/sheetLayout";
import { SPLIT_FORMAT_VERSION, type SplitRecord } from "../layout/splitRecord";
import type { Template } from "../template/schema";
import { indexTemplate } from "../template/tree";
import { masterIdOf } from "./masterIdentity";
import { findUnit, type Assignment } from "./resolveAssignment";
import { formatDeadline, type UnitSchedule } from "./schedule";

export interface MasterSheet {
  template: Template;
  /** The master's metadata record of the scoring sheet. */
  record: ManagedSheet;
  /** The sheet read back from A1 (values as Excel gives them), so grid rows are sheet rows. */
  values: Grid;
  read: ScoreSheetRead;
}

export interface SplitOptions {
  /** The unit, as the assignment names it (matched after trimming, case and Unicode normalisation). */
  unit: string;
  schedule?: UnitSchedule;
  /** When the file is made, an ISO timestamp (the host's clock). */
  splitAt: string;
}

export interface UnitSheet {
  unit: string;
  items: string[];
  layout: ScoreSheetLayout;
  /** The metadata record of the unit's file. */
  record: ManagedSheet;
}

/** Columns copied from the master on every item row: what staff see as the criteria's context. */
const CONTEXT_COLUMNS = [C.name, C.notApplicable, C.leadUnit, C.coUnits, C.guidance] as const;

/** Asked for the file of a unit the assignment gives nothing to. */
export class UnitNotAssignedError extends ParIndexError {
  constructor(readonly unit: string) {
    super(`no item is assigned to "${unit}"`);
  }
}

export function layoutUnitSheet(master: MasterSheet, assignment: Assignment, options: SplitOptions): UnitSheet {
  const unit = findUnit(assignment, options.unit);
  if (!unit) throw new UnitNotAssignedError(options.unit);
  const { template, record, read, values } = master;
  const index = indexTemplate(template);
  const own = new Set(unit.items);
  const base = layoutScoreSheet(template, {
    sheetName: record.sheetName,
    layoutVersion: read.layout.version,
    ...(record.unit ? { unit: record.unit } : {}),
    ...(record.year ? { year: record.year } : {}),
  });
  const cells = base.cells.map((row) => [...row]);
  const lastColumn = base.columnCount - 1;
  const ownColumns = [C.self, C.appraised, C.evidence, ...(base.layoutVersion >= 2 ? [C.explanation] : [])];

  for (const item of index.items) {
    const from = read.rowOf[item.code];
    const to = base.rowOf[item.code];
    if (from === undefined || to === undefined) continue;
    const source = values[from] ?? [];
    for (const column of CONTEXT_COLUMNS) cells[to]![column] = asLayoutCell(source[column]);
    if (item.leaf && own.has(item.code)) {
      for (const column of ownColumns) if (column < base.columnCount) cells[to]![column] = asLayoutCell(source[column]);
    }
  }

  const deadline = options.schedule?.deadline;
  cells[0]![0] = `${base.cells[0]![0]} — ${unit.unit.name.toLocaleUpperCase("vi")}`;
  cells[1]![0] = [
    `Đơn vị: ${record.unit?.trim() || "……………………………"}`,
    `Phần giao cho: ${unit.unit.name}`,
    ...(deadline ? [`Hạn gửi: ${formatDeadline(deadline)}`] : []),
  ].join(" · ");
  const openColumns = base.layoutVersion >= 2 ? "F (tự đánh giá), O (tài liệu kiểm chứng) và P (giải trình)" : "F (tự đánh giá) và O (tài liệu kiểm chứng, giải trình)";
  cells[3]![0] = `Chỉ nhập ở các dòng của ${unit.unit.name}: cột ${openColumns}. Các dòng nền xám thuộc đơn vị khác và đã được khoá.`;

  const ownRows = unit.items.map((code) => base.rowOf[code]!).filter((row) => row !== undefined);
  const ownParents = new Set(unit.items.flatMap((code) => index.byCode.get(code)?.path.slice(0, -1) ?? []));
  const greyRows = index.items
    .filter((item) => (item.leaf ? !own.has(item.code) : !ownParents.has(item.code)))
    .map((item) => base.rowOf[item.code]!);
  const adjustmentRows = index.adjustments.map((a) => base.rowOf[a.code]!);
  const ownRuns = runs(ownRows);
  const lastOpen = base.layoutVersion >= 2 ? C.explanation : C.evidence;
  const styles: StyledRange[] = [
    ...base.styles,
    ...runs([...greyRows, ...adjustmentRows]).map(([a, b]) => ({ range: rangeAddress(a, 0, b, lastColumn), style: "locked" as const })),
    // The unit's appraisal column is Sở Nội vụ's to fill: shown, not open.
    ...ownRuns.map(([a, b]) => ({ range: rangeAddress(a, C.appraised, b, C.appraised), style: "locked" as const })),
    ...ownRuns.map(([a, b]) => ({ range: rangeAddress(a, C.evidence, b, lastOpen), style: "input" as const })),
  ];
  const unlocked = ownRuns.flatMap(([a, b]) => [rangeAddress(a, C.self, b, C.self), rangeAddress(a, C.evidence, b, lastOpen)]);

  const splitRecord: SplitRecord = {
    format: SPLIT_FORMAT_VERSION,
    masterId: masterIdOf(record, template),
    unit: unit.unit.name,
    ...(deadline ? { deadline } : {}),
    splitAt: options.splitAt,
    items: [...unit.items],
  };
  const layout: ScoreSheetLayout = {
    ...base,
    cells,
    styles,
    conditionalFormats: [...ownRuns.flatMap(([a, b]) => ownRules(a, b)), ...base.conditionalFormats.filter((c) => c.style === "success")],
    protection: { unlocked },
  };
  return {
    unit: unit.unit.name,
    items: [...unit.items],
    layout,
    record: {
      kind: "score",
      sheetName: layout.name,
      templateId: template.id,
      ...(record.unit ? { unit: record.unit } : {}),
      ...(record.year ? { year: record.year } : {}),
      layoutVersion: layout.layoutVersion,
      sheetId: splitRecord.masterId,
      split: splitRecord,
    },
  };
}

/** Above the maximum, and not scored yet: only on the unit's own self-score cells. */
function ownRules(first: number, last: number): ConditionalFormatSpec[] {
  const self = ref(C.self, first);
  const max = `$${ref(C.max, first)}`;
  return [
    { range: rangeAddress(first, C.self, last, C.self), formula: `=AND(ISNUMBER(${self}),${self}>${max})`, style: "danger", description: "Điểm vượt điểm tối đa" },
    { range: rangeAddress(first, C.self, last, C.self), formula: `=AND(ISBLANK(${self}),$${ref(C.applicableMax, first)}>0)`, style: "warning", description: "Chưa có điểm" },
  ];
}

/** A value read back as a layout cell: text and numbers as they are, blanks empty. */
function asLayoutCell(value: CellValue): LayoutCell {
  if (isBlank(value)) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}
