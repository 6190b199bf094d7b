// What `check` reports, as one stable JSON object (ok, issues, items, areas, total; numbers in
// points rounded to two decimals, null where absent, cells in A1 form) and as Vietnamese text.
import { cellAddress, formatIssue, SCORE_COLUMNS, type Hundredths, type Issue, type ItemTotal, type MethodSplit } from "../domain";
import type { ScoreSheetCheck, ScoreWorkbookCheck } from "../node";
import { quoteSheet } from "./issueLines";
import { clip, percent, points, renderTable } from "./format";
import { byMethodJson, type ByMethodJson } from "./methodSplitReport";

export interface IssueJson {
  severity: "error" | "warning";
  code: string;
  sheet: string | null;
  cell: string | null;
  message: string;
  /** The cell qualified by its sheet as Excel writes it: 'Chấm điểm 2021'!G14. */
  ref: string | null;
  path: string[] | null;
}

export interface ItemJson {
  code: string;
  name: string;
  level: number;
  leaf: boolean;
  max: number;
  applicableMax: number;
  notApplicable: boolean;
  self: number | null;
  appraised: number | null;
  /** The council's round-2 score (layout 3). */
  round2: number | null;
  /** The result: round 2, else round 1 (appraised), else self; 0 without any (the same as score). */
  result: number;
  score: number;
  lostPoints: number;
  percent: number | null;
  sheet: string;
  selfCell: string | null;
  appraisedCell: string | null;
  round2Cell: string | null;
  /** The stage of the sheet in the appraisal rounds. */
  stage: string;
}

export interface AreaJson {
  code: string;
  name: string;
  max: number;
  applicableMax: number;
  score: number;
  lostPoints: number;
  percent: number | null;
  /** Points per scoring method, for the methods the template has items for. */
  byMethod: ByMethodJson;
}

export interface TotalJson {
  max: number;
  applicableMax: number;
  score: number;
  lostPoints: number;
  percent: number | null;
  bonus: number;
  penalty: number;
  /** The tree's points per scoring method (they add up to score − bonus + penalty). */
  byMethod: ByMethodJson;
}

export interface CheckJson {
  ok: boolean;
  issues: IssueJson[];
  items: ItemJson[];
  areas: AreaJson[];
  total: TotalJson;
  /** Bonus and penalty items (outside the tree). */
  adjustments: { code: string; kind: "bonus" | "penalty"; name: string; cap: number; self: number | null; appraised: number | null; round2: number | null; points: number; sheet: string }[];
  /** Every scoring sheet found in the workbook (checked or not), and how it was found. */
  found: { sheet: string; origin: "metadata" | "copy" | "header"; checked: boolean }[];
  /** Every scoring sheet checked; `areas` and `total` above are the first one's. */
  sheets: {
    sheet: string;
    origin: "metadata" | "copy" | "header";
    templateId: string;
    templateName: string;
    unit: string | null;
    year: number | null;
    /** The stage in the appraisal rounds («self» for a sheet never moved). */
    stage: string;
    ok: boolean;
    areas: AreaJson[];
    total: TotalJson;
  }[];
}

const num = (value: Hundredths): number => value / 100;
const opt = (value: Hundredths | null): number | null => (value === null ? null : value / 100);

export function issueJson(issue: Issue): IssueJson {
  return {
    severity: issue.severity,
    code: issue.code,
    sheet: issue.sheet ?? null,
    cell: issue.cell ?? null,
    message: formatIssue(issue, "vi"),
    ref: issue.cell ? (issue.sheet ? `${quoteSheet(issue.sheet)}!${issue.cell}` : issue.cell) : null,
    path: issue.path ?? null,
  };
}

