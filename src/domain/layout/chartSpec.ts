// Native Excel charts as data, like the rest of a SheetLayout: what to plot (ranges on the same
// sheet), how it looks and where it sits. Hosts translate it — office-js's worksheet.charts, or
// DrawingML parts written into the .xlsx — and take the plotted numbers from the layout's cells.

export interface ChartSeriesSpec {
  /** Legend text of the series. */
  name: string;
  /** A1 range of the values, one column (or one row) on the layout's sheet, e.g. "E7:E26". */
  values: string;
  /** "#RRGGBB" fill of the series. */
  color: string;
  /** A fill per data point, in the order of the values (null keeps the series colour). */
  pointColors?: (string | null)[];
}

export interface ChartAnchor {
  /** 0-based cell of the chart's top-left corner. */
  from: { row: number; column: number };
  /** 0-based cell its bottom-right corner reaches (exclusive: the chart ends where this cell starts). */
  to: { row: number; column: number };
}

export interface ChartSpec {
  /** Stable within the sheet: hosts replace a chart with the same id when a sheet is rebuilt. */
  id: string;
  /** "bar": horizontal bars (long category names such as units read well); "column": vertical. */
  type: "bar" | "column";
  title: string;
  /** A1 range of the category labels, the same length as each series. */
  categories: string;
  series: ChartSeriesSpec[];
  anchor: ChartAnchor;
  valueAxis: { min?: number; max?: number; majorUnit?: number; numberFormat: string; title?: string };
  /** First category at the top of a bar chart (rank 1 first), as a table reads. */
  categoriesTopDown?: boolean;
  /** Values printed on the bars, in this number format. */
  dataLabels?: { numberFormat: string };
  legend: "none" | "bottom" | "right";
}
