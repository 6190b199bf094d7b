// The remediation-plan sheet as data: the score summary of seed 001 (TT, nội dung, điểm tối đa,
// điểm đạt, ghi chú, Tổng cộng), then the plan table with a row per lĩnh vực and per shortcoming,
// then any text kept aside from items that no longer lose points. Formatted to print on A4
// landscape with the table header repeated.
import { rangeAddress } from "../cells";
import { fromHundredths } from "../points";
import type { KeptAsideRow, PlanRow, RemediationPlan } from "../plan/remediationPlan";
import { splitWorthShowing } from "../scoring/methodParts";
import {
  PLAN_COLUMN_COUNT,
  PLAN_COLUMN_WIDTHS,
  PLAN_COLUMNS as P,
  PLAN_HEADERS,
  PLAN_SHEET_BASE_NAME,
  SUMMARY_HEADERS,
  type PlanColumnKey,
} from "./planSheetColumns";
import type { LayoutCell, SheetLayout, StyledRange, StyleName } from "./sheetLayout";
import { fitRowHeights } from "./rowHeights";
import { KEPT_ASIDE_SHORTCOMING, METHOD_ROW_PREFIX, NO_SHORTCOMINGS, SECTION_TITLES } from "./planSheetTitles";
import { sanitizeSheetName } from "./sheetNames";

export interface PlanSheetLayout extends SheetLayout {
  kind: "plan";
  /** 0-based row of each plan and kept-aside row, by item code. */
  rowOf: Readonly<Record<string, number>>;
  /** 0-based row of the plan table's header. */
  planHeaderRow: number;
}

export { KEPT_ASIDE_SHORTCOMING, METHOD_ROW_PREFIX, NO_SHORTCOMINGS, SECTION_TITLES } from "./planSheetTitles";

export function defaultPlanSheetName(year?: number): string {
  return sanitizeSheetName(year ? `${PLAN_SHEET_BASE_NAME} ${year}` : PLAN_SHEET_BASE_NAME);
}

