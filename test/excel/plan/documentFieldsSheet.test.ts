// The plan document's fields sheet in the office-js host, kept as the command line keeps it: added
// from the defaults with the first plan, recorded as kind "document" beside its scoring sheet,
// never written again (what staff type there survives every rebuild), and found by its title in
// a workbook whose metadata does not name it.
import { cellAddress } from "../../../src/domain/cells";
import { defaultDocumentFields } from "../../../src/domain/document/documentFields";
import { layoutDocumentFieldsSheet } from "../../../src/domain/layout/layoutDocumentFieldsSheet";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { readDocumentFieldsSheet } from "../../../src/domain/layout/readDocumentFieldsSheet";
import { SCORE_COLUMNS } from "../../../src/domain/layout/scoreSheetColumns";
import { isFormulaCell, type LayoutCell } from "../../../src/domain/layout/sheetLayout";
import type { Template } from "../../../src/domain/template/schema";
import { indexTemplate } from "../../../src/domain/template/tree";
import type { FakeExcelHost } from "../../helpers/fakeExcel";
import { fakeHost, operationsOn, templateWithItems } from "../../helpers/excelHost";
import { gridsOf, metadataOf } from "../../helpers/fakeSheetGrids";
import { seed001Scores, seed001Template } from "../../helpers/seed001";

const UNIT = "Văn phòng UBND tỉnh Sơn La";
const SCORE_SHEET = "VPUB Sơn La 2021";
const PLAN_SHEET = "Kế hoạch khắc phục 2021";
const FIELDS_SHEET = "Thông tin văn bản 2021";
const asWritten = (cell: LayoutCell) => (cell === null ? "" : isFormulaCell(cell) ? cell.formula : cell);

async function scoredWorkbook(template: Template = seed001Template()) {
  const host = fakeHost();
  const operations = operationsOn(host);
  const { sheetName } = await operations.loadTemplate({ template, unit: UNIT, year: 2021 });
  if (template.id === seed001Template().id) {
    const layout = layoutScoreSheet(template, { year: 2021 });
    for (const [code, score] of Object.entries(seed001Scores)) {
      host.workbook.typeInto(sheetName, cellAddress(layout.rowOf[code]!, SCORE_COLUMNS.appraised), [[score]]);
    }
  }
  return { host, operations, scoreSheet: sheetName };
}

const defaults = () => defaultDocumentFields({ unit: UNIT, year: 2021, level: seed001Template().level });

function readFields(host: FakeExcelHost, sheet = FIELDS_SHEET) {
  return readDocumentFieldsSheet(gridsOf(host.workbook.get(sheet)).values, defaults(), { sheet });
}

