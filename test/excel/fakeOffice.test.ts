// The recording fake itself behaves like office-js where src/excel relies on it, and
// installFakeOffice gives the pane's default wiring (the Office and Excel globals) a host to run on.
import { createWorkbookOperations } from "../../src/excel/createWorkbookOperations";
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
    expect(result.skippedFeatures).toEqual(["pageLayout", "fitToWidth"]);
    host.failSync("InvalidOperationInCellEditMode");
    await expect(operations.getState()).rejects.toMatchObject({ message: "Leave cell editing (press Enter or Esc), then try again." });
  });
});
