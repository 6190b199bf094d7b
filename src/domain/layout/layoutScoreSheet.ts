// The scoring sheet (bảng tự đánh giá, chấm điểm) as data: title, header, one row per item in
// tree order with live ROUND formulas for applicable maxima, scores, lost points and
// percentages, then bonus/penalty rows and the totals. The formulas compute exactly what
// computeTotals computes.
import { rangeAddress } from "../cells";
import { LayoutError } from "../errors";
import { fromHundredths } from "../points";
import type { Template } from "../template/schema";
import { methodOf } from "../scoring/methodTotals";
import { indexTemplate, type TemplateItem } from "../template/tree";
import { columnArguments, countOf, ref, sumOf } from "./formulas";
import {
  ADJUSTMENT_KIND_LABELS,
  ADJUSTMENTS_LABEL,
  METHOD_LABELS,
  SCORE_COLUMN_WIDTHS,
  SCORE_COLUMNS as C,
  SCORE_FIRST_ITEM_ROW,
  SCORE_HEADER_ROW,
  TOTAL_LABEL,
  TREE_TOTAL_LABEL,
} from "./scoreSheetColumns";
import { CURRENT_SCORE_LAYOUT_VERSION, scoreColumnKeys, scoreHeaderOf, type ScoreLayoutVersion } from "./scoreLayoutVersion";
import type {
  ConditionalFormatSpec,
  LayoutCell,
  SheetLayout,
  StyledRange,
  StyleName,
  ValidationSpec,
} from "./sheetLayout";
import { fitRowHeights } from "./rowHeights";
import { isOwnUnit } from "../template/forUnit";
import { shortUnitName, tidyUnitName } from "../unitNames";
import { MAX_SHEET_NAME_LENGTH, sanitizeSheetName } from "./sheetNames";

export interface ScoreSheetOptions {
  /** Tên đơn vị được chấm điểm. */
  unit?: string;
  year?: number;
  sheetName?: string;
  /** The current layout unless a copy must match an older sheet (a split of a layout-1 workbook). */
  layoutVersion?: ScoreLayoutVersion;
}

export interface ScoreSheetLayout extends SheetLayout {
  kind: "score";
  layoutVersion: ScoreLayoutVersion;
  /** 0-based sheet row of each item and each bonus/penalty item, by code. */
  rowOf: Readonly<Record<string, number>>;
  firstItemRow: number;
  lastItemRow: number;
  /** The row whose "Điểm đạt" is the final score (after bonus and penalty items). */
  totalRow: number;
  /** The row of the tree's own total when bonus/penalty rows exist, else the total row. */
  treeTotalRow: number;
}

/**
 * The scoring sheet's name: the unit's own when the workbook is for a unit other than the
 * template's owner (a Sở Tư pháp workbook made from VPUB's template is not «VPUB Sơn La 2024»),
 * else the template's short label; the year always whole at the end.
 */
export function defaultScoreSheetName(template: Template, year?: number, unit?: string): string {
  const named = unit === undefined ? "" : tidyUnitName(unit);
  const forOther = named !== "" && !isOwnUnit(template, named);
  const room = MAX_SHEET_NAME_LENGTH - (year ? ` ${year}`.length : 0);
  const label = forOther ? wordsUpTo(shortUnitName(named), room) : (template.shortName ?? wordsUpTo(shortUnitName(template.name), room));
  return sanitizeSheetName(year ? `${label} ${year}` : label);
}

/** The words of `text` that fit in `room` characters (cut inside a word only if the first is longer). */
function wordsUpTo(text: string, room: number): string {
  const clean = sanitizeSheetName(text);
  if (clean.length <= room) return clean;
  const cut = clean.slice(0, room + 1);
  const space = cut.lastIndexOf(" ");
  return (space > 0 ? cut.slice(0, space) : clean.slice(0, room)).replace(/[\s,;:–-]+$/u, "");
}

