// The ranking sheet as data: title, groups and how the index is computed, the ranking table
// (rank, unit, tổng điểm, applicable maximum, chỉ số %, "06/20", group, last year and the change,
// the split by scoring method, self against appraised, file, staff notes), the units left out
// and why, notes of units no longer present, and a bar chart of the units by percentage.
// Printed on A4 landscape with the table header repeated; groups coloured by conditional formats.
import { rangeAddress } from "../cells";
import { formatIssue } from "../messages/formatIssue";
import { fromHundredths, type Hundredths } from "../points";
import { describeGroups } from "../ranking/groups";
import { formatRank, formatRankChange } from "../ranking/rankChange";
import type { Ranking, RankedUnit } from "../ranking/rankUnits";
import { unitKey } from "../unitNames";
import { STAGES } from "../appraisal/stages";
import type { ChartSpec } from "./chartSpec";
import {
  CHART_TITLES,
  EXCLUDED_HEADERS,
  METHOD_COLUMN,
  RANKING_HEADERS,
  RANKING_SECTIONS,
  RANKING_SHEET_BASE_NAME,
  RANKING_TITLE,
  RANKING_WIDTHS,
  type RankingColumnKey,
} from "./rankingSheetColumns";
import { groupChartColor, groupStyle } from "./rankingGroupsLook";
import { fittedRowHeight } from "./rowHeights";
import type { StaffNote } from "./readRankingSheet";
import type { ConditionalFormatSpec, LayoutCell, NumberFormatRange, SheetLayout, StyledRange, StyleName } from "./sheetLayout";
import { sanitizeSheetName } from "./sheetNames";

export interface RankingSheetOptions {
  /** Notes staff typed in the ranking sheet being rebuilt, by unit key (readRankingNotes). */
  notes?: ReadonlyMap<string, StaffNote>;
  sheetName?: string;
}

export interface RankingSheetLayout extends SheetLayout {
  kind: "ranking";
  columns: RankingColumnKey[];
  /** 0-based row of the ranking table's header. */
  headerRow: number;
  /** 0-based row of each unit (ranked, left out, or with notes kept aside), by unit key. */
  rowOfUnit: Readonly<Record<string, number>>;
}

/** Hidden from the reason cell beyond this: the unit's workbook lists them all when checked. */
const MAX_REASON_LINES = 6;
const POINTS = "0.00";
const SIGNED = "+0.00;-0.00;0.00";

export function rankingSheetName(year: number | null): string {
  return sanitizeSheetName(year === null ? RANKING_SHEET_BASE_NAME : `${RANKING_SHEET_BASE_NAME} ${year}`);
}

export function rankingColumns(ranking: Pick<Ranking, "hasPrevious" | "methods" | "hasStages">): RankingColumnKey[] {
  return [
    "rank",
    "unit",
    "score",
    "max",
    "percent",
    "rankOf",
    "group",
    // Shown once any unit went through the appraisal rounds: a result not locked yet is marked.
    ...(ranking.hasStages ? (["stage"] as const) : []),
    ...(ranking.hasPrevious ? (["previousRank", "rankChange", "previousPercent", "percentChange"] as const) : []),
    ...(ranking.methods.length > 1 ? ranking.methods.map((method) => METHOD_COLUMN[method]) : []),
    "selfScore",
    "gap",
    "file",
    "notes",
  ];
}