export function layoutPlanSheet(plan: RemediationPlan, options: { sheetName?: string } = {}): PlanSheetLayout {
  const rows: LayoutCell[][] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const last = PLAN_COLUMN_COUNT - 1;
  const blankRow = (): LayoutCell[] => new Array<LayoutCell>(PLAN_COLUMN_COUNT).fill(null);
  const push = (row: LayoutCell[], style?: StyleName, merge = false): number => {
    const r = rows.length;
    rows.push(row);
    if (style) styles.push({ range: rangeAddress(r, 0, r, last), style });
    if (merge) merges.push(rangeAddress(r, 0, r, last));
    return r;
  };
  const line = (text: string, style: StyleName, merge = true) => {
    const row = blankRow();
    row[0] = text;
    return push(row, style, merge);
  };

  line(`KẾ HOẠCH KHẮC PHỤC TỒN TẠI, HẠN CHẾ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${plan.year ? ` NĂM ${plan.year}` : ""}`, "title");
  line(`Đơn vị: ${plan.unit?.trim() || "……………………………"}`, "subtitle");
  push(blankRow());
  line(SECTION_TITLES.summary, "section", false);

  // The summary sits under the plan table's columns: TT in A, nội dung across B:D, numbers in E:G.
  const summaryRow = (tt: string, name: string, max: LayoutCell, score: LayoutCell, note: LayoutCell, style: StyleName) => {
    const row = blankRow();
    row[P.stt] = tt;
    row[P.code] = name;
    row[P.max] = max;
    row[P.score] = score;
    row[P.lostPoints] = note;
    const r = push(row);
    styles.push({ range: rangeAddress(r, P.stt, r, P.lostPoints), style });
    merges.push(rangeAddress(r, P.code, r, P.shortcoming));
    return r;
  };
  const [tt, content, maxLabel, scoreLabel, noteLabel] = SUMMARY_HEADERS;
  const summaryHeader = summaryRow(tt, content, maxLabel, scoreLabel, noteLabel, "header");
  for (const row of plan.summary) {
    summaryRow(row.code, row.name, row.max === null ? null : fromHundredths(row.max), fromHundredths(row.score), fromHundredths(row.note), "subCriterion");
  }
  const summaryTotal = summaryRow(
    "",
    "Tổng cộng",
    fromHundredths(plan.total.max),
    fromHundredths(plan.total.score),
    fromHundredths(plan.total.lostPoints === 0 ? 0 : -plan.total.lostPoints),
    "total",
  );
  // The seed's "trong đó điểm thẩm định: 67,11; điều tra xã hội học: 27,41", one row per method.
  for (const part of splitWorthShowing(plan.methods ?? [])) {
    summaryRow("", `${METHOD_ROW_PREFIX}${part.label}`, fromHundredths(part.applicableMax), fromHundredths(part.score), fromHundredths(part.lostPoints === 0 ? 0 : -part.lostPoints), "subCriterion");
  }
  push(blankRow());
  line(SECTION_TITLES.plan, "section", false);

  const headerRow = (): number => {
    const row = blankRow();
    for (const key of Object.keys(P) as PlanColumnKey[]) row[P[key]] = PLAN_HEADERS[key];
    return push(row, "header");
  };
  const planHeaderRow = headerRow();
  const rowOf: Record<string, number> = {};
  const planRow = (row: PlanRow): number => {
    const cells = blankRow();
    cells[P.stt] = row.stt;
    cells[P.code] = row.code;
    cells[P.name] = row.name;
    cells[P.shortcoming] = row.shortcoming;
    cells[P.max] = fromHundredths(row.max);
    cells[P.score] = fromHundredths(row.score);
    cells[P.lostPoints] = fromHundredths(row.lostPoints);
    writeFields(cells, row.fields);
    const r = push(cells, row.kind === "area" ? "area" : "staffText");
    rowOf[row.code] = r;
    return r;
  };
  const firstPlanRow = rows.length;
  for (const section of plan.sections) {
    planRow(section.area);
    section.items.forEach(planRow);
  }
  if (plan.sections.length === 0) {
    const row = blankRow();
    row[P.name] = NO_SHORTCOMINGS;
    push(row, "note");
  }
  const lastPlanRow = rows.length - 1;

  if (plan.keptAside.length > 0) {
    push(blankRow());
    line(SECTION_TITLES.keptAside, "section", false);
    headerRow();
    plan.keptAside.forEach((kept: KeptAsideRow) => {
      const cells = blankRow();
      cells[P.code] = kept.code;
      cells[P.name] = kept.name;
      cells[P.shortcoming] = KEPT_ASIDE_SHORTCOMING;
      writeFields(cells, kept.fields);
      rowOf[kept.code] = push(cells, "keptAside");
    });
  }
  if (plan.staffRows.length > 0) {
    push(blankRow());
    line(SECTION_TITLES.staffRows, "section", false);
    headerRow();
    for (const staffRow of plan.staffRows) {
      const filled = staffRow.cells.filter((text) => text !== "");
      // A line typed alone in the narrow STT or Mã column is a note: it reads across the table.
      const note = filled.length === 1 && (staffRow.cells[P.stt] !== "" || staffRow.cells[P.code] !== "");
      if (note) line(filled[0]!, "staffText");
      else push(staffRow.cells.map((text) => (text === "" ? null : text)), "staffText");
    }
  }
  const lastRow = rows.length - 1;
  const keys = Object.keys(P) as PlanColumnKey[];

  const layout: Omit<PlanSheetLayout, "rowHeights"> = {
    name: options.sheetName ?? defaultPlanSheetName(plan.year),
    kind: "plan",
    cells: rows,
    columnCount: PLAN_COLUMN_COUNT,
    columnWidths: keys.map((key) => PLAN_COLUMN_WIDTHS[key]),
    numberFormats: [
      // Staff text stays text: a remedy typed as "-Tăng cường…" or "=…" must not turn into a formula.
      { range: rangeAddress(firstPlanRow, P.stt, lastRow, P.shortcoming), format: "@" },
      { range: rangeAddress(firstPlanRow, P.remedy, lastRow, P.note), format: "@" },
      { range: rangeAddress(summaryHeader + 1, P.stt, summaryTotal, P.stt), format: "@" },
    ],
    styles: [
      ...styles,
      { range: rangeAddress(firstPlanRow, P.shortcoming, Math.max(firstPlanRow, lastPlanRow), P.shortcoming), style: "staffText" },
      // A lĩnh vực row's long name and units wrap in their columns instead of being cut at the next one.
      ...plan.sections.map((section) => {
        const r = rowOf[section.area.code]!;
        return { range: rangeAddress(r, P.name, r, last), style: "staffText" as const };
      }),
    ],
    merges,
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 0 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: planHeaderRow + 1, last: planHeaderRow + 1 },
    },
    rowOf,
    planHeaderRow,
  };
  return { ...layout, rowHeights: fitRowHeights(layout) };
}

function writeFields(cells: LayoutCell[], fields: PlanRow["fields"]): void {
  cells[P.remedy] = fields.remedy || null;
  cells[P.leadUnit] = fields.leadUnit || null;
  cells[P.coUnits] = fields.coUnits || null;
  cells[P.timeFrame] = fields.timeFrame || null;
  cells[P.note] = fields.note || null;
}