export function layoutScoreSheet(template: Template, options: ScoreSheetOptions = {}): ScoreSheetLayout {
  const index = indexTemplate(template);
  const isSurvey = (item: TemplateItem) => methodOf(index, item) !== "tu_danh_gia";
  if (index.items.length === 0) {
    throw new LayoutError("a scoring sheet needs at least one lĩnh vực; lay out the template table instead");
  }
  const layoutVersion = options.layoutVersion ?? CURRENT_SCORE_LAYOUT_VERSION;
  const headerKeys = scoreColumnKeys(layoutVersion);
  // Layout 3 has the round-2 score in S: the result is S where entered, else G, else F.
  const rounds = layoutVersion === 3;
  const columnCount = headerKeys.length;
  const rows: LayoutCell[][] = [];
  const blankRow = (): LayoutCell[] => new Array<LayoutCell>(columnCount).fill(null);

  const title = blankRow();
  title[0] = `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${options.year ? ` NĂM ${options.year}` : ""}`;
  const unitRow = blankRow();
  unitRow[0] = `Đơn vị: ${options.unit?.trim() || "……………………………"}`;
  const sourceRow = blankRow();
  sourceRow[0] = `Bộ tiêu chí: ${template.name}. Nguồn: ${template.source}`;
  const noteRow = blankRow();
  noteRow[0] = rounds
    ? "Nhập điểm vào cột F (tự đánh giá), G (thẩm định) và S (thẩm định lần 2); đánh dấu «x» ở cột D nếu tiêu chí không áp dụng. Điểm đạt (H) lấy điểm lần 2, nếu không có thì điểm thẩm định, nếu không có thì điểm tự đánh giá. Các cột E, H, I, J tự tính — không sửa."
    : "Nhập điểm vào cột F (tự đánh giá) và G (thẩm định); đánh dấu «x» ở cột D nếu tiêu chí không áp dụng. Các cột E, H, I, J tự tính — không sửa.";
  const header = blankRow();
  for (const key of headerKeys) header[C[key]] = scoreHeaderOf(key, layoutVersion);
  rows.push(title, unitRow, sourceRow, noteRow, header);

  const rowOf: Record<string, number> = {};
  index.items.forEach((item, i) => {
    rowOf[item.code] = SCORE_FIRST_ITEM_ROW + i;
  });
  const rowOfItem = (item: TemplateItem) => rowOf[item.code]!;
  const ancestorsOf = (item: TemplateItem): number[] =>
    item.path.slice(0, -1).map((code) => rowOf[code]!);

  for (const item of index.items) {
    const r = rowOfItem(item);
    const row = blankRow();
    const criterion = item.criterion;
    row[C.code] = item.code;
    row[C.name] = item.name;
    row[C.max] = fromHundredths(item.max);
    row[C.method] = criterion.method ? METHOD_LABELS[criterion.method] : null;
    row[C.leadUnit] = criterion.leadUnit ?? null;
    row[C.coUnits] = criterion.coUnits ?? null;
    row[C.guidance] = criterion.guidance ?? null;
    if (item.leaf) {
      // Not applicable when the item or any item above it is marked "x" (any case, spaces ignored).
      const marks = [r, ...ancestorsOf(item)].map((row0) => `TRIM(${ref(C.notApplicable, row0)})="x"`);
      const notApplicable = marks.length === 1 ? marks[0]! : `OR(${marks.join(",")})`;
      row[C.applicableMax] = { formula: `=IF(${notApplicable},0,${ref(C.max, r)})` };
      // A survey item takes its points from the published results in the appraisal column; a self
      // score typed there does not count (validateScores warns about it).
      const council = isSurvey(item) ? `N(${ref(C.appraised, r)})` : firstPresent([C.appraised], `N(${ref(C.self, r)})`, r);
      row[C.score] = {
        formula: `=IF(${ref(C.applicableMax, r)}=0,0,${rounds ? firstPresent([C.round2], council, r) : council})`,
      };
      row[C.lostPoints] = { formula: `=ROUND(${ref(C.applicableMax, r)}-${ref(C.score, r)},2)` };
    } else {
      const childRows = item.childCodes.map((code) => rowOf[code]!);
      const roundedSum = (column: number) => `=ROUND(${sumOf(columnArguments(column, childRows))},2)`;
      const presentSum = (column: number) => {
        const args = columnArguments(column, childRows);
        return `=IF(${countOf(args)}=0,"",ROUND(${sumOf(args)},2))`;
      };
      row[C.applicableMax] = { formula: roundedSum(C.applicableMax) };
      // The self subtotal adds what the unit may score: survey leaves are left out.
      const selfRows = item.childCodes.filter((code) => {
        const child = index.byCode.get(code)!;
        return !(child.leaf && isSurvey(child));
      }).map((code) => rowOf[code]!);
      const selfArgs = columnArguments(C.self, selfRows);
      row[C.self] = { formula: selfArgs.length === 0 ? '=""' : `=IF(${countOf(selfArgs)}=0,"",ROUND(${sumOf(selfArgs)},2))` };
      row[C.appraised] = { formula: presentSum(C.appraised) };
      if (rounds) row[C.round2] = { formula: presentSum(C.round2) };
      row[C.score] = { formula: roundedSum(C.score) };
      row[C.lostPoints] = { formula: roundedSum(C.lostPoints) };
    }
    row[C.percent] = percentFormula(r);
    rows.push(row);
  }
  const firstItemRow = SCORE_FIRST_ITEM_ROW;
  const lastItemRow = SCORE_FIRST_ITEM_ROW + index.items.length - 1;
  const areaRows = index.areas.map(rowOfItem);

  const adjustmentRows: number[] = [];
  let adjustmentsLabelRow: number | null = null;
  if (index.adjustments.length > 0) {
    adjustmentsLabelRow = rows.length;
    const label = blankRow();
    label[C.name] = ADJUSTMENTS_LABEL;
    rows.push(label);
    for (const adjustment of index.adjustments) {
      const r = rows.length;
      rowOf[adjustment.code] = r;
      adjustmentRows.push(r);
      const row = blankRow();
      row[C.code] = adjustment.code;
      row[C.name] = adjustment.name;
      row[C.max] = fromHundredths(adjustment.cap);
      row[C.score] = { formula: `=${firstPresent(rounds ? [C.round2, C.appraised] : [C.appraised], `N(${ref(C.self, r)})`, r)}` };
      row[C.method] = ADJUSTMENT_KIND_LABELS[adjustment.kind];
      row[C.guidance] = adjustment.adjustment.guidance ?? null;
      rows.push(row);
    }
  }

  const totalsRow = (label: string, r: number): LayoutCell[] => {
    const row = blankRow();
    row[C.name] = label;
    const args = (column: number) => columnArguments(column, areaRows);
    row[C.max] = { formula: `=ROUND(${sumOf(args(C.max))},2)` };
    row[C.applicableMax] = { formula: `=ROUND(${sumOf(args(C.applicableMax))},2)` };
    for (const column of rounds ? [C.self, C.appraised, C.round2] : [C.self, C.appraised]) {
      row[column] = { formula: `=IF(${countOf(args(column))}=0,"",ROUND(${sumOf(args(column))},2))` };
    }
    row[C.score] = { formula: `=ROUND(${sumOf(args(C.score))},2)` };
    row[C.lostPoints] = { formula: `=ROUND(${sumOf(args(C.lostPoints))},2)` };
    row[C.percent] = percentFormula(r);
    return row;
  };

  let treeTotalRow = rows.length;
  let totalRow = treeTotalRow;
  if (index.adjustments.length === 0) {
    rows.push(totalsRow(TOTAL_LABEL, totalRow));
  } else {
    rows.push(totalsRow(TREE_TOTAL_LABEL, treeTotalRow));
    totalRow = rows.length;
    const row = blankRow();
    row[C.name] = `${TOTAL_LABEL} (gồm điểm thưởng, điểm trừ)`;
    row[C.max] = { formula: `=${ref(C.max, treeTotalRow)}` };
    row[C.applicableMax] = { formula: `=${ref(C.applicableMax, treeTotalRow)}` };
    const bonus = index.adjustments.filter((a) => a.kind === "bonus").map((a) => rowOf[a.code]!);
    const penalty = index.adjustments.filter((a) => a.kind === "penalty").map((a) => rowOf[a.code]!);
    const plus = bonus.length ? `+${sumOf(columnArguments(C.score, bonus))}` : "";
    const minus = penalty.length ? `-${sumOf(columnArguments(C.score, penalty))}` : "";
    row[C.score] = { formula: `=ROUND(${ref(C.score, treeTotalRow)}${plus}${minus},2)` };
    row[C.lostPoints] = { formula: `=${ref(C.lostPoints, treeTotalRow)}` };
    row[C.percent] = percentFormula(totalRow);
    rows.push(row);
  }
  const lastRow = rows.length - 1;
  const lastColumn = columnCount - 1;

  const layout: Omit<ScoreSheetLayout, "rowHeights"> = {
    name: options.sheetName ?? defaultScoreSheetName(template, options.year),
    kind: "score",
    layoutVersion,
    cells: rows,
    columnCount,
    columnWidths: headerKeys.map((key) => SCORE_COLUMN_WIDTHS[key]),
    numberFormats: [
      { range: rangeAddress(firstItemRow, C.code, lastRow, C.code), format: "@" },
      { range: rangeAddress(firstItemRow, C.name, lastRow, C.name), format: "@" },
      { range: rangeAddress(firstItemRow, C.notApplicable, lastRow, C.notApplicable), format: "@" },
      // Text columns stay text; the round-2 score (S) between the notes is a number.
      ...(rounds
        ? [
            { range: rangeAddress(firstItemRow, C.method, lastRow, C.reply), format: "@" },
            { range: rangeAddress(firstItemRow, C.councilNote2, lastRow, C.councilNote2), format: "@" },
          ]
        : [{ range: rangeAddress(firstItemRow, C.method, lastRow, lastColumn), format: "@" }]),
      { range: rangeAddress(firstItemRow, C.percent, lastRow, C.percent), format: "0.00" },
    ],
    styles: [
      { range: rangeAddress(0, 0, 0, lastColumn), style: "title" },
      { range: rangeAddress(1, 0, 2, lastColumn), style: "subtitle" },
      { range: rangeAddress(3, 0, 3, lastColumn), style: "note" },
      // The source and the note run longer than the scoring columns they are merged over.
      { range: rangeAddress(2, 0, 3, lastColumn), style: "wrapped" },
      { range: rangeAddress(SCORE_HEADER_ROW, 0, SCORE_HEADER_ROW, lastColumn), style: "header" },
      ...itemStyles(index.items, rowOf, lastColumn, rounds),
      ...(adjustmentsLabelRow === null ? [] : [{ range: rangeAddress(adjustmentsLabelRow, 0, adjustmentsLabelRow, lastColumn), style: "criterion" as const }]),
      ...runs(adjustmentRows).map(([a, b]) => ({ range: rangeAddress(a, 0, b, lastColumn), style: "subCriterion" as const })),
      ...runs(adjustmentRows).map(([a, b]) => ({ range: rangeAddress(a, C.self, b, C.appraised), style: "input" as const })),
      ...(rounds ? runs(adjustmentRows).map(([a, b]) => ({ range: rangeAddress(a, C.round2, b, C.round2), style: "input" as const })) : []),
      { range: rangeAddress(treeTotalRow, 0, lastRow, lastColumn), style: "total" },
    ],
    // Centred over the scoring columns, which print first (see SCORE_PRINT).
    merges: [0, 1, 2, 3].map((r) => rangeAddress(r, 0, r, C.percent)),
    validations: scoreValidations(index.items, rowOf, adjustmentRows, rounds),
    conditionalFormats: conditionalFormats(firstItemRow, lastItemRow, rounds),
    freeze: { rows: SCORE_HEADER_ROW + 1, columns: 2 },
    print: { ...SCORE_PRINT, repeatRows: { first: SCORE_HEADER_ROW + 1, last: SCORE_HEADER_ROW + 1 } },
    rowOf,
    firstItemRow,
    lastItemRow,
    totalRow,
    treeTotalRow,
  };
  return { ...layout, rowHeights: fitRowHeights(layout) };
}