export function layoutRankingSheet(ranking: Ranking, options: RankingSheetOptions = {}): RankingSheetLayout {
  const columns = rankingColumns(ranking);
  const col = Object.fromEntries(columns.map((key, i) => [key, i])) as Partial<Record<RankingColumnKey, number>>;
  const at = (key: RankingColumnKey) => col[key]!;
  const width = columns.length;
  const last = width - 1;
  const rows: LayoutCell[][] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const numberFormats: NumberFormatRange[] = [];
  const rowHeights: { row: number; points: number }[] = [];
  const rowOfUnit: Record<string, number> = {};
  const blank = (): LayoutCell[] => new Array<LayoutCell>(width).fill(null);
  const push = (row: LayoutCell[], style?: StyleName): number => {
    rows.push(row);
    const r = rows.length - 1;
    if (style) styles.push({ range: rangeAddress(r, 0, r, last), style });
    return r;
  };
  const line = (text: string, style: StyleName, merge = true) => {
    const row = blank();
    row[0] = text;
    const r = push(row, style);
    if (merge) merges.push(rangeAddress(r, 0, r, last));
    return r;
  };
  let section = 0;
  const sectionTitle = (title: string) => line(`${ROMAN[section++]}. ${title}`, "section", false);

  const template = ranking.template;
  line(`${RANKING_TITLE}${ranking.year === null ? "" : ` NĂM ${ranking.year}`}`, "title");
  const counts = [`${ranking.units.length} đơn vị được xếp hạng`, ...(ranking.excluded.length > 0 ? [`${ranking.excluded.length} đơn vị chưa được xếp hạng`] : [])];
  line(`${template ? `Bộ tiêu chí: ${template.name}. ` : ""}${counts.join(", ")}.`, "subtitle");
  line(`Nhóm — ${describeGroups(ranking.groups).join("; ")}.${comparison(ranking)}`, "note");
  line("Chỉ số (%) = tổng điểm ÷ điểm tối đa áp dụng (không tính tiêu chí không áp dụng); cùng chỉ số đến hai chữ số thập phân thì cùng hạng.", "note");
  line("Cột «Ghi chú» để cán bộ nhập: lập lại bảng xếp hạng vẫn giữ ghi chú theo đơn vị.", "note");
  push(blank());

  sectionTitle(RANKING_SECTIONS.ranked);
  const headerRow = push(columns.map((key) => RANKING_HEADERS[key]), "header");
  const widthOf = (key: RankingColumnKey) => RANKING_WIDTHS[key];
  const fit = (r: number, cells: { key: RankingColumnKey; width?: number; bold?: boolean }[]) => {
    const points = fittedRowHeight(cells.map(({ key, width: w, bold }) => ({ text: rows[r]![at(key)] ?? null, width: w ?? widthOf(key), ...(bold ? { bold } : {}) })));
    if (points !== null) rowHeights.push({ row: r, points });
  };
  fit(headerRow, columns.map((key) => ({ key, bold: true })));
  const notes = options.notes ?? new Map<string, StaffNote>();
  const used = new Set<string>();
  const noteOf = (unit: string): string | null => {
    const key = unitKey(unit);
    const note = notes.get(key);
    if (!note) return null;
    used.add(key);
    return note.note;
  };
  const firstUnitRow = rows.length;
  for (const unit of ranking.units) {
    const row = blank();
    for (const key of columns) row[at(key)] = unitCell(key, unit, ranking.previousRankOf);
    row[at("notes")] = noteOf(unit.unit);
    const r = push(row);
    rowOfUnit[unitKey(unit.unit)] = r;
    // The file name wraps in its own column rather than running into «Ghi chú».
    fit(r, [{ key: "unit" }, { key: "notes" }, { key: "file" }]);
  }
  const lastUnitRow = rows.length - 1;
  const hasUnits = ranking.units.length > 0;
  if (hasUnits) {
    styles.push({ range: rangeAddress(firstUnitRow, 0, lastUnitRow, last), style: "subCriterion" });
    for (const key of ["unit", "notes", "file"] as const) styles.push({ range: rangeAddress(firstUnitRow, at(key), lastUnitRow, at(key)), style: "staffText" });
    for (const key of ["rank", "rankOf", "group", "previousRank", "rankChange"] as const) {
      if (col[key] !== undefined) styles.push({ range: rangeAddress(firstUnitRow, at(key), lastUnitRow, at(key)), style: "centered" });
    }
    for (const key of columns) {
      const format = columnFormat(key);
      if (format) numberFormats.push({ range: rangeAddress(firstUnitRow, at(key), lastUnitRow, at(key)), format });
    }
  } else {
    line("Chưa có đơn vị nào được xếp hạng.", "note", false);
  }

  if (ranking.excluded.length > 0) {
    push(blank());
    sectionTitle(RANKING_SECTIONS.excluded);
    const reasonFirst = at("score");
    const reasonLast = at("file") - 1;
    const header = blank();
    header[at("rank")] = EXCLUDED_HEADERS.index;
    header[at("unit")] = EXCLUDED_HEADERS.unit;
    header[reasonFirst] = EXCLUDED_HEADERS.reason;
    header[at("file")] = EXCLUDED_HEADERS.file;
    header[at("notes")] = EXCLUDED_HEADERS.notes;
    const h = push(header, "header");
    merges.push(rangeAddress(h, reasonFirst, h, reasonLast));
    const reasonWidth = columns.slice(reasonFirst, reasonLast + 1).reduce((sum, key) => sum + RANKING_WIDTHS[key], 0);
    const reasonKey = columns[reasonFirst]!;
    ranking.excluded.forEach((excluded, i) => {
      const row = blank();
      const lines = reasonLines(excluded.issues);
      row[at("rank")] = i + 1;
      row[at("unit")] = excluded.unit;
      row[reasonFirst] = lines.join("\n");
      row[at("file")] = fileName(excluded.file);
      row[at("notes")] = noteOf(excluded.unit);
      const r = push(row, "staffText");
      merges.push(rangeAddress(r, reasonFirst, r, reasonLast));
      fit(r, [{ key: "unit" }, { key: "notes" }, { key: reasonKey, width: reasonWidth }]);
      // A unit both left out and listed twice (two files) keeps its first row for notes.
      rowOfUnit[unitKey(excluded.unit)] ??= r;
    });
    numberFormats.push({ range: rangeAddress(h + 1, at("unit"), rows.length - 1, last), format: "@" });
    styles.push({ range: rangeAddress(h + 1, at("rank"), rows.length - 1, at("rank")), style: "centered" });
  }

  const kept = [...notes].filter(([key]) => !used.has(key));
  if (kept.length > 0) {
    push(blank());
    sectionTitle(RANKING_SECTIONS.keptNotes);
    const header = blank();
    header[at("unit")] = RANKING_HEADERS.unit;
    header[at("notes")] = RANKING_HEADERS.notes;
    const h = push(header, "header");
    for (const [key, note] of kept) {
      const row = blank();
      row[at("unit")] = note.unit;
      row[at("notes")] = note.note;
      const r = push(row, "keptAside");
      rowOfUnit[key] = r;
      fit(r, [{ key: "unit" }, { key: "notes" }]);
    }
    numberFormats.push({ range: rangeAddress(h + 1, at("unit"), rows.length - 1, last), format: "@" });
  }

  const charts: ChartSpec[] = [];
  const pageBreaks: number[] = [];
  if (hasUnits) {
    push(blank());
    // The chart prints whole, on a page of its own, after the tables.
    pageBreaks.push(sectionTitle(RANKING_SECTIONS.chart));
    const top = rows.length;
    // About 20 px (one row) per bar, and never less than a readable chart.
    const height = Math.max(16, ranking.units.length + 5);
    for (let i = 0; i < height; i += 1) push(blank());
    const groups = ranking.groups.labels.length;
    charts.push({
      id: "units-by-percent",
      type: "bar",
      title: CHART_TITLES.unitsByPercent,
      categories: rangeAddress(firstUnitRow, at("unit"), lastUnitRow, at("unit")),
      series: [
        {
          name: RANKING_HEADERS.percent,
          values: rangeAddress(firstUnitRow, at("percent"), lastUnitRow, at("percent")),
          color: groupChartColor(0, groups),
          pointColors: ranking.units.map((unit) => groupChartColor(unit.groupIndex, groups)),
        },
      ],
      anchor: { from: { row: top, column: 0 }, to: { row: top + height, column: Math.min(width, at("group") + 2) } },
      valueAxis: { min: 0, max: 100, majorUnit: 10, numberFormat: "0" },
      categoriesTopDown: true,
      dataLabels: { numberFormat: POINTS },
      legend: "none",
    });
  }

  return {
    name: options.sheetName ?? rankingSheetName(ranking.year),
    kind: "ranking",
    cells: rows,
    columnCount: width,
    columnWidths: columns.map((key) => RANKING_WIDTHS[key]),
    numberFormats: [
      // Staff notes stay text: "=…" or "-…" typed as a note must not become a formula.
      { range: rangeAddress(firstUnitRow, at("notes"), Math.max(firstUnitRow, rows.length - 1), at("notes")), format: "@" },
      ...numberFormats,
    ],
    styles: [
      { range: rangeAddress(1, 0, 1, last), style: "subtitle" },
      ...styles,
    ],
    merges,
    validations: [],
    conditionalFormats: hasUnits ? groupFormats(ranking, rangeAddress(firstUnitRow, at("percent"), lastUnitRow, at("group")), at("percent"), firstUnitRow) : [],
    freeze: { rows: headerRow + 1, columns: 2 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      // Excel repeats title rows on every page, the charts' too: only a table that runs onto a
      // second page gets its header repeated, so a short one does not print it alone above a chart.
      ...(fitsFirstPage(columns.map((key) => RANKING_WIDTHS[key]), rowHeights, lastUnitRow) ? {} : { repeatRows: { first: headerRow + 1, last: headerRow + 1 } }),
    },
    rowHeights,
    pageBreaks,
    charts,
    columns,
    headerRow,
    rowOfUnit,
  };
}

