// Checking reads the scoring sheet in one load, reports issues on their cells, turns text scores
// such as "3,61" into numbers in place, and finds the right sheet through the metadata.
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS } from "../../../src/domain/layout/scoreSheetColumns";
import { cellAddress } from "../../../src/domain/cells";
import { fakeHost, operationsOn } from "../../helpers/excelHost";
import { seed001Scores, seed001Template } from "../../helpers/seed001";
import type { FakeExcelHost } from "../../helpers/fakeExcel";

const SHEET = "VPUB Sơn La 2021";
const layout = layoutScoreSheet(seed001Template(), { year: 2021 });
const appraisedCell = (code: string) => cellAddress(layout.rowOf[code]!, SCORE_COLUMNS.appraised);

/** Types the seed's appraised scores as staff would, with some typed differently. */
function typeSeedScores(host: FakeExcelHost, overrides: Record<string, unknown> = {}): void {
  for (const [code, score] of Object.entries({ ...seed001Scores, ...overrides })) {
    host.workbook.typeInto(SHEET, appraisedCell(code), [[score]]);
  }
}

async function workbookWithSeedSheet() {
  const host = fakeHost();
  const operations = operationsOn(host);
  await operations.loadTemplate({ template: seed001Template(), unit: "VPUB", year: 2021 });
  return { host, operations };
}