/**
 * How a scoring sheet prints. Fitted to one page's width its 16–20 columns came out in 4–5 pt, so
 * it prints at 90 % instead (text of about 10 pt): A–J (code, name, the scores, points lost) fill the
 * width of the first pages, and the units, guidance, evidence, explanations and the council's notes
 * follow on the next pages, page by page down then across, with A–B (code and name) repeated at
 * their left so every page says which item a row is. (Not two print areas, which would print the
 * title block once: exceljs writes them as two names, which Excel repairs, and reads back only
 * the first, so a rewritten workbook would stop printing its notes.) 90 % is the largest scale at which A–J
 * (1 072 px) and the widest later band, R–T with A–B (1 097 px), each fit the 988 px between
 * Excel's default 0,7" margins of A4 landscape.
 */
const SCORE_PRINT = { orientation: "landscape", paper: "A4", fitToWidth: false, scale: 90, repeatColumns: { first: 1, last: 2 } } as const;

/** `IF(S6<>"",N(S6),IF(G6<>"",N(G6),…))`: the first of the columns with a value, else `otherwise`. */
function firstPresent(columns: readonly number[], otherwise: string, r: number): string {
  return columns.reduceRight((rest, column) => `IF(${ref(column, r)}<>"",N(${ref(column, r)}),${rest})`, otherwise);
}

