// Fake office-js charts, as Excel documents them (@types/office-js and learn.microsoft.com
// /office/dev/add-ins/excel/excel-add-ins-charts): worksheet.charts.add(type, sourceData, seriesBy)
// makes a chart with one series per column (or row) of the source, plotting those cells; its title,
// legend, axes, data labels, position, series (added, given values and x-axis values, named,
// filled) and points (filled) are set through chained objects, each setting one command at sync.
// What the fake refuses, and why:
// - a chart type or "series by" outside Excel.ChartType / Excel.ChartSeriesBy, a legend position
//   outside Excel.ChartLegendPosition (InvalidArgument, as for every office-js string enum);
// - a colour that is neither "#RRGGBB" / "RRGGBB" nor a named HTML colour, the two forms
//   ChartFill.setSolidColor documents (InvalidArgument);
// - a series or point index beyond the collection (ItemNotFound: getItemAt retrieves an item
//   "based on its position", and there is none there);
// - a 256th series: Excel's specifications and limits allow 255 data series in one chart;
// - any change on a protected sheet (AccessDenied, as for cells; see worksheetProxies.ts).
// Charts live on their sheet, so deleting the sheet deletes them, as in Excel.
import { parseA1 } from "./a1";
import type { FakeChart, FakeChartCells, FakeChartSeries, FakeSheet } from "./fakeWorkbook";
import { FakeOfficeError } from "./officeError";
import { requireEnum, type FakeRange } from "./rangeProxies";
import type { FakeWorksheet } from "./worksheetProxies";

/** Excel.ChartType, as @types/office-js lists it ("Invalid" is what Excel reports, not a type to make). */
const CHART_TYPES = [
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "3DColumnClustered", "3DColumnStacked", "3DColumnStacked100", "BarClustered",
  "BarStacked", "BarStacked100", "3DBarClustered", "3DBarStacked", "3DBarStacked100", "LineStacked", "LineStacked100", "LineMarkers",
  "LineMarkersStacked", "LineMarkersStacked100", "PieOfPie", "PieExploded", "3DPieExploded", "BarOfPie", "XYScatterSmooth",
  "XYScatterSmoothNoMarkers", "XYScatterLines", "XYScatterLinesNoMarkers", "AreaStacked", "AreaStacked100", "3DAreaStacked",
  "3DAreaStacked100", "DoughnutExploded", "RadarMarkers", "RadarFilled", "Surface", "SurfaceWireframe", "SurfaceTopView",
  "SurfaceTopViewWireframe", "Bubble", "Bubble3DEffect", "StockHLC", "StockOHLC", "StockVHLC", "StockVOHLC", "CylinderColClustered",
  "CylinderColStacked", "CylinderColStacked100", "CylinderBarClustered", "CylinderBarStacked", "CylinderBarStacked100", "CylinderCol",
  "ConeColClustered", "ConeColStacked", "ConeColStacked100", "ConeBarClustered", "ConeBarStacked", "ConeBarStacked100", "ConeCol",
  "PyramidColClustered", "PyramidColStacked", "PyramidColStacked100", "PyramidBarClustered", "PyramidBarStacked", "PyramidBarStacked100",
  "PyramidCol", "3DColumn", "Line", "3DLine", "3DPie", "Pie", "XYScatter", "3DArea", "Area", "Doughnut", "Radar", "Histogram", "Boxwhisker",
  "Pareto", "RegionMap", "Treemap", "Waterfall", "Sunburst", "Funnel",
];
const SERIES_BY = ["Auto", "Columns", "Rows"];
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];
const MAX_SERIES = 255;

type ChartTarget = { sheet: FakeSheet; chart: FakeChart };

