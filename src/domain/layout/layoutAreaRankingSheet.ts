// The per-lĩnh vực sheet staff make by hand, as data: a summary of each lĩnh vực over the ranked
// units (mean, highest and lowest percentage) with its chart, then the cross-tab — rows are units
// in rank order, columns each lĩnh vực's score, % and rank, then the total. The two header rows
// repeat on every printed page (A4 landscape, fitted to the width).
import { rangeAddress } from "../cells";
import { fromHundredths, type Hundredths } from "../points";
import type { Ranking } from "../ranking/rankUnits";
import type { ChartSpec } from "./chartSpec";
import {
  AREA_CHART_COLORS,
  AREA_RANKING_SHEET_BASE_NAME,
  AREA_RANKING_TITLE,
  AREA_SUMMARY_HEADERS,
  CHART_TITLES,
  CROSS_TAB_SUBHEADERS,
  CROSS_TAB_TOTAL,
  RANKING_HEADERS,
  RANKING_SECTIONS,
} from "./rankingSheetColumns";
import type { LayoutCell, NumberFormatRange, SheetLayout, StyledRange, StyleName } from "./sheetLayout";
import { fittedRowHeight } from "./rowHeights";
import { sanitizeSheetName } from "./sheetNames";

export interface AreaRankingSheetLayout extends SheetLayout {
  kind: "rankingAreas";
  /** 0-based rows of the cross-tab's two header rows. */
  crossTabHeaderRows: [number, number];
}

const LEAD_WIDTHS = [6, 30] as const;
const SUB_WIDTH = 7;
/** Where the chart starts, right of the summary table. */
const CHART_COLUMN = 7;
const CHART_COLUMNS = 10;

function columnWidth(column: number): number {
  return LEAD_WIDTHS[column as 0 | 1] ?? SUB_WIDTH;
}

export function areaRankingSheetName(year: number | null): string {
  return sanitizeSheetName(year === null ? AREA_RANKING_SHEET_BASE_NAME : `${AREA_RANKING_SHEET_BASE_NAME} ${year}`);
}

