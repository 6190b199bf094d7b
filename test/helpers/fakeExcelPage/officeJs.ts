// Stands in for Microsoft's hosted office.js in end-to-end tests: bundled into one browser script
// and served where the production taskpane.html asks for the CDN file. Installs the recording fake
// host (installFakeOffice) over an in-memory workbook, draws that workbook beside the 320 px pane
// and exposes window.__fakeExcel for what staff do in Excel itself (typing, clicking cells).
import { FakeWorkbook, formatA1, hiddenRowsOf, installFakeOffice, parseA1, type FakeRequestContext, type Rect } from "../fakeExcel";
import { qualify } from "../fakeExcel/a1";
import type { FakeExcelPageApi } from "./pageApi";
import { computeFormulaValues, formatCellValue } from "./displayValues";
import { PAGE_CSS, WorkbookView } from "./workbookView";

const options = window.__fakeExcelOptions ?? {};
const workbook = new FakeWorkbook("Sheet1");
const browserWindows: string[] = [];
const host = installFakeOffice(window, workbook, {
  displayLanguage: options.displayLanguage ?? "vi-VN",
  platform: options.platform ?? "OfficeOnline",
  ...(options.openBrowserWindowApi !== undefined ? { openBrowserWindowApi: options.openBrowserWindowApi } : {}),
  ...(options.excelApiOnline !== undefined ? { excelApiOnline: options.excelApiOnline } : {}),
  onOpenBrowserWindow: (url) => browserWindows.push(url),
});
const view = new WorkbookView(workbook, `Excel (giả lập) — Book1 — ${options.displayLanguage ?? "vi-VN"}`);

// Redraw after every batch, failed ones too: a batch can change the workbook before its failing sync.
const excel = (window as unknown as { Excel: { run: typeof host.run } }).Excel;
excel.run = async <T,>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
  try {
    return await host.run(batch);
  } finally {
    view.render();
  }
};

// This script runs from <head>, before <body> exists: style now, draw once the body is there.
const style = document.createElement("style");
style.textContent = PAGE_CSS;
document.head.appendChild(style);
if (document.body) view.mount(document);
else document.addEventListener("DOMContentLoaded", () => view.mount(document), { once: true });

/** A chart's cells as a sheet-qualified address ("'Xếp hạng 2021'!E9:E27"), the sheet found by id. */
function cellsAddress(cells: { sheetId: string; rect: Rect }): string {
  return qualify(workbook.sheetById(cells.sheetId)?.name ?? "#REF!", cells.rect);
}

function addressOf(address: string) {
  const rect = parseA1(address);
  if (!rect) throw new Error(`not an A1 address: ${address}`);
  return rect;
}

const api: FakeExcelPageApi = {
  setCell(sheet, address, value) {
    workbook.typeInto(sheet, formatA1(addressOf(address)), [[value]]);
    view.render();
  },
  getCell(sheetName, address) {
    const sheet = workbook.get(sheetName);
    const { top, left } = addressOf(address);
    const value = sheet.valueAt(top, left);
    const used = sheet.usedRect(false);
    const computed = sheet.cell(top, left)?.formula != null ? computeFormulaValues(sheet, used.bottom + 1, used.right + 1) : null;
    const shown = computed ? (computed.get(`${top},${left}`) ?? null) : value;
    return { value, formula: sheet.formulaAt(top, left), text: formatCellValue(shown, sheet.numberFormatAt(top, left)) };
  },
  select(sheet, address) {
    workbook.select(sheet, address);
    view.render();
  },
  selection: () => ({ sheet: workbook.selection.sheet.name, address: formatA1(workbook.selection.rect) }),
  activeSheet: () => workbook.activeSheet.name,
  sheets: () => workbook.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility })),
  findRows(sheetName, column, text) {
    const sheet = workbook.get(sheetName);
    const { left } = addressOf(`${column}1`);
    const used = sheet.usedRect(true);
    const rows: number[] = [];
    for (let r = 0; r <= used.bottom; r += 1) if (String(sheet.formulaAt(r, left)) === text) rows.push(r + 1);
    return rows;
  },
  charts: (sheetName) =>
    workbook.get(sheetName).charts.map((chart) => ({
      name: chart.name,
      type: chart.type,
      title: chart.title ?? null,
      series: chart.series.map((series) => ({
        name: series.name,
        values: series.values ? cellsAddress(series.values) : null,
        xValues: series.xValues ? cellsAddress(series.xValues) : null,
        fill: series.fill ?? null,
        pointFills: Object.keys(series.pointFills).length,
      })),
      from: chart.position ? formatA1(chart.position.start) : null,
      to: chart.position ? formatA1(chart.position.end) : null,
    })),
  failNextSync: (code) => host.failSync(code),
  counts: () => ({ runs: host.runCount, syncs: host.syncCount }),
  openedBrowserWindows: () => [...browserWindows],
  hiddenRows(sheetName) {
    const sheet = workbook.get(sheetName);
    const oneBased = (rows: number[]) => rows.map((row) => row + 1);
    return { mine: oneBased(hiddenRowsOf(sheet, "me")), others: oneBased(hiddenRowsOf(sheet, "others")), sheetView: sheet.activeView };
  },
};
window.__fakeExcel = api;