function percentFormula(r: number): LayoutCell {
  return { formula: `=IF(${ref(C.applicableMax, r)}=0,"",ROUND(${ref(C.score, r)}/${ref(C.applicableMax, r)}*100,2))` };
}

/** Consecutive row numbers grouped into [first, last] runs. */
export function runs(rowsIn: readonly number[]): [number, number][] {
  const sorted = [...rowsIn].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else out.push([row, row]);
  }
  return out;
}

function itemStyles(items: readonly TemplateItem[], rowOf: Record<string, number>, lastColumn: number, rounds: boolean): StyledRange[] {
  const styleOf = (item: TemplateItem): StyleName =>
    item.depth === 1 ? "area" : item.leaf ? "subCriterion" : "criterion";
  const styles: StyledRange[] = [];
  for (const style of ["subCriterion", "criterion", "area"] as const) {
    for (const [a, b] of runs(items.filter((i) => styleOf(i) === style).map((i) => rowOf[i.code]!))) {
      styles.push({ range: rangeAddress(a, 0, b, lastColumn), style });
    }
  }
  const leafRows = items.filter((i) => i.leaf).map((i) => rowOf[i.code]!);
  for (const [a, b] of runs(leafRows)) styles.push({ range: rangeAddress(a, C.self, b, C.appraised), style: "input" });
  for (const [a, b] of runs(items.map((i) => rowOf[i.code]!))) {
    styles.push({ range: rangeAddress(a, C.applicableMax, b, C.applicableMax), style: "computed" });
    styles.push({ range: rangeAddress(a, C.score, b, C.percent), style: "computed" });
    styles.push({ range: rangeAddress(a, C.name, b, C.name), style: "staffText" });
    // Units, guidance, evidence and explanations wrap, so a printed sheet shows them whole.
    styles.push({ range: rangeAddress(a, C.leadUnit, b, lastColumn), style: "staffText" });
  }
  // The round-2 score sits among the notes but is a score cell like F and G (after their wrap style).
  if (rounds) for (const [a, b] of runs(leafRows)) styles.push({ range: rangeAddress(a, C.round2, b, C.round2), style: "input" });
  if (rounds) for (const [a, b] of runs(items.filter((i) => !i.leaf).map((i) => rowOf[i.code]!))) {
    styles.push({ range: rangeAddress(a, C.round2, b, C.round2), style: "computed" });
  }
  return styles;
}

