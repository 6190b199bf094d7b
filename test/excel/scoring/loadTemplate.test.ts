// Loading a template writes a new scoring sheet from layoutScoreSheet in whole ranges, records it
// in the very hidden metadata sheet, then draws its optional finishes, in a constant number of syncs.
import { readMetadata, METADATA_SHEET_NAME } from "../../../src/domain/layout/metadata";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { isFormulaCell, type LayoutCell } from "../../../src/domain/layout/sheetLayout";
import { charactersToPoints } from "../../../src/excel/sheets/writeLayout";
import { fakeHost, operationsOn, templateWithItems } from "../../helpers/excelHost";
import { seed001Template } from "../../helpers/seed001";

const asWritten = (cell: LayoutCell) => (cell === null ? "" : isFormulaCell(cell) ? cell.formula : cell);

describe("loadTemplate", () => {
  it.each([10, 5000])("makes the same number of syncs (4) for a template of %i items in a fresh workbook", async (items) => {
    const host = fakeHost();
    const count = host.countSyncs();
    await operationsOn(host).loadTemplate({ template: templateWithItems(items), year: 2024 });
    // The snapshot, the sheet list again (no metadata yet), the sheet with its record, the finishes.
    expect(count()).toBe(4);
    expect(host.runCount).toBe(1);
  });

  it("needs one sync less once the workbook has the add-in's metadata, whatever the size", async () => {
    const host = fakeHost();
    const operations = operationsOn(host);
    await operations.loadTemplate({ template: templateWithItems(10) });
    const counts = [];
    for (const items of [10, 5000]) {
      const count = host.countSyncs();
      await operations.loadTemplate({ template: templateWithItems(items, { id: `thu-${items}-b` }) });
      counts.push(count());
    }
    expect(counts).toEqual([3, 3]);
  });

  it("writes seed 001's sheet as one formulas block equal to layoutScoreSheet's cells", async () => {
    const host = fakeHost();
    const result = await operationsOn(host).loadTemplate({ template: seed001Template(), unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
    const layout = layoutScoreSheet(seed001Template(), { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
    expect(result).toEqual({ sheetName: "VPUB Sơn La 2021", rowCount: layout.cells.length, skippedFeatures: [] });
    const formulas = host.writesTo("VPUB Sơn La 2021", "formulas");
    expect(formulas).toHaveLength(1);
    expect(formulas[0]!.address).toBe(`A1:T${layout.cells.length}`);
    expect(formulas[0]!.block).toEqual(layout.cells.map((row) => row.map(asWritten)));
    // …and that is what the sheet holds: codes and names as text, maxima as numbers, live formulas.
    const sheet = host.workbook.get("VPUB Sơn La 2021");
    expect(sheet.formulaGrid(layout.cells.length, 20)).toEqual(layout.cells.map((row) => row.map(asWritten)));
    expect(sheet.cell(5, 0)).toMatchObject({ type: "text", value: "1" });
  });

  it("names a Sở Tư pháp sheet made from VPUB's template for Sở Tư pháp and leaves VPUB's phòng out of it", async () => {
    const host = fakeHost();
    const result = await operationsOn(host).loadTemplate({ template: seed001Template(), unit: "Sở Tư pháp tỉnh Sơn La", year: 2024 });
    expect(result).toMatchObject({ sheetName: "Sở Tư pháp tỉnh Sơn La 2024", droppedAssignmentsOf: "Văn phòng UBND tỉnh Sơn La" });
    const sheet = host.workbook.get("Sở Tư pháp tỉnh Sơn La 2024");
    const leadAndCo = sheet.formulaGrid(result.rowCount, 20).slice(5).flatMap((row) => [row[11], row[12]]);
    expect(leadAndCo.every((cell) => cell === "")).toBe(true);
    // VPUB's own sheet keeps them.
    const own = await operationsOn(host).loadTemplate({ template: seed001Template(), unit: "Văn phòng UBND tỉnh Sơn La", year: 2024 });
    expect(own).not.toHaveProperty("droppedAssignmentsOf");
    const ownLead = host.workbook.get(own.sheetName).formulaGrid(own.rowCount, 20).slice(5).map((row) => row[11]);
    expect(ownLead.some((cell) => typeof cell === "string" && cell.startsWith("Phòng"))).toBe(true);
  });

  it("sets the text format on code, name and staff columns before any value is written", async () => {
    const host = fakeHost();
    await operationsOn(host).loadTemplate({ template: seed001Template(), year: 2021 });
    const writes = host.writesTo("VPUB Sơn La 2021");
    const firstFormulas = writes.findIndex((write) => write.property === "formulas");
    const textFormats = writes.filter((write) => write.property === "numberFormat" && write.block.flat().every((f) => f === "@"));
    expect(textFormats.map((write) => write.address)).toEqual(["A6:A34", "B6:B34", "D6:D34", "K6:R34", "T6:T34"]);
    for (const write of textFormats) expect(writes.indexOf(write)).toBeLessThan(firstFormulas);
  });

  it("keeps names that start with = + - @ or look like numbers as text", async () => {
    const template = seed001Template();
    const risky = ["=SUM(1,2)", "-Tăng cường kỷ luật", "+84 đơn vị", "@mention", "12/2022", "1.10"];
    const areas = template.areas.map((area, i) => (i < risky.length ? { ...area, name: risky[i]! } : area));
    const host = fakeHost();
    await operationsOn(host).loadTemplate({ template: { ...template, areas } });
    const sheet = host.workbook.get("VPUB Sơn La");
    const layout = layoutScoreSheet({ ...template, areas });
    risky.forEach((name, i) => {
      const row = layout.rowOf[String(i + 1)]!;
      expect(sheet.cell(row, 1)).toMatchObject({ type: "text", value: name });
    });
  });

  it("names the sheet after the template and year without overwriting an existing sheet", async () => {
    const host = fakeHost({ sheets: ["Sheet1", "VPUB Sơn La 2021"] });
    host.workbook.typeInto("VPUB Sơn La 2021", "A1", [["dữ liệu của cán bộ"]]);
    const result = await operationsOn(host).loadTemplate({ template: seed001Template(), year: 2021 });
    expect(result.sheetName).toBe("VPUB Sơn La 2021 (2)");
    expect(host.workbook.get("VPUB Sơn La 2021").formulaAt(0, 0)).toBe("dữ liệu của cán bộ");
    expect(host.workbook.activeSheet.name).toBe("VPUB Sơn La 2021 (2)");
  });

  it("records the sheet and its template JSON in the very hidden metadata sheet, rewritten whole", async () => {
    const host = fakeHost();
    const operations = operationsOn(host);
    await operations.loadTemplate({ template: seed001Template(), unit: "VPUB", year: 2021 });
    await operations.loadTemplate({ template: templateWithItems(10), year: 2022 });
    const meta = host.workbook.get(METADATA_SHEET_NAME);
    expect(meta.visibility).toBe("VeryHidden");
    expect(host.callsOf("clear").filter((call) => call.sheet === METADATA_SHEET_NAME)).toEqual([
      { sheet: METADATA_SHEET_NAME, address: "", method: "clear", args: ["Contents"] },
    ]);
    const used = meta.usedRect(true);
    const values = Array.from({ length: used.bottom + 1 }, (_, r) => Array.from({ length: 7 }, (_, c) => meta.valueAt(r, c)));
    const formulas = Array.from({ length: used.bottom + 1 }, (_, r) => Array.from({ length: 7 }, (_, c) => meta.formulaAt(r, c)));
    const metadata = readMetadata(values, formulas)!;
    expect(metadata.sheets).toEqual([
      { kind: "score", sheetName: "VPUB Sơn La 2021", templateId: "son-la-vpub-2021", unit: "VPUB", year: 2021 },
      { kind: "score", sheetName: "Thử 10 2022", templateId: "thu-10", year: 2022 },
    ]);
    expect(metadata.templates.get("son-la-vpub-2021")).toEqual(seed001Template());
    expect(formulas[1]![3]).toBe("='VPUB Sơn La 2021'!$A$1");
  });

  it("stores a changed template under a new id, so older sheets keep the template they were made from", async () => {
    const host = fakeHost();
    const operations = operationsOn(host);
    const original = seed001Template();
    await operations.loadTemplate({ template: original, year: 2021 });
    await operations.loadTemplate({ template: { ...original, name: "Bản sửa đổi" }, year: 2022 });
    const state = await operations.getState();
    expect(state.scoreSheets.map((sheet) => [sheet.templateId, sheet.templateName])).toEqual([
      ["son-la-vpub-2021", original.name],
      ["son-la-vpub-2021-2", "Bản sửa đổi"],
    ]);
  });

  it("draws the content and the finishes: widths, styles, merges, conditional formats, validation, panes, page", async () => {
    const host = fakeHost();
    await operationsOn(host).loadTemplate({ template: seed001Template(), year: 2021 });
    const sheet = host.workbook.get("VPUB Sơn La 2021");
    const layout = layoutScoreSheet(seed001Template(), { year: 2021 });
    expect(sheet.columnWidths.get(1)).toBe(charactersToPoints(60));
    expect(sheet.formatAt(4, 3, "font.bold")).toBe(true);
    expect(sheet.formatAt(4, 3, "fill.color")).toBe("#1F6E43");
    expect(sheet.formatAt(4, 3, "wrapText")).toBe(true);
    expect(sheet.formatAt(20, 14, "borders.InsideHorizontal.style")).toBe("Continuous");
    expect(sheet.merges.length).toBe(layout.merges.length);
    expect(sheet.freeze).toEqual({ rows: 5, columns: 2 });
    expect(sheet.pageSetup).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 90 },
      printTitleRows: "$5:$5",
      printTitleColumns: "$A:$B",
    });
    const [firstRule] = sheet.validations;
    expect(sheet.validations).toHaveLength(layout.validations.length);
    expect(firstRule).toEqual({
      // F6:G33, every item's score cells: the maximum relative to the block's first row.
      rect: { top: 5, left: 5, bottom: 32, right: 6 },
      rule: { decimal: { formula1: 0, formula2: "=$C6", operator: "Between" } },
      prompt: { showPrompt: true, title: "Nhập điểm", message: expect.stringContaining("điểm tối đa") },
      errorAlert: { showAlert: true, style: "Stop", title: "Điểm không hợp lệ", message: expect.stringContaining("điểm tối đa") },
    });
    expect(sheet.conditionalFormats.map((cf) => [cf.type, cf.fill])).toEqual([
      ["Custom", "#FFC7CE"],
      ["Custom", "#FFC7CE"],
      ["Custom", "#FFEB9C"],
      ["Custom", "#C6EFCE"],
    ]);
    expect(sheet.conditionalFormats[0]!.formula).toBe(layout.conditionalFormats[0]!.formula);
  });

  it("groups no rows: office-js cannot put the outline buttons on the lĩnh vực rows above their items", async () => {
    // Excel puts a group's button on the row after the group unless the sheet says summary rows
    // are above, which office-js cannot say; both hosts therefore draw no outline (see README).
    const host = fakeHost();
    await operationsOn(host).loadTemplate({ template: seed001Template(), year: 2021 });
    expect(host.callsOf("group")).toEqual([]);
    expect(host.workbook.get("VPUB Sơn La 2021").rowGroups).toEqual([]);
  });

  it("on the manifest's minimum (ExcelApi 1.7) leaves out validation and page setup, and says so", async () => {
    const host = fakeHost({ excelApi: "1.7" });
    const result = await operationsOn(host).loadTemplate({ template: seed001Template(), year: 2021 });
    expect(result.skippedFeatures).toEqual(["dataValidation", "pageLayout"]);
    const sheet = host.workbook.get("VPUB Sơn La 2021");
    expect([sheet.validations, sheet.pageSetup]).toEqual([[], {}]);
    expect(sheet.freeze).toEqual({ rows: 5, columns: 2 });
  });

  it("activates the new sheet before freezing its panes (OfficeDev/office-js#3148)", async () => {
    const host = fakeHost({ sheets: ["Sheet1", "Khác"] });
    await operationsOn(host).loadTemplate({ template: seed001Template(), year: 2021 });
    const log = host.commandLog;
    const freeze = log.lastIndexOf("WorksheetFreezePanes.freezeAt");
    expect(freeze).toBeGreaterThan(0);
    expect(log.slice(0, freeze).lastIndexOf("Worksheet.activate")).toBeGreaterThan(log.lastIndexOf("WorksheetCollection.add"));
    expect(host.workbook.activeSheet.name).toBe("VPUB Sơn La 2021");
  });

  it("reports progress from reading to done", async () => {
    const steps: string[] = [];
    await operationsOn(fakeHost()).loadTemplate({ template: seed001Template() }, (step) => steps.push(step));
    expect(steps).toEqual(["reading", "writing", "done"]);
  });
});