/**
 * Whether rows 0..lastRow print on the first A4 landscape page, fitted to the page's width, with
 * Excel's default margins (0,7" each side, 0,75" top and bottom): widths in Excel's character units
 * (7 px each and 5 of padding), heights in points (15 unless given). A fifth is kept spare, since
 * LibreOffice's and Excel's own measures differ a little from these.
 */
export function fitsFirstPage(widths: readonly number[], heights: readonly { row: number; points: number }[], lastRow: number): boolean {
  const widthPx = widths.reduce((sum, w) => sum + Math.trunc(w * 7 + 5), 0);
  const scale = Math.min(1, PAGE_WIDTH_PX / widthPx);
  const points = new Map(heights.map((h) => [h.row, h.points]));
  let heightPt = 0;
  for (let r = 0; r <= lastRow; r += 1) heightPt += points.get(r) ?? 15;
  return heightPt * (96 / 72) * scale <= PAGE_HEIGHT_PX * 0.8;
}

/** A4 landscape inside Excel's default margins, in 96-dpi pixels. */
const PAGE_WIDTH_PX = ((297 - 2 * 17.78) / 25.4) * 96;
const PAGE_HEIGHT_PX = ((210 - 2 * 19.05) / 25.4) * 96;

const ROMAN = ["I", "II", "III", "IV", "V", "VI"] as const;