function scoreValidations(
  items: readonly TemplateItem[],
  rowOf: Record<string, number>,
  adjustmentRows: readonly number[],
  rounds: boolean,
): ValidationSpec[] {
  const itemRows = items.map((i) => rowOf[i.code]!);
  const scoreRule = (first: number, last: number, from: number = C.self, to: number = C.appraised): ValidationSpec => ({
    range: rangeAddress(first, from, last, to),
    rule: { kind: "decimal", min: 0, maxFormula: `=${absoluteColumn(C.max, first)}` },
    prompt: { title: "Nhập điểm", message: "Số từ 0 đến điểm tối đa ở cột C, tối đa 2 chữ số thập phân." },
    error: { title: "Điểm không hợp lệ", message: "Điểm phải là số từ 0 đến điểm tối đa của tiêu chí (cột C)." },
  });
  // One rule over each block of score cells (all items, then the bonus and penalty items), not one
  // per run of tiêu chí thành phần: the maximum is relative (=$C6), so one rule fits every row, and
  // on a lĩnh vực or tiêu chí row it only checks what would be typed over the subtotal formula.
  const blocks = [...runs(itemRows), ...runs(adjustmentRows)];
  const validations = blocks.map(([a, b]) => scoreRule(a, b));
  if (rounds) validations.push(...blocks.map(([a, b]) => scoreRule(a, b, C.round2, C.round2)));
  const allowed = items.filter((i) => i.criterion.allowNotApplicable === true).map((i) => rowOf[i.code]!);
  for (const [a, b] of runs(allowed)) {
    validations.push({
      range: rangeAddress(a, C.notApplicable, b, C.notApplicable),
      rule: { kind: "list", values: ["x"] },
      prompt: { title: "Không áp dụng", message: "Nhập x nếu tiêu chí này không áp dụng với đơn vị; để trống nếu có áp dụng." },
      error: { title: "Chỉ nhập x", message: "Cột này chỉ nhận x (không áp dụng) hoặc để trống." },
    });
  }
  return validations;
}