describe("the document fields sheet beside the plan", () => {
  it("is added with the first plan, from the unit, year and level, in the same four syncs, and recorded beside its scoring sheet", async () => {
    const { host, operations } = await scoredWorkbook();
    const count = host.countSyncs();
    const result = await operations.buildPlan({});
    expect(count()).toBe(4);
    expect(result.documentFields).toEqual({ sheetName: FIELDS_SHEET, created: true });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", SCORE_SHEET, "PARINDEX_META", PLAN_SHEET, FIELDS_SHEET]);

    const layout = layoutDocumentFieldsSheet(defaults(), { sheetName: FIELDS_SHEET, year: 2021, scoreSheet: SCORE_SHEET });
    const sheet = host.workbook.get(FIELDS_SHEET);
    expect(sheet.formulaGrid(layout.cells.length, 3)).toEqual(layout.cells.map((row) => row.map(asWritten)));
    // What staff type in column B stays text, and the sheet prints as the command line's does.
    expect(sheet.numberFormatAt(layout.rowOf.date, 1)).toBe("@");
    expect(sheet.freeze).toEqual(layout.freeze);
    expect(sheet.pageSetup).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(readFields(host).fields).toEqual(defaults());

    expect(metadataOf(host).sheets.filter((record) => record.kind !== "score")).toEqual([
      { kind: "plan", sheetName: PLAN_SHEET, templateId: "son-la-vpub-2021", unit: UNIT, year: 2021, scoreSheet: SCORE_SHEET },
      { kind: "document", sheetName: FIELDS_SHEET, templateId: "son-la-vpub-2021", unit: UNIT, year: 2021, scoreSheet: SCORE_SHEET },
    ]);
    // Staff land on the plan, not on the fields sheet drawn after it.
    expect(host.workbook.activeSheet.name).toBe(PLAN_SHEET);
  });

  it("is never written again: what staff typed in it survives rebuilding the plan, cell for cell", async () => {
    const { host, operations } = await scoredWorkbook();
    await operations.buildPlan({});
    const layout = layoutDocumentFieldsSheet(defaults(), { sheetName: FIELDS_SHEET, year: 2021 });
    host.workbook.typeInto(FIELDS_SHEET, cellAddress(layout.rowOf.signerName, 1), [["Nguyễn Văn A"]]);
    host.workbook.typeInto(FIELDS_SHEET, cellAddress(layout.rowOf.rank, 1), [["6"]]);
    host.workbook.typeInto(FIELDS_SHEET, cellAddress(layout.rowOf.date, 1), [["15/3/2022"]]);
    const before = gridsOf(host.workbook.get(FIELDS_SHEET));
    const writes = host.writes.length;

    const count = host.countSyncs();
    const result = await operations.buildPlan({});
    expect(count()).toBe(4);
    expect(result).toMatchObject({ rebuilt: true, documentFields: { sheetName: FIELDS_SHEET, created: false } });
    expect(host.writes.slice(writes).filter((write) => write.sheet === FIELDS_SHEET)).toEqual([]);
    expect(gridsOf(host.workbook.get(FIELDS_SHEET))).toEqual(before);
    expect(readFields(host).fields).toMatchObject({ signerName: "Nguyễn Văn A", rank: 6, date: { day: 15, month: 3, year: 2022 } });
    expect(metadataOf(host).sheets.filter((record) => record.kind === "document").map((record) => record.sheetName)).toEqual([FIELDS_SHEET]);
  });

  it("is made again, in the rebuild's own step, when staff deleted it", async () => {
    const { host, operations } = await scoredWorkbook();
    await operations.buildPlan({});
    host.workbook.removeSheet(host.workbook.get(FIELDS_SHEET));
    const count = host.countSyncs();
    const result = await operations.buildPlan({});
    expect(count()).toBe(4);
    expect(result).toMatchObject({ rebuilt: true, documentFields: { sheetName: FIELDS_SHEET, created: true } });
    expect(readFields(host).fields).toEqual(defaults());
    expect(host.workbook.activeSheet.name).toBe(PLAN_SHEET);
    expect(metadataOf(host).sheets.filter((record) => record.kind === "document")).toEqual([
      expect.objectContaining({ sheetName: FIELDS_SHEET, scoreSheet: SCORE_SHEET }),
    ]);
  });

  it("is found by its title when the metadata does not name it, recorded and left as staff keep it", async () => {
    const { host, operations } = await scoredWorkbook();
    // A fields sheet pasted in from a workbook the command line made, renamed by staff.
    const pasted = layoutDocumentFieldsSheet({ ...defaults(), signerName: "Trần Thị B" }, { year: 2021 });
    host.workbook.addSheet("Thông tin VB");
    host.workbook.typeInto("Thông tin VB", "A1", pasted.cells.map((row) => row.map(asWritten)));
    const before = gridsOf(host.workbook.get("Thông tin VB"));

    const count = host.countSyncs();
    const result = await operations.buildPlan({});
    expect(count()).toBe(4);
    expect(result.documentFields).toEqual({ sheetName: "Thông tin VB", created: false });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).not.toContain(FIELDS_SHEET);
    expect(gridsOf(host.workbook.get("Thông tin VB"))).toEqual(before);
    expect(metadataOf(host).sheets.filter((record) => record.kind === "document")).toEqual([
      { kind: "document", sheetName: "Thông tin VB", templateId: "son-la-vpub-2021", unit: UNIT, year: 2021, scoreSheet: SCORE_SHEET },
    ]);
  });

  it("takes the next free name when Excel refuses its own (a chart sheet has it), and the plan keeps its name", async () => {
    const { host, operations } = await scoredWorkbook();
    host.workbook.chartSheets.push(FIELDS_SHEET);
    const result = await operations.buildPlan({});
    expect(result).toMatchObject({ sheetName: PLAN_SHEET, documentFields: { sheetName: `${FIELDS_SHEET} (2)`, created: true } });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", SCORE_SHEET, "PARINDEX_META", PLAN_SHEET, `${FIELDS_SHEET} (2)`]);
    expect(metadataOf(host).sheets.filter((record) => record.kind === "document").map((record) => record.sheetName)).toEqual([`${FIELDS_SHEET} (2)`]);
  });

  it("is one per scoring sheet: a second unit's plan gets its own", async () => {
    const { host, operations } = await scoredWorkbook();
    await operations.buildPlan({});
    const other = await operations.loadTemplate({ template: seed001Template(), unit: "Sở Nội vụ", year: 2021 });
    const result = await operations.buildPlan({ sheetName: other.sheetName });
    expect(result.documentFields).toEqual({ sheetName: `${FIELDS_SHEET} (2)`, created: true });
    const records = metadataOf(host).sheets.filter((record) => record.kind === "document");
    expect(records.map((record) => [record.sheetName, record.scoreSheet])).toEqual([
      [FIELDS_SHEET, SCORE_SHEET],
      [`${FIELDS_SHEET} (2)`, other.sheetName],
    ]);
    expect(readFields(host, `${FIELDS_SHEET} (2)`).fields.unit).toBe("Sở Nội vụ");
  });

  it.each([
    [10, 4],
    // The scoring sheet's block of 5 000 rows is read in two chunks (its estimate leaves room for evidence text).
    [5000, 5],
  ])("costs no sync of its own for a template of %i items, new or rebuilt (%i syncs)", async (items, syncs) => {
    // Every item at full points: the plan stays small, so only the number of items changes.
    const template = templateWithItems(items);
    const { host, operations, scoreSheet } = await scoredWorkbook(template);
    const layout = layoutScoreSheet(template, { year: 2021 });
    for (const item of indexTemplate(template).items.filter((entry) => entry.leaf)) {
      host.workbook.typeInto(scoreSheet, cellAddress(layout.rowOf[item.code]!, SCORE_COLUMNS.appraised), [[item.max / 100]]);
    }
    const first = host.countSyncs();
    const made = await operations.buildPlan({});
    expect(first()).toBe(syncs);
    expect(made.documentFields?.created).toBe(true);
    const again = host.countSyncs();
    await operations.buildPlan({});
    expect(again()).toBe(syncs);
    expect(metadataOf(host).sheets.filter((record) => record.kind === "document")).toHaveLength(1);
  });
});
