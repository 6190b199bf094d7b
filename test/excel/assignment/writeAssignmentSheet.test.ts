// Phân công as the pane reads it and writes it: the seven departments of the synthetic provincial
// master with the seeds' description of their part, the warnings staff act on at their cells, and
// the assignment sheet in seed 004's table form — added and recorded, rebuilt in place keeping
// what staff typed beside and below the table — in a constant number of syncs.
import { cellAddress } from "../../../src/domain/cells";
import { buildAssignmentTable } from "../../../src/domain/assignment/assignmentTable";
import { assignmentFromTemplate } from "../../../src/domain/assignment/resolveAssignment";
import { layoutAssignmentSheet } from "../../../src/domain/layout/layoutAssignmentSheet";
import { METADATA_SHEET_NAME, readMetadata } from "../../../src/domain/layout/metadata";
import { SCORE_COLUMNS as C } from "../../../src/domain/layout/scoreSheetColumns";
import type { Template } from "../../../src/domain/template/schema";
import { indexTemplate } from "../../../src/domain/template/tree";
import { templateWithItems } from "../../helpers/excelHost";
import { provinceMasterHost } from "../../helpers/assignmentHost";
import { DEPARTMENTS, KHCN, NOI_VU, TTTT, TU_PHAP, VP_UBND } from "../../helpers/provinceTemplate";

const SHEET = "Phân công chấm điểm 2021";

/** The leaves under an item (7.5 has generated tiêu chí thành phần), in sheet order. */
function leavesOf(template: Template, code: string): string[] {
  return indexTemplate(template).items.filter((item) => item.leaf && item.path.includes(code)).map((item) => item.code);
}

function recordsOf(host: Awaited<ReturnType<typeof provinceMasterHost>>["host"]) {
  const sheet = host.workbook.get(METADATA_SHEET_NAME);
  const used = sheet.usedRect(true);
  const grid = sheet.formulaGrid(used.bottom + 1, used.right + 1);
  return readMetadata(grid, grid)!.sheets;
}

describe("readAssignment", () => {
  it("reads the seven departments with their parts described as the seeds do, writing nothing", async () => {
    const { host, operations, sheetName, template } = await provinceMasterHost();
    const writes = host.writes.length;
    const count = host.countSyncs();
    const overview = await operations.readAssignment({});
    expect(count()).toBe(2);
    expect(host.writes.length).toBe(writes);
    expect(overview.sheetName).toBe(sheetName);
    expect(overview.units.map((unit) => unit.unit).sort()).toEqual([...DEPARTMENTS].sort());
    const vp = overview.units.find((unit) => unit.unit === VP_UBND)!;
    expect(vp.summary).toContain("Lĩnh vực 3 Cải cách thủ tục hành chính (trừ tiêu chí thành phần 3.2.5)");
    expect(vp.items).toContain("1.6");
    expect(overview.units.find((unit) => unit.unit === TTTT)!.items).toContain("3.2.5");
    expect(overview.unassigned).toEqual(leavesOf(template, "7.5"));
  });

  it("warns at their cells: the unassigned item, a self score without evidence, a self score on the survey item", async () => {
    const { operations, host, sheetName, cell, template } = await provinceMasterHost();
    host.workbook.typeInto(sheetName, cell("1.5", C.self), [[0.5]]);
    host.workbook.typeInto(sheetName, cell("8.1", C.self), [[0.5]]);
    const overview = await operations.readAssignment({});
    expect(overview.issues).toEqual(
      expect.arrayContaining([
        ...leavesOf(template, "7.5").map((code) => expect.objectContaining({ code: "item_unassigned", itemCode: code, severity: "warning", cell: cell(code, C.leadUnit) })),
        expect.objectContaining({ code: "evidence_missing", itemCode: "1.5", cell: cell("1.5", C.evidence) }),
        expect.objectContaining({ code: "self_score_on_survey", itemCode: "8.1", cell: cell("8.1", C.self) }),
      ]),
    );
  });

  it("follows column L as staff change it: a row reassigned moves to its new unit", async () => {
    const { operations, host, sheetName, cell, template } = await provinceMasterHost();
    host.workbook.typeInto(sheetName, cell("7.5", C.leadUnit), [["sở thông tin và truyền thông"]]);
    const overview = await operations.readAssignment({});
    expect(overview.unassigned).toEqual([]);
    expect(overview.units.find((unit) => unit.unit === TTTT)!.items).toEqual(expect.arrayContaining(leavesOf(template, "7.5")));
  });
});