function requireColor(label: string, color: unknown): void {
  if (typeof color !== "string" || !(/^#?[0-9a-f]{6}$/i.test(color) || /^[a-z]+$/i.test(color))) {
    throw new FakeOfficeError("InvalidArgument", `${JSON.stringify(color)} is not an HTML colour.`, label);
  }
}

function cellsOf(range: FakeRange | string, sheet: FakeSheet, label: string): FakeChartCells {
  if (typeof range !== "string") {
    const target = range.target();
    return { sheetId: target.sheet.id, rect: { ...target.rect } };
  }
  const rect = parseA1(range);
  if (!rect) throw new FakeOfficeError("InvalidArgument", `Not an address: ${range}`, label);
  return { sheetId: sheet.id, rect };
}

export class FakeChartCollection {
  constructor(private readonly worksheet: FakeWorksheet) {}

  /** "If there are multiple charts with the same name, the first one will be returned." */
  getItem(name: string): FakeChartProxy {
    return new FakeChartProxy(this.worksheet, () => {
      const sheet = this.worksheet.target();
      const chart = sheet.charts.find((candidate) => candidate.name === name);
      if (!chart) throw new FakeOfficeError("ItemNotFound", undefined, `ChartCollection.getItem(${JSON.stringify(name)})`);
      return { sheet, chart };
    });
  }

  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChartProxy {
    let created: FakeChart | null = null;
    this.worksheet.mutate("ChartCollection.add", { type, seriesBy }, (sheet) => {
      requireEnum("ChartCollection.add", type, CHART_TYPES);
      requireEnum("ChartCollection.add", seriesBy, SERIES_BY);
      const source = cellsOf(sourceData, sheet, "ChartCollection.add");
      const { rect } = source;
      const rows = rect.bottom - rect.top + 1;
      const columns = rect.right - rect.left + 1;
      // "Auto" plots along the longer side, as Excel's chart wizard does.
      const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= columns);
      const count = byColumns ? columns : rows;
      if (count > MAX_SERIES) throw new FakeOfficeError("InvalidArgument", `A chart holds at most ${MAX_SERIES} series.`, "ChartCollection.add");
      const series: FakeChartSeries[] = Array.from({ length: count }, (_, i) => ({
        name: `Series${i + 1}`,
        values: {
          sheetId: source.sheetId,
          rect: byColumns ? { ...rect, left: rect.left + i, right: rect.left + i } : { ...rect, top: rect.top + i, bottom: rect.top + i },
        },
        xValues: null,
        pointFills: {},
      }));
      created = { name: `Chart ${sheet.charts.length + 1}`, type, legend: {}, valueAxis: {}, categoryAxis: {}, dataLabels: {}, position: null, series };
      sheet.charts.push(created);
      this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "addChart", args: [type, rect, seriesBy] });
    });
    return new FakeChartProxy(this.worksheet, () => {
      if (!created) throw new FakeOfficeError("GeneralException", "chart used before ChartCollection.add ran");
      return { sheet: this.worksheet.target(), chart: created };
    });
  }
}

export class FakeChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean; position: string };
  readonly dataLabels: { showValue: boolean; numberFormat: string };
  readonly axes: {
    valueAxis: { minimum: number; maximum: number; majorUnit: number; numberFormat: string };
    categoryAxis: { reversePlotOrder: boolean };
  };
  readonly series: FakeChartSeriesCollection;

  constructor(
    private readonly worksheet: FakeWorksheet,
    private readonly resolve: () => ChartTarget,
  ) {
    const setter = <T extends object>(label: string, keys: Record<string, (chart: FakeChart, value: never) => void>): T => {
      const object = {};
      for (const [key, apply] of Object.entries(keys)) {
        Object.defineProperty(object, key, {
          enumerable: true,
          set: (value: never) => this.change(`${label}.${key}`, value, (chart) => apply(chart, value)),
        });
      }
      return object as T;
    };
    this.title = setter("ChartTitle", { text: (chart, value: string) => (chart.title = String(value)) });
    this.legend = setter("ChartLegend", {
      visible: (chart, value: boolean) => (chart.legend.visible = value),
      position: (chart, value: string) => {
        requireEnum("ChartLegend.position", value, LEGEND_POSITIONS);
        chart.legend.position = value;
      },
    });
    this.dataLabels = setter("ChartDataLabels", {
      showValue: (chart, value: boolean) => (chart.dataLabels.showValue = value),
      numberFormat: (chart, value: string) => (chart.dataLabels.numberFormat = value),
    });
    this.axes = {
      valueAxis: setter("ChartAxis", {
        minimum: (chart, value: number) => (chart.valueAxis.minimum = value),
        maximum: (chart, value: number) => (chart.valueAxis.maximum = value),
        majorUnit: (chart, value: number) => (chart.valueAxis.majorUnit = value),
        numberFormat: (chart, value: string) => (chart.valueAxis.numberFormat = value),
      }),
      categoryAxis: setter("ChartAxis", { reversePlotOrder: (chart, value: boolean) => (chart.categoryAxis.reversePlotOrder = value) }),
    };
    this.series = new FakeChartSeriesCollection(this);
  }

  set name(value: string) {
    this.change("Chart.name", value, (chart) => {
      chart.name = String(value);
    });
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.change("Chart.setPosition", [typeof startCell === "string" ? startCell : "range", typeof endCell === "string" ? endCell : "range"], (chart, sheet) => {
      const start = cellsOf(startCell, sheet, "Chart.setPosition").rect;
      const end = endCell === undefined ? start : cellsOf(endCell, sheet, "Chart.setPosition").rect;
      chart.position = { start, end };
    });
  }

  /** @internal the chart as it is when the command runs. */
  target(): ChartTarget {
    return this.resolve();
  }

  /** @internal one command changing the chart (refused on a protected sheet). */
  change(label: string, args: unknown, apply: (chart: FakeChart, sheet: FakeSheet) => void): void {
    this.worksheet.mutate(label, args, () => {
      const { chart, sheet } = this.resolve();
      apply(chart, sheet);
    });
  }
}