function comparison(ranking: Ranking): string {
  if (!ranking.hasPrevious) return " Không có kết quả năm trước để so sánh.";
  return ranking.previousYear === null ? " So sánh với kết quả năm trước." : ` So sánh với kết quả năm ${ranking.previousYear}.`;
}

const points = (value: Hundredths | null): LayoutCell => (value === null ? null : fromHundredths(value));

/** A unit's cell in a column; notes come from staff, not from the ranking. */
function unitCell(key: RankingColumnKey, unit: RankedUnit, previousRankOf: number | null): LayoutCell {
  switch (key) {
    case "rank":
      return unit.rank;
    case "unit":
      return unit.unit;
    case "score":
      return points(unit.score);
    case "max":
      return points(unit.applicableMax);
    case "percent":
      return points(unit.percent);
    case "rankOf":
      return formatRank(unit.rank, unit.rankOf);
    case "group":
      return unit.group;
    case "stage":
      return unit.stage === "final" ? STAGES.final.label : `Chưa chốt (${STAGES[unit.stage ?? "self"].label})`;
    case "previousRank":
      // In this year's form («03/18» beside «01/20»), not a bare 3.
      return unit.previous ? formatRank(unit.previous.rank, previousRankOf ?? unit.previous.rank) : null;
    case "rankChange":
      return unit.change ? formatRankChange(unit.change) : null;
    case "previousPercent":
      return points(unit.previous?.percent ?? null);
    case "percentChange":
      return points(unit.percentChange);
    case "method_tu_danh_gia":
      return points(unit.byMethod.tu_danh_gia.score);
    case "method_dieu_tra_xhh":
      return points(unit.byMethod.dieu_tra_xhh.score);
    case "method_sipas":
      return points(unit.byMethod.sipas.score);
    case "selfScore":
      return points(unit.selfScore);
    case "gap":
      return points(unit.selfAppraisedGap);
    case "file":
      return fileName(unit.file);
    case "notes":
      return null;
  }
}

function columnFormat(key: RankingColumnKey): string | null {
  switch (key) {
    case "unit":
    case "rankOf":
    case "group":
    case "stage":
    case "rankChange":
    case "previousRank":
    case "file":
      // "06/20" typed into Excel would turn into a date.
      return "@";
    case "percentChange":
    case "gap":
      return SIGNED;
    case "rank":
    case "notes":
      return null;
    default:
      return POINTS;
  }
}

/** The reason first, then the unit's own errors, each with its cell. */
function reasonLines(issues: RankedUnit["issues"]): string[] {
  const lines = issues.slice(0, MAX_REASON_LINES).map((issue) => formatIssue(issue));
  if (issues.length > MAX_REASON_LINES) lines.push(`… và ${issues.length - MAX_REASON_LINES} lỗi khác (xem bằng «Kiểm tra» trong sổ của đơn vị).`);
  return lines;
}

/** The file's name without its folders: the sheet is read by people, the full path is in --json. */
function fileName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

function groupFormats(ranking: Ranking, range: string, percentColumn: number, firstRow: number): ConditionalFormatSpec[] {
  const cell = `$${rangeAddress(firstRow, percentColumn, firstRow, percentColumn)}`;
  const { thresholds, labels } = ranking.groups;
  const pct = (h: Hundredths) => String(fromHundredths(h));
  return labels.map((label, i) => {
    const low = thresholds[i];
    const high = thresholds[i - 1];
    const bounds = [...(low === undefined ? [] : [`${cell}>=${pct(low)}`]), ...(high === undefined ? [] : [`${cell}<${pct(high)}`])];
    return {
      range,
      formula: bounds.length === 0 ? `=ISNUMBER(${cell})` : `=AND(ISNUMBER(${cell}),${bounds.join(",")})`,
      style: groupStyle(i, labels.length),
      description: `Nhóm ${label}`,
    };
  });
}