describe("writeAssignmentSheet", () => {
  it("adds the sheet in seed 004's table form, records it with its scoring sheet, and shows it (four syncs)", async () => {
    const { host, operations, sheetName, template } = await provinceMasterHost();
    const count = host.countSyncs();
    const result = await operations.writeAssignmentSheet({ deadline: "2022-01-25", timeFrame: "Tháng 01/2022" });
    expect(count()).toBe(4);
    expect(result).toMatchObject({ assignmentSheet: SHEET, rebuilt: false, sheetName });
    expect(result.skippedFeatures).toBeUndefined();
    const expected = layoutAssignmentSheet(
      buildAssignmentTable(template, assignmentFromTemplate(template), { defaults: { deadline: "2022-01-25", timeFrame: "Tháng 01/2022" }, assessedUnit: "tỉnh Kiên Giang", year: 2021 }),
      { year: 2021 },
    );
    const sheet = host.workbook.get(SHEET);
    expect(sheet.formulaGrid(expected.cells.length, 5).map((row) => row.map(String))).toEqual(expected.cells.map((row) => row.map((cell) => (cell === null ? "" : String(cell)))));
    expect(sheet.valueAt(3, 1)).toBe("Nội dung, nhiệm vụ");
    expect(host.workbook.activeSheet.name).toBe(SHEET);
    expect(recordsOf(host)).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "assignment", sheetName: SHEET, scoreSheet: sheetName, year: 2021 })]));
    // The scoring sheet's record keeps its id and layout version through the metadata's rewrite.
    expect(recordsOf(host).find((record) => record.kind === "score")).toMatchObject({ sheetId: expect.any(String), layoutVersion: 3 });
  });

  it("rebuilds the sheet in place after column L changed, keeping a note beside the table and the rows staff added below", async () => {
    const { host, operations, sheetName, cell } = await provinceMasterHost();
    host.workbook.addSheet("Ghi chú");
    await operations.writeAssignmentSheet({});
    const sheet = () => host.workbook.get(SHEET);
    const position = host.workbook.sheets.indexOf(sheet());
    const tuPhapRow = [...Array(60).keys()].find((row) => sheet().valueAt(row, 2) === TU_PHAP)!;
    const last = sheet().usedRect(true).bottom;
    host.workbook.typeInto(SHEET, cellAddress(tuPhapRow, 5), [["Đã gửi văn bản ngày 05/01"]]);
    host.workbook.typeInto(SHEET, cellAddress(last + 2, 1), [["Nơi nhận: Sở Nội vụ; Lưu VT"]]);
    host.workbook.typeInto(SHEET, cellAddress(last + 3, 1), [[42]]);
    // 7.5 is given to Sở KH&CN in the scoring sheet: its unassigned block goes.
    host.workbook.typeInto(sheetName, cell("7.5", C.leadUnit), [[KHCN]]);

    const count = host.countSyncs();
    const result = await operations.writeAssignmentSheet({});
    expect(count()).toBe(4);
    expect(result).toMatchObject({ assignmentSheet: SHEET, rebuilt: true, unassigned: [] });
    expect(host.workbook.sheets.indexOf(sheet())).toBe(position);
    expect(host.workbook.sheets.filter((s) => s.name.startsWith("Phân công"))).toHaveLength(1);
    const rows = sheet().usedRect(true).bottom + 1;
    const grid = sheet().formulaGrid(rows, 6);
    expect(grid.some((row) => row[1] === "Chưa phân công đơn vị chủ trì")).toBe(false);
    const noteRow = grid.findIndex((row) => row[5] === "Đã gửi văn bản ngày 05/01");
    expect(grid[noteRow]![2]).toBe(TU_PHAP);
    const placeRow = grid.findIndex((row) => row[1] === "Nơi nhận: Sở Nội vụ; Lưu VT");
    expect(placeRow).toBeGreaterThan(noteRow);
    expect(sheet().cell(placeRow + 1, 1)).toMatchObject({ type: "number", value: 42 });
    expect(recordsOf(host).filter((record) => record.kind === "assignment")).toHaveLength(1);
  });

  it("names the same unit once however its name was typed (case, Unicode form)", async () => {
    const { host, operations, sheetName, cell } = await provinceMasterHost();
    host.workbook.typeInto(sheetName, cell("5", C.leadUnit), [[NOI_VU.toLocaleUpperCase("vi").normalize("NFD")]]);
    const result = await operations.writeAssignmentSheet({});
    expect(result.units.filter((unit) => unit.unit.normalize("NFC").toLocaleLowerCase("vi") === NOI_VU.toLocaleLowerCase("vi"))).toHaveLength(1);
  });

  function assignedTemplate(count: number): Template {
    const template = templateWithItems(count);
    return { ...template, areas: template.areas.map((area, i) => ({ ...area, leadUnit: `Đơn vị ${(i % 7) + 1}` })) };
  }

  it.each([
    [10, 4],
    // The scoring sheet's 5 000 rows are read in two chunks.
    [5000, 5],
  ])("writes the sheet for a template of %i items in %i syncs", async (items, syncs) => {
    const { host, operations } = await provinceMasterHost({ template: assignedTemplate(items) });
    const count = host.countSyncs();
    const result = await operations.writeAssignmentSheet({});
    expect(count()).toBe(syncs);
    expect(result.units).toHaveLength(Math.min(7, assignedTemplate(items).areas.length));
  });

  it("is drawn without print settings where ExcelApi 1.9 is missing, and says so", async () => {
    const { operations } = await provinceMasterHost({ excelApi: "1.8" });
    const result = await operations.writeAssignmentSheet({});
    expect(result.skippedFeatures).toEqual(["pageLayout", "fitToWidth"]);
  });
});
