// The fake workbook's charts drawn over its grid, as Excel shows a chart floating over the cells it
// was placed on: title, one row per category with a bar per series (in the point's or the series'
// colour, long as the value against the value axis' maximum), the values printed, the legend.
// Enough for a screenshot to show the chart the add-in made, from the sheet's own cells.
import type { FakeChart, FakeSheet } from "../fakeExcel";
import type { Rect } from "../fakeExcel/a1";
import { formatCellValue, type ComputedValue } from "./displayValues";

export const CHART_CSS = `
#fake-excel .fx-sheet { position: relative; display: inline-block; }
#fake-excel .fx-chart { position: absolute; box-sizing: border-box; background: #fff; border: 1px solid #bfbfbf; box-shadow: 0 1px 3px rgba(0,0,0,.2); padding: 6px 8px; display: flex; flex-direction: column; font-size: 11px; overflow: hidden; z-index: 2; }
#fake-excel .fx-chart-title { font-weight: bold; text-align: center; font-size: 12px; margin-bottom: 4px; }
#fake-excel .fx-chart-plot { flex: 1 1 auto; display: flex; flex-direction: column; justify-content: space-around; min-height: 0; }
#fake-excel .fx-chart-row { display: flex; align-items: center; gap: 4px; flex: 1 1 0; min-height: 0; }
#fake-excel .fx-chart-label { flex: 0 0 32%; text-align: right; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#fake-excel .fx-chart-bars { flex: 1 1 auto; display: flex; flex-direction: column; justify-content: center; height: 100%; border-left: 1px solid #7f7f7f; gap: 1px; }
#fake-excel .fx-chart-bar { display: flex; align-items: center; min-height: 2px; flex: 1 1 0; max-height: 14px; }
#fake-excel .fx-chart-bar > span:first-child { display: block; height: 100%; }
#fake-excel .fx-chart-bar > span:last-child { padding-left: 3px; font-size: 10px; white-space: nowrap; }
#fake-excel .fx-chart-legend { display: flex; justify-content: center; gap: 10px; margin-top: 4px; }
#fake-excel .fx-chart-legend i { display: inline-block; width: 10px; height: 10px; margin-right: 3px; vertical-align: middle; }
`;

type ValueAt = (row: number, column: number) => ComputedValue;

function cellsOf(rect: Rect | undefined, at: ValueAt): ComputedValue[] {
  if (!rect) return [];
  const out: ComputedValue[] = [];
  for (let r = rect.top; r <= rect.bottom; r += 1) for (let c = rect.left; c <= rect.right; c += 1) out.push(at(r, c));
  return out;
}

/** One chart as HTML, to be placed by placeCharts once the grid is laid out. */
export function chartHtml(sheet: FakeSheet, chart: FakeChart, at: ValueAt, escape: (text: string) => string): string {
  const series = chart.series.filter((s) => s.values !== null && s.values.sheetId === sheet.id);
  const values = series.map((s) => cellsOf(s.values?.rect, at).map((v) => (typeof v === "number" ? v : null)));
  const labels = cellsOf(series[0]?.xValues?.rect, at).map((v) => (v === null ? "" : String(v)));
  const count = Math.max(0, ...values.map((v) => v.length));
  const max = chart.valueAxis.maximum ?? Math.max(1, ...values.flat().map((v) => v ?? 0));
  const format = chart.dataLabels.numberFormat ?? "0.00";
  const order = Array.from({ length: count }, (_, i) => i);
  // Excel draws a bar chart's first category at the bottom unless the category axis is reversed.
  if (chart.type.startsWith("Bar") && chart.categoryAxis.reversePlotOrder !== true) order.reverse();
  const rows = order.map((i) => {
    const bars = series.map((s, k) => {
      const value = values[k]?.[i] ?? null;
      const width = value === null ? 0 : Math.max(0, Math.min(100, (value / max) * 100));
      const color = s.pointFills[i] ?? s.fill ?? "#4472C4";
      const label = chart.dataLabels.showValue && value !== null ? formatCellValue(value, format) : "";
      return `<div class="fx-chart-bar"><span style="width:${width.toFixed(2)}%;background:${color}"></span><span>${escape(label)}</span></div>`;
    });
    return `<div class="fx-chart-row"><span class="fx-chart-label" title="${escape(labels[i] ?? "")}">${escape(labels[i] ?? String(i + 1))}</span><div class="fx-chart-bars">${bars.join("")}</div></div>`;
  });
  const legend =
    chart.legend.visible === false
      ? ""
      : `<div class="fx-chart-legend">${series.map((s) => `<span><i style="background:${s.fill ?? "#4472C4"}"></i>${escape(s.name)}</span>`).join("")}</div>`;
  const position = chart.position;
  const place = position ? ` data-top="${position.start.top}" data-left="${position.start.left}" data-bottom="${position.end.bottom}" data-right="${position.end.right}"` : "";
  return `<div class="fx-chart" data-chart="${escape(chart.name)}"${place}><div class="fx-chart-title">${escape(chart.title ?? "")}</div><div class="fx-chart-plot">${rows.join("")}</div>${legend}</div>`;
}

/** Puts each chart over the cells it covers, measured from the grid's row and column headers. */
export function placeCharts(root: HTMLElement): void {
  const wrapper = root.querySelector<HTMLElement>(".fx-sheet");
  if (!wrapper) return;
  const columns = [...wrapper.querySelectorAll<HTMLElement>("thead th")].slice(1);
  const rows = [...wrapper.querySelectorAll<HTMLElement>("tbody tr > th")];
  for (const chart of wrapper.querySelectorAll<HTMLElement>(".fx-chart")) {
    const [top, left, bottom, right] = ["top", "left", "bottom", "right"].map((key) => Number(chart.dataset[key] ?? "0"));
    const first = rows[top!];
    const last = rows[Math.min(bottom!, rows.length - 1)];
    const from = columns[left!];
    const to = columns[Math.min(right!, columns.length - 1)];
    if (!first || !last || !from || !to) continue;
    chart.style.top = `${first.offsetTop}px`;
    chart.style.left = `${from.offsetLeft}px`;
    chart.style.width = `${to.offsetLeft + to.offsetWidth - from.offsetLeft}px`;
    chart.style.height = `${last.offsetTop + last.offsetHeight - first.offsetTop}px`;
  }
}