export function layoutAreaRankingSheet(ranking: Ranking, options: { sheetName?: string } = {}): AreaRankingSheetLayout {
  const areas = ranking.areas;
  // Hạng, Đơn vị, then Điểm / % / Hạng per lĩnh vực and for the total; wide enough for the chart too.
  const width = Math.max(2 + 3 * (areas.length + 1), CHART_COLUMN + CHART_COLUMNS, AREA_SUMMARY_HEADERS.length);
  const last = width - 1;
  const rows: LayoutCell[][] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const numberFormats: NumberFormatRange[] = [];
  const blank = (): LayoutCell[] => new Array<LayoutCell>(width).fill(null);
  const push = (row: LayoutCell[], style?: StyleName, lastColumn = last): number => {
    rows.push(row);
    const r = rows.length - 1;
    if (style) styles.push({ range: rangeAddress(r, 0, r, lastColumn), style });
    return r;
  };
  const line = (text: string, style: StyleName, merge: boolean) => {
    const row = blank();
    row[0] = text;
    const r = push(row, style);
    if (merge) merges.push(rangeAddress(r, 0, r, last));
    return r;
  };
  const pct = (value: Hundredths | null): LayoutCell => (value === null ? null : fromHundredths(value));

  line(`${AREA_RANKING_TITLE}${ranking.year === null ? "" : ` NĂM ${ranking.year}`}`, "title", true);
  line(
    `${ranking.template ? `Bộ tiêu chí: ${ranking.template.name}. ` : ""}${ranking.units.length} đơn vị được xếp hạng; chỉ số (%) của mỗi lĩnh vực tính trên điểm tối đa áp dụng của đơn vị.`,
    "subtitle",
    true,
  );
  push(blank());

  line(`I. ${RANKING_SECTIONS.areaSummary}`, "section", false);
  const summaryLast = AREA_SUMMARY_HEADERS.length - 1;
  const summaryHeader = push([...AREA_SUMMARY_HEADERS, ...new Array<LayoutCell>(width - AREA_SUMMARY_HEADERS.length).fill(null)], "header", summaryLast);
  const rowHeights: { row: number; points: number }[] = [];
  const fit = (r: number, cells: { text: LayoutCell; width: number; bold?: boolean }[]) => {
    const points = fittedRowHeight(cells);
    if (points !== null) rowHeights.push({ row: r, points });
  };
  fit(summaryHeader, AREA_SUMMARY_HEADERS.map((text, c) => ({ text, width: columnWidth(c), bold: true })));
  const firstSummaryRow = rows.length;
  for (const area of areas) {
    const row = blank();
    row[0] = area.code;
    row[1] = area.name;
    row[2] = fromHundredths(area.max);
    row[3] = pct(area.mean);
    row[4] = pct(area.highest);
    row[5] = pct(area.lowest);
    fit(push(row, "subCriterion", summaryLast), [{ text: area.name, width: columnWidth(1) }]);
  }
  const lastSummaryRow = rows.length - 1;
  // Long lĩnh vực names wrap (the row grows) rather than being cut off by the next column.
  if (areas.length > 0) styles.push({ range: rangeAddress(firstSummaryRow, 1, lastSummaryRow, 1), style: "staffText" });
  const charts: ChartSpec[] = [];
  if (areas.length > 0 && ranking.units.length > 0) {
    numberFormats.push({ range: rangeAddress(firstSummaryRow, 0, lastSummaryRow, 1), format: "@" });
    numberFormats.push({ range: rangeAddress(firstSummaryRow, 2, lastSummaryRow, 5), format: "0.00" });
    // Three bars per lĩnh vực: about one row each, never less than a readable chart.
    const height = Math.max(18, 3 * areas.length + 4);
    while (rows.length < summaryHeader + height + 1) push(blank());
    const categories = rangeAddress(firstSummaryRow, 1, lastSummaryRow, 1);
    const series = (column: number, name: string, color: string) => ({ name, values: rangeAddress(firstSummaryRow, column, lastSummaryRow, column), color });
    charts.push({
      id: "areas-compared",
      type: "bar",
      title: CHART_TITLES.areas,
      categories,
      series: [
        series(3, AREA_SUMMARY_HEADERS[3], AREA_CHART_COLORS.mean),
        series(4, AREA_SUMMARY_HEADERS[4], AREA_CHART_COLORS.highest),
        series(5, AREA_SUMMARY_HEADERS[5], AREA_CHART_COLORS.lowest),
      ],
      anchor: { from: { row: summaryHeader - 1, column: CHART_COLUMN }, to: { row: summaryHeader + height, column: CHART_COLUMN + CHART_COLUMNS } },
      valueAxis: { min: 0, max: 100, majorUnit: 10, numberFormat: "0" },
      categoriesTopDown: true,
      legend: "bottom",
    });
  }
  push(blank());

  line(`II. ${RANKING_SECTIONS.crossTab}`, "section", false);
  const top = blank();
  const sub = blank();
  top[0] = RANKING_HEADERS.rank;
  top[1] = RANKING_HEADERS.unit;
  const groupsOfColumns = [...areas.map((area) => `${area.code}. ${area.name}`), CROSS_TAB_TOTAL];
  groupsOfColumns.forEach((label, g) => {
    const c = 2 + 3 * g;
    top[c] = label;
    CROSS_TAB_SUBHEADERS.forEach((text, k) => {
      sub[c + k] = text;
    });
  });
  const crossLast = 2 + 3 * groupsOfColumns.length - 1;
  const h1 = push(top, "header", crossLast);
  const h2 = push(sub, "header", crossLast);
  // Names wrap inside cells merged three wide, which Excel does not grow to fit: say how tall.
  fit(h1, groupsOfColumns.map((text) => ({ text, width: 3 * SUB_WIDTH, bold: true })));
  merges.push(rangeAddress(h1, 0, h2, 0), rangeAddress(h1, 1, h2, 1));
  groupsOfColumns.forEach((_, g) => merges.push(rangeAddress(h1, 2 + 3 * g, h1, 4 + 3 * g)));
  const firstUnitRow = rows.length;
  for (const unit of ranking.units) {
    const row = blank();
    row[0] = unit.rank;
    row[1] = unit.unit;
    const cells = [...unit.areas.map((area) => [area.score, area.percent, area.rank] as const), [unit.score, unit.percent, unit.rank] as const];
    cells.forEach(([score, percent, rank], g) => {
      const c = 2 + 3 * g;
      // A lĩnh vực that does not apply to the unit has no score, % or rank to show.
      const applies = percent !== null;
      row[c] = applies ? fromHundredths(score) : null;
      row[c + 1] = pct(percent);
      row[c + 2] = applies ? rank : null;
    });
    fit(push(row, "subCriterion", crossLast), [{ text: unit.unit, width: columnWidth(1) }]);
  }
  const lastUnitRow = rows.length - 1;
  if (ranking.units.length > 0) {
    numberFormats.push({ range: rangeAddress(firstUnitRow, 1, lastUnitRow, 1), format: "@" });
    groupsOfColumns.forEach((_, g) => {
      numberFormats.push({ range: rangeAddress(firstUnitRow, 2 + 3 * g, lastUnitRow, 3 + 3 * g), format: "0.00" });
    });
    styles.push({ range: rangeAddress(firstUnitRow, crossLast - 2, lastUnitRow, crossLast), style: "total" });
    styles.push({ range: rangeAddress(firstUnitRow, 1, lastUnitRow, 1), style: "staffText" });
  }

  const columnWidths = Array.from({ length: width }, (_, c) => columnWidth(c));
  return {
    name: options.sheetName ?? areaRankingSheetName(ranking.year),
    kind: "rankingAreas",
    cells: rows,
    columnCount: width,
    columnWidths,
    numberFormats,
    styles,
    merges,
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 2 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: h1 + 1, last: h2 + 1 } },
    rowHeights,
    charts,
    crossTabHeaderRows: [h1, h2],
  };
}