export function checkJson(result: ScoreWorkbookCheck): CheckJson {
  const sheets = result.sheets.map((sheet) => ({
    sheet: sheet.sheetName,
    origin: sheet.origin,
    templateId: sheet.template.id,
    templateName: sheet.template.name,
    unit: sheet.managed.unit ?? null,
    year: sheet.managed.year ?? null,
    stage: sheet.managed.stage?.stage ?? "self",
    ok: sheet.check.ok,
    areas: sheet.check.totals.areas.map((area) => areaJson(area, sheet.check.totals.areaMethods.get(area.code))),
    total: totalJson(sheet),
  }));
  const first = sheets[0]!;
  return {
    ok: result.sheets.every((sheet) => sheet.check.ok),
    issues: result.sheets.flatMap((sheet) => sheet.check.issues.map(issueJson)),
    items: result.sheets.flatMap((sheet) => sheet.check.totals.items.map((item) => itemJson(sheet, item))),
    areas: first.areas,
    total: first.total,
    adjustments: result.sheets.flatMap((sheet) =>
      sheet.check.totals.adjustments.map((a) => ({
        code: a.code,
        kind: a.kind,
        name: a.name,
        cap: num(a.cap),
        self: opt(a.self),
        appraised: opt(a.appraised),
        round2: opt(a.round2),
        points: num(a.points),
        sheet: sheet.sheetName,
      })),
    ),
    found: result.found.map((f) => ({ sheet: f.sheetName, origin: f.origin, checked: result.sheets.some((s) => s.sheetName === f.sheetName) })),
    sheets,
  };
}

function itemJson(sheet: ScoreSheetCheck, item: ItemTotal): ItemJson {
  const row = sheet.check.rowOf[item.code];
  return {
    code: item.code,
    name: item.name,
    level: item.depth,
    leaf: item.leaf,
    max: num(item.max),
    applicableMax: num(item.applicableMax),
    notApplicable: item.notApplicable,
    self: opt(item.self),
    appraised: opt(item.appraised),
    round2: opt(item.round2),
    result: num(item.score),
    score: num(item.score),
    lostPoints: num(item.lostPoints),
    percent: opt(item.percent),
    sheet: sheet.sheetName,
    selfCell: row === undefined ? null : cellAddress(row, SCORE_COLUMNS.self),
    appraisedCell: row === undefined ? null : cellAddress(row, SCORE_COLUMNS.appraised),
    round2Cell: row === undefined ? null : cellAddress(row, SCORE_COLUMNS.round2),
    stage: sheet.managed.stage?.stage ?? "self",
  };
}

function areaJson(area: ItemTotal, split: MethodSplit | undefined): AreaJson {
  return {
    code: area.code,
    name: area.name,
    max: num(area.max),
    applicableMax: num(area.applicableMax),
    score: num(area.score),
    lostPoints: num(area.lostPoints),
    percent: opt(area.percent),
    byMethod: split ? byMethodJson(split) : {},
  };
}

function totalJson(sheet: ScoreSheetCheck): TotalJson {
  const total = sheet.check.totals.total;
  return {
    max: num(total.max),
    applicableMax: num(total.applicableMax),
    score: num(total.score),
    lostPoints: num(total.lostPoints),
    percent: opt(total.percent),
    bonus: num(total.bonus),
    penalty: num(total.penalty),
    byMethod: byMethodJson(total.byMethod),
  };
}

/** The per-lĩnh vực table of one scoring sheet, as the seed's score table prints it. */
export function areaTableLines(sheet: ScoreSheetCheck): string[] {
  const { areas, total, adjustments } = sheet.check.totals;
  const notApplicable = areas.some((a) => a.applicableMax !== a.max);
  const header = ["TT", "Lĩnh vực", "Tối đa", ...(notApplicable ? ["Áp dụng"] : []), "Điểm đạt", "Bị trừ", "Tỷ lệ"];
  const row = (code: string, name: string, max: Hundredths, applicable: Hundredths, score: Hundredths, lost: Hundredths, pct: Hundredths | null) => [
    code,
    clip(name, 48),
    points(max),
    ...(notApplicable ? [points(applicable)] : []),
    points(score),
    lost === 0 ? "0" : `-${points(lost)}`,
    percent(pct),
  ];
  const rows = [header, ...areas.map((a) => row(a.code, a.name, a.max, a.applicableMax, a.score, a.lostPoints, a.percent))];
  for (const a of adjustments) {
    const sign = a.kind === "bonus" ? "+" : "-";
    rows.push([a.code, clip(a.name, 48), "", ...(notApplicable ? [""] : []), `${sign}${points(a.points)}`, "", ""]);
  }
  rows.push(row("", "Tổng cộng", total.max, total.applicableMax, total.score, total.lostPoints, total.percent));
  const right = header.map((_, i) => i >= 2);
  return renderTable(rows, right);
}
