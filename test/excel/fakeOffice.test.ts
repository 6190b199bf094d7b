// The recording fake itself behaves like office-js where src/excel relies on it, and
// installFakeOffice gives the pane's default wiring (the Office and Excel globals) a host to run on.
import { createWorkbookOperations } from "../../src/excel/host/createWorkbookOperations";
import { FakeExcelHost, FakeWorkbook, installFakeOffice, type FakeRequestContext } from "../helpers/fakeExcel";
import { seed001Template } from "../helpers/seed001";

describe("the fake office-js host", () => {
  it("answers properties only after the sync that loaded them", async () => {
    const host = new FakeExcelHost(new FakeWorkbook("Trang 1"));
    await host.run(async (context: FakeRequestContext) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the read before sync is what this test checks
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheet.name).toBe("Trang 1");
    });
    expect(host.syncCount).toBe(1);
  });

  it("runs queued writes at sync, records them, and flushes what is left when the batch ends", async () => {
    const host = new FakeExcelHost();
    await host.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [["'=x", "=A1"]];
      expect(host.writes).toEqual([]);
    });
    expect(host.syncCount).toBe(1);
    expect(host.writes).toEqual([{ sheet: "Sheet1", address: "A1:B1", property: "formulas", block: [["'=x", "=A1"]] }]);
    expect(host.workbook.get("Sheet1").cell(0, 0)).toMatchObject({ type: "text", value: "=x", quotePrefix: true });
    expect(host.workbook.get("Sheet1").cell(0, 1)).toMatchObject({ type: "formula", formula: "=A1" });
  });

  it("refuses a block whose shape does not match its range", async () => {
    const host = new FakeExcelHost();
    const run = host.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("enters typed text as Excel does: text format keeps it, otherwise formulas, numbers and dates", () => {
    const sheet = new FakeWorkbook().get("Sheet1");
    sheet.setNumberFormat(0, 0, "@");
    sheet.enter(0, 0, "-abc");
    sheet.enter(0, 1, "-abc");
    sheet.enter(0, 2, "3,61");
    sheet.enter(0, 3, "3.61");
    sheet.enter(0, 4, "12/2022");
    expect([0, 1, 2, 3, 4].map((c) => sheet.cell(0, c)!.type)).toEqual(["text", "formula", "text", "number", "number"]);
  });

  it("fails APIs above its requirement set with ApiNotFound, and says so through isSetSupported", async () => {
    const host = new FakeExcelHost(new FakeWorkbook(), { excelApi: "1.9" });
    expect([host.isSetSupported("ExcelApi", "1.9"), host.isSetSupported("ExcelApi", "1.10")]).toEqual([true, false]);
    const run = host.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("2:3").group("ByRows");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

type FakeSheetProxy = ReturnType<FakeRequestContext["workbook"]["worksheets"]["getItem"]>;

/** Runs one batch on a sheet with numbers in A1:C4 and the names of their rows in D1:D4. */
async function onChartSheet(batch: (sheet: FakeSheetProxy) => void, host = new FakeExcelHost()) {
  host.workbook.typeInto("Sheet1", "A1", [[1, 2, 3, "a"], [4, 5, 6, "b"], [7, 8, 9, "c"], [1, 1, 1, "d"]]);
  await host.run(async (context: FakeRequestContext) => {
    batch(context.workbook.worksheets.getItem("Sheet1"));
    await context.sync();
  });
  return host;
}

describe("the fake host's charts", () => {
  it("makes one series per column of the source, then takes x-axis values, names, fills and a place", async () => {
    const host = await onChartSheet((sheet) => {
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:C4"), "Columns");
      chart.name = "thu";
      chart.setPosition("F2", "L20");
      const series = chart.series.getItemAt(2);
      series.setXAxisValues(sheet.getRange("D1:D4"));
      series.name = "Cột C";
      series.points.getItemAt(3).format.fill.setSolidColor("#C0392B");
    });
    const [chart] = host.workbook.get("Sheet1").charts;
    expect(chart!.series.map((series) => [series.name, series.values?.rect.left])).toEqual([["Series1", 0], ["Series2", 1], ["Cột C", 2]]);
    expect(chart!.series[2]!.xValues?.rect).toEqual({ top: 0, left: 3, bottom: 3, right: 3 });
    expect(chart!.series[2]!.pointFills).toEqual({ 3: "#C0392B" });
    expect(chart!.position).toEqual({ start: { top: 1, left: 5, bottom: 1, right: 5 }, end: { top: 19, left: 11, bottom: 19, right: 11 } });
  });

  it.each([
    ["a chart type Excel.ChartType does not have", (sheet: FakeSheetProxy) => sheet.charts.add("Invalid", sheet.getRange("A1:A4")), "InvalidArgument"],
    ["a colour that is not #RRGGBB or a name", (sheet: FakeSheetProxy) => sheet.charts.add("BarClustered", sheet.getRange("A1:A4")).series.getItemAt(0).format.fill.setSolidColor("rgb(1,2,3)"), "InvalidArgument"],
    ["a point past the series' end", (sheet: FakeSheetProxy) => sheet.charts.add("BarClustered", sheet.getRange("A1:A4")).series.getItemAt(0).points.getItemAt(4).format.fill.setSolidColor("red"), "ItemNotFound"],
    ["a series the chart does not have", (sheet: FakeSheetProxy) => (sheet.charts.add("BarClustered", sheet.getRange("A1:A4")).series.getItemAt(1).name = "x"), "ItemNotFound"],
    ["a legend position outside Excel.ChartLegendPosition", (sheet: FakeSheetProxy) => (sheet.charts.add("BarClustered", sheet.getRange("A1:A4")).legend.position = "Under"), "InvalidArgument"],
    ["a chart of more than 255 series", (sheet: FakeSheetProxy) => sheet.charts.add("ColumnClustered", sheet.getRange("A1:IW1"), "Columns"), "InvalidArgument"],
  ])("refuses %s", async (_what, batch, code) => {
    await expect(onChartSheet(batch)).rejects.toMatchObject({ code });
  });

  it("refuses a chart on a protected sheet, and deletes a sheet's charts with it", async () => {
    const host = new FakeExcelHost();
    host.workbook.get("Sheet1").protected = true;
    await expect(onChartSheet((sheet) => sheet.charts.add("BarClustered", sheet.getRange("A1:A4")), host)).rejects.toMatchObject({ code: "AccessDenied" });
    host.workbook.get("Sheet1").protected = false;
    await onChartSheet((sheet) => sheet.charts.add("BarClustered", sheet.getRange("A1:A4")), host);
    host.workbook.addSheet("Sheet2");
    await host.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    expect(host.workbook.sheets.flatMap((sheet) => sheet.charts)).toEqual([]);
  });

  it("needs ExcelApi 1.7 for x-axis values and added series, 1.8 for number formats", async () => {
    const host = new FakeExcelHost(new FakeWorkbook(), { excelApi: "1.6" });
    await expect(onChartSheet((sheet) => sheet.charts.add("BarClustered", sheet.getRange("A1:A4")).series.getItemAt(0).setXAxisValues(sheet.getRange("D1:D4")), host)).rejects.toMatchObject({ code: "ApiNotFound" });
    host.excelApi = "1.7";
    await expect(onChartSheet((sheet) => (sheet.charts.add("BarClustered", sheet.getRange("A1:A4")).axes.valueAxis.numberFormat = "0"), host)).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("installFakeOffice", () => {
  const globals = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
    delete globals.OfficeExtension;
  });

  it("lets createWorkbookOperations() run on the Office globals, as the pane does", async () => {
    const host = installFakeOffice(globalThis, new FakeWorkbook(), { displayLanguage: "en-US", excelApi: "1.8" });
    await expect((globals.Office as typeof Office).onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    const operations = createWorkbookOperations();
    const result = await operations.loadTemplate({ template: seed001Template(), year: 2021 });
    expect(result.skippedFeatures).toEqual(["pageLayout"]);
    host.failSync("InvalidOperationInCellEditMode");
    await expect(operations.getState()).rejects.toMatchObject({ message: "Leave cell editing (press Enter or Esc), then try again." });
  });
});
