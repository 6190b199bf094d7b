// A layout's charts (ChartSpec) as native Excel charts, queued in the current batch with the
// sheet's content, so a chart lands with its sheet or not at all: the chart from the first series'
// cells, named by the spec's id (a rebuild or a finish finds it by name), its title, legend, value
// axis, data labels, place, and each series' categories, name and fill, points in their group's
// colour. All within ExcelApi 1.7: charts, fills and positions are 1.1, x-axis values, added series
// and the category order 1.7. Number formats on a chart are 1.8, drawn as a finish (see
// chartNumberFormatFinish). A clustered type: series added to a stacked chart add up
// (OfficeDev/office-js#2927).
import { rangeAddress } from "../../domain/cells";
import type { ChartSpec } from "../../domain/layout/chartSpec";
import type { RequestBudget } from "../host/requestBudget";

const CHART_TYPES = { bar: "BarClustered", column: "ColumnClustered" } as const;
const LEGEND_POSITIONS = { bottom: "Bottom", right: "Right" } as const;

export async function queueCharts(worksheet: Excel.Worksheet, charts: readonly ChartSpec[], budget: RequestBudget): Promise<void> {
  for (const spec of charts) await queueChart(worksheet, spec, budget);
}

/** Commands one chart takes (at most): the chart and its settings, five per series, one per point of its own colour. */
export function chartCommands(spec: ChartSpec): number {
  const points = spec.series.reduce((sum, series) => sum + ownPointColors(series).length, 0);
  return 12 + 5 * spec.series.length + points;
}

async function queueChart(worksheet: Excel.Worksheet, spec: ChartSpec, budget: RequestBudget): Promise<void> {
  const first = spec.series[0];
  if (!first) return;
  await budget.reserveCommands(chartCommands(spec));
  const chart = worksheet.charts.add(CHART_TYPES[spec.type], worksheet.getRange(first.values), "Columns");
  chart.name = spec.id;
  chart.title.text = spec.title;
  chart.legend.visible = spec.legend !== "none";
  if (spec.legend !== "none") chart.legend.position = LEGEND_POSITIONS[spec.legend];
  const valueAxis = chart.axes.valueAxis;
  if (spec.valueAxis.min !== undefined) valueAxis.minimum = spec.valueAxis.min;
  if (spec.valueAxis.max !== undefined) valueAxis.maximum = spec.valueAxis.max;
  if (spec.valueAxis.majorUnit !== undefined) valueAxis.majorUnit = spec.valueAxis.majorUnit;
  // Excel draws a bar chart's first category at the bottom; the table reads from the top.
  if (spec.categoriesTopDown) chart.axes.categoryAxis.reversePlotOrder = true;
  if (spec.dataLabels) chart.dataLabels.showValue = true;
  const { from, to } = spec.anchor;
  // The anchor's end is exclusive; setPosition's end cell is covered whole.
  chart.setPosition(rangeAddress(from.row, from.column, from.row, from.column), rangeAddress(to.row - 1, to.column - 1, to.row - 1, to.column - 1));

  const categories = worksheet.getRange(spec.categories);
  spec.series.forEach((series, i) => {
    const item = i === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
    if (i > 0) item.setValues(worksheet.getRange(series.values));
    item.setXAxisValues(categories);
    item.name = series.name;
    item.format.fill.setSolidColor(series.color);
    for (const { index, color } of ownPointColors(series)) item.points.getItemAt(index).format.fill.setSolidColor(color);
  });
}

/** Points whose colour differs from their series': only those need a command. */
function ownPointColors(series: ChartSpec["series"][number]): { index: number; color: string }[] {
  return (series.pointColors ?? []).flatMap((color, index) => (color !== null && color !== series.color ? [{ index, color }] : []));
}

/** The number formats of the charts' value axes and data labels (ExcelApi 1.8), by chart name. */
export async function queueChartNumberFormats(worksheet: Excel.Worksheet, charts: readonly ChartSpec[], budget: RequestBudget): Promise<void> {
  for (const spec of charts) {
    await budget.reserveCommands(2);
    const chart = worksheet.charts.getItem(spec.id);
    chart.axes.valueAxis.numberFormat = spec.valueAxis.numberFormat;
    if (spec.dataLabels) chart.dataLabels.numberFormat = spec.dataLabels.numberFormat;
  }
}