describe("checkScores", () => {
  it("totals seed 001 exactly in two syncs when every score is a number", async () => {
    const { host, operations } = await workbookWithSeedSheet();
    typeSeedScores(host);
    const count = host.countSyncs();
    const result = await operations.checkScores({ sheetName: SHEET });
    expect(count()).toBe(2);
    expect(result).toMatchObject({ sheetName: SHEET, ok: true, issues: [], convertedCells: [] });
    expect(result.totals.total).toMatchObject({ max: 10000, score: 9452, lostPoints: 548 });
  });

  it("turns the text score \"3,61\" into the number 3.61 in its cell, in a third sync, and counts it", async () => {
    const { host, operations } = await workbookWithSeedSheet();
    typeSeedScores(host, { "4.1": "3,61" });
    const cell = appraisedCell("4.1");
    expect(host.workbook.get(SHEET).cell(layout.rowOf["4.1"]!, SCORE_COLUMNS.appraised)).toMatchObject({ type: "text", value: "3,61" });
    const count = host.countSyncs();
    const result = await operations.checkScores({ sheetName: SHEET });
    expect(count()).toBe(3);
    expect(result.convertedCells).toEqual([cell]);
    expect(result.issues).toEqual([]);
    expect(result.totals.total.score).toBe(9452);
    expect(host.workbook.get(SHEET).cell(layout.rowOf["4.1"]!, SCORE_COLUMNS.appraised)).toMatchObject({ type: "number", value: 3.61 });
    expect(host.writes.slice(-2).map((write) => [write.address, write.property, write.block])).toEqual([
      [cell, "numberFormat", [["General"]]],
      [cell, "values", [[3.61]]],
    ]);
  });

  it("writes neighbouring converted cells as one block", async () => {
    const { host, operations } = await workbookWithSeedSheet();
    typeSeedScores(host, { "7.1": "0,95", "7.2": "0,93", "7.3": "0,95" });
    const result = await operations.checkScores({});
    expect(result.convertedCells).toEqual(["7.1", "7.2", "7.3"].map(appraisedCell));
    const values = host.writes.filter((write) => write.property === "values");
    expect(values.map((write) => [write.address, write.block])).toEqual([[`${appraisedCell("7.1")}:${appraisedCell("7.3")}`, [[0.95], [0.93], [0.95]]]]);
  });

  it("reports bad scores on the cells that hold them", async () => {
    const { host, operations } = await workbookWithSeedSheet();
    typeSeedScores(host, { "5.1": 3.8, "6.1": "abc" });
    const result = await operations.checkScores({ sheetName: SHEET });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.cell, issue.sheet])).toEqual([
      ["score_above_max", appraisedCell("5.1"), SHEET],
      ["score_not_a_number", appraisedCell("6.1"), SHEET],
    ]);
  });

  it("flags a subtotal formula typed over", async () => {
    const { host, operations } = await workbookWithSeedSheet();
    typeSeedScores(host);
    host.workbook.typeInto(SHEET, cellAddress(layout.rowOf["5"]!, SCORE_COLUMNS.score), [[11.22]]);
    const result = await operations.checkScores({ sheetName: SHEET });
    expect(result.issues.map((issue) => [issue.code, issue.cell])).toEqual([["formula_replaced", cellAddress(layout.rowOf["5"]!, SCORE_COLUMNS.score)]]);
  });

  describe("which sheet", () => {
    it("checks the active sheet when the add-in made it", async () => {
      const { host, operations } = await workbookWithSeedSheet();
      await operations.loadTemplate({ template: seed001Template(), year: 2022 });
      host.workbook.activeSheet = host.workbook.get(SHEET);
      expect((await operations.checkScores({})).sheetName).toBe(SHEET);
    });

    it("falls back to the first scoring sheet when the active sheet is not one, still in two syncs", async () => {
      const { host, operations } = await workbookWithSeedSheet();
      await operations.loadTemplate({ template: seed001Template(), year: 2022 });
      host.workbook.activeSheet = host.workbook.get("Sheet1");
      const count = host.countSyncs();
      expect((await operations.checkScores({})).sheetName).toBe(SHEET);
      expect(count()).toBe(2);
    });

    it("follows a scoring sheet staff renamed", async () => {
      const { host, operations } = await workbookWithSeedSheet();
      host.workbook.get(SHEET).name = "Chấm điểm";
      // Excel rewrites the metadata's reference when a sheet is renamed; the fake does it by hand.
      const meta = host.workbook.get("PARINDEX_META");
      meta.enter(1, 3, "='Chấm điểm'!$A$1");
      expect((await operations.checkScores({})).sheetName).toBe("Chấm điểm");
    });

    it.each([
      ["a sheet that does not exist", "Không có", "sheetMissing", "Không tìm thấy trang tính «Không có»: có thể nó vừa bị xoá hoặc đổi tên."],
      ["a sheet the add-in did not make", "Sheet1", "sheetNotManaged", "Trang «Sheet1» không phải trang chấm điểm do add-in tạo. Hãy chọn một trang chấm điểm."],
    ])("refuses %s with a HostError", async (_label, sheetName, kind, message) => {
      const { operations } = await workbookWithSeedSheet();
      await expect(operations.checkScores({ sheetName })).rejects.toMatchObject({ name: "HostError", kind, message });
    });

    it("says there is no scoring sheet in a workbook the add-in never wrote to, after one sync", async () => {
      const host = fakeHost();
      const count = host.countSyncs();
      await expect(operationsOn(host).checkScores({})).rejects.toMatchObject({ name: "HostError", kind: "noScoreSheet" });
      expect(count()).toBe(1);
    });
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const { host, operations } = await workbookWithSeedSheet();
    host.workbook.activeSheet = host.workbook.get("Sheet1");
    const count = host.countSyncs();
    await operations.selectCell(SHEET, "G14");
    expect(count()).toBe(1);
    expect(host.workbook.activeSheet.name).toBe(SHEET);
    expect(host.workbook.selection).toEqual({ sheet: host.workbook.get(SHEET), rect: { top: 13, left: 6, bottom: 13, right: 6 } });
  });

  it("names the sheet when it is gone", async () => {
    const { operations } = await workbookWithSeedSheet();
    await expect(operations.selectCell("Đã xoá", "A1")).rejects.toMatchObject({
      name: "HostError",
      kind: "sheetMissing",
      code: "ItemNotFound",
      message: "Không tìm thấy trang tính «Đã xoá»: có thể nó vừa bị xoá hoặc đổi tên.",
    });
  });
});
