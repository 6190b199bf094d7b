// The contract between an end-to-end test and the fake Office page: the options the page reads
// before office.js "loads", and the window.__fakeExcel API that stands in for the user's own
// work in Excel (typing into cells, clicking cells and tabs) and lets the test read the workbook.

export interface FakeExcelPageOptions {
  /** Office.context.displayLanguage; "vi-VN" when omitted. */
  displayLanguage?: string;
  /** Office.context.platform; "OfficeOnline" when omitted. */
  platform?: string;
  /** OpenBrowserWindowApi 1.1 there or not; by default as Microsoft lists it (not on the web). */
  openBrowserWindowApi?: boolean;
  /** ExcelApiOnline's version ("1.1": named sheet views, as Excel on the web has); none when omitted. */
  excelApiOnline?: string;
}

export interface FakeCellView {
  /** What range.values reads (the fake does not calculate formulas: "" for them). */
  value: string | number | boolean;
  /** The formula, else the value. */
  formula: string | number | boolean;
  /** What the page's grid shows: a formula's value computed by HyperFormula, numbers as Excel in Vietnamese shows them. */
  text: string;
}

export interface FakeSelection {
  sheet: string;
  /** A1 address without the sheet, e.g. "G7". */
  address: string;
}

/** A chart on a sheet as the fake holds it, ranges as A1 addresses (for assertions). */
export interface FakeChartView {
  name: string;
  type: string;
  title: string | null;
  /** Cells as sheet-qualified addresses, e.g. "'Xếp hạng 2021'!E9:E27". */
  series: { name: string; values: string | null; xValues: string | null; fill: string | null; pointFills: number }[];
  /** Top-left and bottom-right cells it covers, e.g. "A40" and "I64". */
  from: string | null;
  to: string | null;
}

export interface FakeExcelPageApi {
  /** Types one value into a cell, as staff would in Excel (numbers, text, "=formulas", "'text"). */
  setCell(sheet: string, address: string, value: string | number | boolean): void;
  getCell(sheet: string, address: string): FakeCellView;
  /** Clicks a sheet tab and a cell, as staff would: the sheet becomes active, the cell selected. */
  select(sheet: string, address: string): void;
  selection(): FakeSelection;
  activeSheet(): string;
  /** All sheets in workbook order with their visibility, hidden ones included. */
  sheets(): { name: string; visibility: string }[];
  /**
   * 1-based rows of a sheet whose cell in `column` ("A") reads `text`, top to bottom: how a
   * person finds the row of tiêu chí 5.1 by looking down the Mã column.
   */
  findRows(sheet: string, column: string, text: string): number[];
  /** The charts of a sheet, in the order they were added. */
  charts(sheet: string): FakeChartView[];
  /** Makes the next context.sync() fail with an OfficeExtension.Error of this code. */
  failNextSync(code: string): void;
  /** Excel.run calls and context.sync() calls made so far. */
  counts(): { runs: number; syncs: number };
  /** The URLs the add-in asked Office to open in the default browser (Office.context.ui.openBrowserWindow). */
  openedBrowserWindows(): string[];
  /**
   * 1-based rows of a sheet hidden (hidden rows, AutoFilter): for this user (in the sheet view it
   * switched to, if any) and for a co-author in the sheet's own view; and the view this user is in.
   */
  hiddenRows(sheet: string): { mine: number[]; others: number[]; sheetView: string | null };
}

declare global {
  interface Window {
    __fakeExcel: FakeExcelPageApi;
    __fakeExcelOptions?: FakeExcelPageOptions;
  }
}