export class FakeChartSeriesCollection {
  constructor(private readonly chart: FakeChartProxy) {}

  getItemAt(index: number): FakeChartSeriesProxy {
    return new FakeChartSeriesProxy(this.chart, () => {
      const { chart } = this.chart.target();
      const series = chart.series[index];
      if (!series) throw new FakeOfficeError("ItemNotFound", `The chart has ${chart.series.length} series.`, "ChartSeriesCollection.getItemAt");
      return series;
    });
  }

  /** "The new added series is not visible until values, x-axis values, or bubble sizes for it are set." */
  add(name?: string): FakeChartSeriesProxy {
    let added: FakeChartSeries | null = null;
    this.chart.change("ChartSeriesCollection.add", name ?? null, (chart) => {
      if (chart.series.length >= MAX_SERIES) throw new FakeOfficeError("InvalidArgument", `A chart holds at most ${MAX_SERIES} series.`, "ChartSeriesCollection.add");
      added = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null, pointFills: {} };
      chart.series.push(added);
    });
    return new FakeChartSeriesProxy(this.chart, () => {
      if (!added) throw new FakeOfficeError("GeneralException", "series used before ChartSeriesCollection.add ran");
      return added;
    });
  }
}

export class FakeChartSeriesProxy {
  readonly format: { fill: { setSolidColor(color: string): void } };
  readonly points: { getItemAt(index: number): { format: { fill: { setSolidColor(color: string): void } } } };

  constructor(
    private readonly chart: FakeChartProxy,
    private readonly resolve: () => FakeChartSeries,
  ) {
    this.format = {
      fill: {
        setSolidColor: (color: string) =>
          this.change("ChartFill.setSolidColor", color, (series) => {
            requireColor("ChartFill.setSolidColor", color);
            series.fill = color;
          }),
      },
    };
    this.points = {
      getItemAt: (index: number) => ({
        format: {
          fill: {
            setSolidColor: (color: string) =>
              this.change("ChartFill.setSolidColor", { point: index, color }, (series) => {
                const rect = series.values?.rect;
                const count = rect ? (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) : 0;
                if (!Number.isInteger(index) || index < 0 || index >= count) {
                  throw new FakeOfficeError("ItemNotFound", `The series has ${count} points.`, "ChartPointsCollection.getItemAt");
                }
                requireColor("ChartFill.setSolidColor", color);
                series.pointFills[index] = color;
              }),
          },
        },
      }),
    };
  }

  set name(value: string) {
    this.change("ChartSeries.name", value, (series) => {
      series.name = String(value);
    });
  }

  setValues(sourceData: FakeRange): void {
    this.change("ChartSeries.setValues", "range", (series, sheet) => {
      series.values = cellsOf(sourceData, sheet, "ChartSeries.setValues");
    });
  }

  setXAxisValues(sourceData: FakeRange): void {
    this.change("ChartSeries.setXAxisValues", "range", (series, sheet) => {
      series.xValues = cellsOf(sourceData, sheet, "ChartSeries.setXAxisValues");
    });
  }

  private change(label: string, args: unknown, apply: (series: FakeChartSeries, sheet: FakeSheet) => void): void {
    this.chart.change(label, args, (_chart, sheet) => apply(this.resolve(), sheet));
  }
}