/** "$C6": the column fixed, the row relative, as rules spanning several columns need. */
function absoluteColumn(column: number, row: number): string {
  return `$${ref(column, row)}`;
}

function conditionalFormats(first: number, last: number, rounds: boolean): ConditionalFormatSpec[] {
  const self = ref(C.self, first);
  const max = absoluteColumn(C.max, first);
  const applicableMax = absoluteColumn(C.applicableMax, first);
  const score = absoluteColumn(C.score, first);
  const round2 = ref(C.round2, first);
  return [
    {
      range: rangeAddress(first, C.self, last, C.appraised),
      formula: `=AND(ISNUMBER(${self}),${self}>${max})`,
      style: "danger",
      description: "Điểm vượt điểm tối đa",
    },
    ...(rounds
      ? [
          {
            range: rangeAddress(first, C.round2, last, C.round2),
            formula: `=AND(ISNUMBER(${round2}),${round2}>${max})`,
            style: "danger" as const,
            description: "Điểm vượt điểm tối đa",
          },
        ]
      : []),
    {
      range: rangeAddress(first, C.self, last, C.appraised),
      formula: `=AND(ISBLANK(${absoluteColumn(C.self, first)}),ISBLANK(${absoluteColumn(C.appraised, first)}),${applicableMax}>0)`,
      style: "warning",
      description: "Chưa có điểm",
    },
    {
      range: rangeAddress(first, C.score, last, C.score),
      formula: `=AND(ISNUMBER(${score}),${applicableMax}>0,${score}=${applicableMax})`,
      style: "success",
      description: "Đạt điểm tối đa",
    },
  ];
}
