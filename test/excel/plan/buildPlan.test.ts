// The remediation plan sheet: built new once, then rebuilt in place keeping what staff typed,
// with text from cells never turned into formulas, formatted to print.
import { cellAddress } from "../../../src/domain/cells";
import { KEPT_ASIDE_SHORTCOMING, SECTION_TITLES, layoutPlanSheet } from "../../../src/domain/layout/layoutPlanSheet";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { PLAN_COLUMNS } from "../../../src/domain/layout/planSheetColumns";
import { SCORE_COLUMNS } from "../../../src/domain/layout/scoreSheetColumns";
import { isFormulaCell, type LayoutCell } from "../../../src/domain/layout/sheetLayout";
import type { Template } from "../../../src/domain/template/schema";
import type { FakeExcelHost } from "../../helpers/fakeExcel";
import { fakeHost, operationsOn } from "../../helpers/excelHost";
import { seed001Scores, seed001Template } from "../../helpers/seed001";

const SCORE_SHEET = "VPUB Sơn La 2021";
const PLAN_SHEET = "Kế hoạch khắc phục 2021";
const asWritten = (cell: LayoutCell) => (cell === null ? "" : isFormulaCell(cell) ? cell.formula : cell);

async function seedWorkbook(template: Template = seed001Template()) {
  const host = fakeHost();
  const operations = operationsOn(host);
  await operations.loadTemplate({ template, unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
  typeScores(host, template, seed001Scores);
  return { host, operations };
}

function typeScores(host: FakeExcelHost, template: Template, scores: Record<string, unknown>): void {
  const layout = layoutScoreSheet(template, { year: 2021 });
  for (const [code, score] of Object.entries(scores)) {
    host.workbook.typeInto(SCORE_SHEET, cellAddress(layout.rowOf[code]!, SCORE_COLUMNS.appraised), [[score]]);
  }
}

describe("buildPlan", () => {
  it("writes a new plan sheet from layoutPlanSheet in four syncs, A4 landscape with the header repeated", async () => {
    const { host, operations } = await seedWorkbook();
    const count = host.countSyncs();
    const result = await operations.buildPlan({});
    // The snapshot, the scoring sheet's block, the plan sheet with its record, the finishes.
    expect(count()).toBe(4);
    expect(result).toMatchObject({ sheetName: PLAN_SHEET, rebuilt: false, issues: [], skippedFeatures: [] });
    expect(result.plan.sections.map((section) => section.area.code)).toEqual(["1", "2", "4", "5", "6", "7", "8"]);
    const layout = layoutPlanSheet(result.plan, { sheetName: PLAN_SHEET });
    const [formulas] = host.writesTo(PLAN_SHEET, "formulas");
    expect(formulas!.address).toBe(`A1:L${layout.cells.length}`);
    expect(formulas!.block).toEqual(layout.cells.map((row) => row.map(asWritten)));
    const sheet = host.workbook.get(PLAN_SHEET);
    expect(sheet.pageSetup).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${layout.planHeaderRow + 1}:$${layout.planHeaderRow + 1}`,
    });
    expect(host.workbook.activeSheet.name).toBe(PLAN_SHEET);
    expect((await operations.getState()).planSheets).toEqual([PLAN_SHEET]);
  });

  it("rebuilds the same sheet in place, keeping a typed remedy and setting aside text of an item no longer losing points", async () => {
    const { host, operations } = await seedWorkbook();
    const first = await operations.buildPlan({});
    const firstLayout = layoutPlanSheet(first.plan, { sheetName: PLAN_SHEET });
    const remedyCell = (code: string) => cellAddress(firstLayout.rowOf[code]!, PLAN_COLUMNS.remedy);
    host.workbook.typeInto(PLAN_SHEET, remedyCell("5.1"), [["Tổ chức đánh giá công chức đúng quy định"]]);
    host.workbook.typeInto(PLAN_SHEET, remedyCell("4.1"), [["Rà soát biên chế được giao"]]);
    // 4.1 now has full points: its remedy must not be lost.
    typeScores(host, seed001Template(), { "4.1": 4 });

    const count = host.countSyncs();
    const second = await operations.buildPlan({ sheetName: SCORE_SHEET });
    // The old plan is read with the scoring sheet, so a rebuild takes no more syncs than a new plan.
    expect(count()).toBe(4);
    expect(second).toMatchObject({ sheetName: PLAN_SHEET, rebuilt: true });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", SCORE_SHEET, "PARINDEX_META", PLAN_SHEET, "Thông tin văn bản 2021"]);

    const layout = layoutPlanSheet(second.plan, { sheetName: PLAN_SHEET });
    const sheet = host.workbook.get(PLAN_SHEET);
    expect(sheet.formulaAt(layout.rowOf["5.1"]!, PLAN_COLUMNS.remedy)).toBe("Tổ chức đánh giá công chức đúng quy định");
    expect(second.plan.keptAside).toEqual([
      expect.objectContaining({ code: "4.1", fields: expect.objectContaining({ remedy: "Rà soát biên chế được giao" }) }),
    ]);
    const keptRow = layout.rowOf["4.1"]!;
    expect(sheet.formulaAt(keptRow, PLAN_COLUMNS.shortcoming)).toBe(KEPT_ASIDE_SHORTCOMING);
    expect(sheet.formulaAt(keptRow, PLAN_COLUMNS.remedy)).toBe("Rà soát biên chế được giao");
    expect(sheet.formulaGrid(layout.cells.length, 12).flat()).toContain(SECTION_TITLES.keptAside);
    // The new plan was drawn whole on a new sheet that took the old one's name and place.
    expect(host.callsOf("deleteSheet").map((call) => call.sheet)).toEqual([PLAN_SHEET]);
    expect(sheet.usedRect(true).bottom).toBe(layout.cells.length - 1);
    expect(sheet.merges.length).toBe(layout.merges.length);
  });

  it("keeps a note staff typed under the plan table, in part IV, and the pane says so", async () => {
    const { host, operations } = await seedWorkbook();
    const first = await operations.buildPlan({});
    const rows = layoutPlanSheet(first.plan, { sheetName: PLAN_SHEET }).cells.length;
    host.workbook.typeInto(PLAN_SHEET, cellAddress(rows + 1, 0), [["Ghi chú: trình Chánh Văn phòng trước 20/12."]]);

    const second = await operations.buildPlan({});
    expect(second.plan.staffRows).toEqual([expect.objectContaining({ after: "8.1" })]);
    const layout = layoutPlanSheet(second.plan, { sheetName: PLAN_SHEET });
    const grid = host.workbook.get(PLAN_SHEET).formulaGrid(layout.cells.length, 12).map((row) => row.filter(Boolean));
    const title = grid.findIndex((row) => row[0] === SECTION_TITLES.staffRows);
    expect(title).toBeGreaterThan(0);
    expect(grid[title + 2]).toEqual(["Ghi chú: trình Chánh Văn phòng trước 20/12."]);
  });

  it.each(["=SUM(A1:A3)", "+Tăng cường kiểm tra", "-Rà soát quy trình", "@Phòng Nội chính"])(
    "keeps the typed remedy %s as text through a rebuild",
    async (remedy) => {
      const { host, operations } = await seedWorkbook();
      const first = await operations.buildPlan({});
      const row = layoutPlanSheet(first.plan, { sheetName: PLAN_SHEET }).rowOf["5.1"]!;
      host.workbook.typeInto(PLAN_SHEET, cellAddress(row, PLAN_COLUMNS.remedy), [[remedy]]);
      expect(host.workbook.get(PLAN_SHEET).cell(row, PLAN_COLUMNS.remedy)).toMatchObject({ type: "text", value: remedy });

      await operations.buildPlan({});
      expect(host.workbook.get(PLAN_SHEET).cell(row, PLAN_COLUMNS.remedy)).toMatchObject({ type: "text", value: remedy, formula: null });
    },
  );

  it("keeps a lĩnh vực name that starts with = or - as text in the summary and the plan table", async () => {
    const template = seed001Template();
    const areas = template.areas.map((area) =>
      area.code === "5" ? { ...area, name: "-Cải cách công vụ" } : area.code === "1" ? { ...area, name: "=Công tác chỉ đạo" } : area,
    );
    const { host, operations } = await seedWorkbook({ ...template, areas });
    const { plan } = await operations.buildPlan({});
    const layout = layoutPlanSheet(plan, { sheetName: PLAN_SHEET });
    const sheet = host.workbook.get(PLAN_SHEET);
    const cells = [...sheet.cells.values()];
    expect(cells.filter((cell) => cell.type === "formula" || cell.type === "error")).toEqual([]);
    for (const name of ["-Cải cách công vụ", "=Công tác chỉ đạo"]) {
      expect(cells.filter((cell) => cell.value === name).length).toBeGreaterThanOrEqual(2);
    }
    expect(sheet.cell(layout.rowOf["5"]!, PLAN_COLUMNS.name)).toMatchObject({ type: "text", value: "-Cải cách công vụ" });
  });

  it("fills new rows with the requested defaults", async () => {
    const { host, operations } = await seedWorkbook();
    const { plan } = await operations.buildPlan({ defaults: { leadUnit: "Phòng Hành chính - Tổ chức", timeFrame: "Quý IV/2022" } });
    const row = layoutPlanSheet(plan, { sheetName: PLAN_SHEET }).rowOf["5.1"]!;
    const sheet = host.workbook.get(PLAN_SHEET);
    expect(sheet.formulaAt(row, PLAN_COLUMNS.timeFrame)).toBe("Quý IV/2022");
    expect(sheet.formulaAt(row, PLAN_COLUMNS.leadUnit)).toBe(plan.sections.find((s) => s.area.code === "5")!.items[0]!.fields.leadUnit);
  });

  it("makes a second plan sheet for another unit's scoring sheet instead of rebuilding the first", async () => {
    const { operations } = await seedWorkbook();
    await operations.buildPlan({});
    const other = await operations.loadTemplate({ template: seed001Template(), unit: "Sở Nội vụ", year: 2021 });
    const result = await operations.buildPlan({ sheetName: other.sheetName });
    expect(result).toMatchObject({ sheetName: `${PLAN_SHEET} (2)`, rebuilt: false });
  });

  it("gives each scoring sheet its own plan even when template, unit and year are the same", async () => {
    const { operations } = await seedWorkbook();
    const twin = await operations.loadTemplate({ template: seed001Template(), unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
    const first = await operations.buildPlan({ sheetName: SCORE_SHEET });
    const second = await operations.buildPlan({ sheetName: twin.sheetName });
    expect([first.sheetName, second.sheetName]).toEqual([PLAN_SHEET, `${PLAN_SHEET} (2)`]);
    const again = await operations.buildPlan({ sheetName: twin.sheetName });
    expect(again).toMatchObject({ sheetName: `${PLAN_SHEET} (2)`, rebuilt: true });
  });

  it("prints without page setup on a host before ExcelApi 1.9, and says so", async () => {
    const host = fakeHost({ excelApi: "1.8" });
    const operations = operationsOn(host);
    await operations.loadTemplate({ template: seed001Template(), year: 2021 });
    const result = await operations.buildPlan({});
    expect(result.skippedFeatures).toEqual(["pageLayout", "fitToWidth"]);
    expect(host.workbook.get(PLAN_SHEET).pageSetup).toEqual({});
  });
});
