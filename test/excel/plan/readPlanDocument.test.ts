// "Tải văn bản kế hoạch": one Excel.run reads the scoring sheet, the plan sheet and the document
// fields sheet together and builds the document model, writing nothing; gaps come back as issues
// with the cell to fill, and a scoring sheet with errors gets no document.
import { cellAddress } from "../../../src/domain/cells";
import { defaultDocumentFields } from "../../../src/domain/document/documentFields";
import { documentText } from "../../../src/domain/document/documentModel";
import { layoutDocumentFieldsSheet } from "../../../src/domain/layout/layoutDocumentFieldsSheet";
import { layoutPlanSheet } from "../../../src/domain/layout/layoutPlanSheet";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { PLAN_COLUMNS } from "../../../src/domain/layout/planSheetColumns";
import { SCORE_COLUMNS } from "../../../src/domain/layout/scoreSheetColumns";
import { isFormulaCell, type LayoutCell } from "../../../src/domain/layout/sheetLayout";
import { indexTemplate } from "../../../src/domain/template/tree";
import type { PlanDocumentResult } from "../../../src/excel/host/workbookOperations";
import { fakeHost, operationsOn, templateWithItems } from "../../helpers/excelHost";
import { seed001Scores, seed001Template } from "../../helpers/seed001";
import { fingerprint } from "../../helpers/workbookFingerprint";

const UNIT = "Văn phòng UBND tỉnh Sơn La";
const SCORE_SHEET = "VPUB Sơn La 2021";
const PLAN_SHEET = "Kế hoạch khắc phục 2021";
const FIELDS_SHEET = "Thông tin văn bản 2021";
const REMEDY = "Kiểm tra, giám sát việc thực hiện nhiệm vụ của cán bộ, công chức <hằng quý> & báo cáo";
const scoreLayout = layoutScoreSheet(seed001Template(), { year: 2021 });
const defaults = () => defaultDocumentFields({ unit: UNIT, year: 2021, level: seed001Template().level });
const fieldsLayout = layoutDocumentFieldsSheet(defaults(), { year: 2021 });
const asWritten = (cell: LayoutCell) => (cell === null ? "" : isFormulaCell(cell) ? cell.formula : cell);

async function seedWorkbook(options: { plan?: boolean } = {}) {
  const host = fakeHost();
  const operations = operationsOn(host);
  await operations.loadTemplate({ template: seed001Template(), unit: UNIT, year: 2021 });
  for (const [code, score] of Object.entries(seed001Scores)) {
    host.workbook.typeInto(SCORE_SHEET, cellAddress(scoreLayout.rowOf[code]!, SCORE_COLUMNS.appraised), [[score]]);
  }
  const plan = options.plan === false ? null : await operations.buildPlan({});
  return { host, operations, plan };
}

function remedyCellOf(plan: NonNullable<Awaited<ReturnType<typeof seedWorkbook>>["plan"]>, code: string): string {
  return cellAddress(layoutPlanSheet(plan.plan, { sheetName: PLAN_SHEET }).rowOf[code]!, PLAN_COLUMNS.remedy);
}

function expectDocument(result: PlanDocumentResult): Extract<PlanDocumentResult, { ok: true }> {
  if (!result.ok) throw new Error(`no document: ${JSON.stringify(result.issues)}`);
  return result;
}

describe("readPlanDocument", () => {
  it("builds seed 001's document from the three sheets in two syncs, writing nothing", async () => {
    const { host, operations, plan } = await seedWorkbook();
    host.workbook.typeInto(PLAN_SHEET, remedyCellOf(plan!, "5"), [[REMEDY]]);
    host.workbook.typeInto(FIELDS_SHEET, cellAddress(fieldsLayout.rowOf.signerTitle, 1), [["CHÁNH VĂN PHÒNG"]]);
    host.workbook.typeInto(FIELDS_SHEET, cellAddress(fieldsLayout.rowOf.signerName, 1), [["Nguyễn Văn A"]]);
    const before = fingerprint(host);
    const writes = host.writes.length;

    const count = host.countSyncs();
    const result = expectDocument(await operations.readPlanDocument({}));
    expect(count()).toBe(2);
    expect(host.writes.length).toBe(writes);
    expect(fingerprint(host)).toEqual(before);

    expect(result).toMatchObject({
      sheetName: SCORE_SHEET,
      planSheet: PLAN_SHEET,
      fieldsSheet: FIELDS_SHEET,
      sections: 7,
      fileName: `Kế hoạch khắc phục 2021 - ${UNIT}.docx`,
    });
    const text = documentText(result.document).join("\n");
    for (const expected of ["KẾ HOẠCH", "94,52", "1.2.4. Cải cách công vụ", "tổng điểm trừ là 2,28 điểm", REMEDY, "CHÁNH VĂN PHÒNG", "Nguyễn Văn A"]) {
      expect(text).toContain(expected);
    }
    // The lĩnh vực still without a remedy, each with the plan cell to type it in; no signer issue.
    expect(result.issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual(
      ["1", "2", "4", "6", "7", "8"].map((code) => ["document_remedy_missing", PLAN_SHEET, remedyCellOf(plan!, code)]),
    );
  });

  it("points a missing signer at the fields sheet's cell, and a field that does not read at its own", async () => {
    const { host, operations } = await seedWorkbook();
    host.workbook.typeInto(FIELDS_SHEET, cellAddress(fieldsLayout.rowOf.rank, 1), [["thứ sáu"]]);
    const result = expectDocument(await operations.readPlanDocument({ sheetName: SCORE_SHEET }));
    const located = result.issues.filter((issue) => issue.code !== "document_remedy_missing");
    expect(located).toEqual([
      expect.objectContaining({ code: "document_field_invalid", sheet: FIELDS_SHEET, cell: cellAddress(fieldsLayout.rowOf.rank, 1), text: "thứ sáu" }),
      expect.objectContaining({ code: "document_signer_missing", sheet: FIELDS_SHEET, cell: cellAddress(fieldsLayout.rowOf.signerTitle, 1) }),
    ]);
  });

  it("builds the plan from the scores alone when there is no plan sheet, with the defaults as fields", async () => {
    const { host, operations } = await seedWorkbook({ plan: false });
    const count = host.countSyncs();
    const result = expectDocument(await operations.readPlanDocument({}));
    expect(count()).toBe(2);
    expect(result).toMatchObject({ planSheet: null, fieldsSheet: null, sections: 7 });
    expect(result.issues.filter((issue) => issue.code === "document_remedy_missing").map((issue) => issue.cell)).toEqual(new Array(7).fill(undefined));
    expect(documentText(result.document).join("\n")).toContain(UNIT);
  });

  it("reads a fields sheet found by its title, in one more sync", async () => {
    const { host, operations } = await seedWorkbook({ plan: false });
    host.workbook.addSheet("Thông tin VB");
    const pasted = layoutDocumentFieldsSheet({ ...defaults(), signerTitle: "GIÁM ĐỐC", signerName: "Lê Văn C" }, { year: 2021 });
    host.workbook.typeInto("Thông tin VB", "A1", pasted.cells.map((row) => row.map(asWritten)));
    const count = host.countSyncs();
    const result = expectDocument(await operations.readPlanDocument({}));
    expect(count()).toBe(3);
    expect(result.fieldsSheet).toBe("Thông tin VB");
    expect(documentText(result.document).join("\n")).toContain("Lê Văn C");
  });

  it("gives no document while the scoring sheet has errors, only the errors with their cells", async () => {
    const { host, operations } = await seedWorkbook();
    const cell = cellAddress(scoreLayout.rowOf["5.1"]!, SCORE_COLUMNS.appraised);
    host.workbook.typeInto(SCORE_SHEET, cell, [[3.8]]);
    const result = await operations.readPlanDocument({});
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ severity: "error", sheet: SCORE_SHEET, cell })]);
  });

  it.each([
    [10, 2],
    // The scoring sheet's block of 5 000 rows comes in two chunks, as for the check: the plan and
    // fields sheets ride along with the first, so the document costs no read of its own.
    [5000, 3],
  ])("reads a template of %i items in %i syncs, what checking the same sheet costs", async (items, syncs) => {
    const template = templateWithItems(items);
    const host = fakeHost();
    const operations = operationsOn(host);
    const { sheetName } = await operations.loadTemplate({ template, unit: UNIT, year: 2021 });
    const layout = layoutScoreSheet(template, { year: 2021 });
    for (const item of indexTemplate(template).items.filter((entry) => entry.leaf).slice(1)) {
      host.workbook.typeInto(sheetName, cellAddress(layout.rowOf[item.code]!, SCORE_COLUMNS.appraised), [[item.max / 100]]);
    }
    await operations.buildPlan({});
    const check = host.countSyncs();
    await operations.checkScores({});
    const checkSyncs = check();
    const count = host.countSyncs();
    const result = expectDocument(await operations.readPlanDocument({}));
    expect({ document: count(), check: checkSyncs }).toEqual({ document: syncs, check: syncs });
    expect(result).toMatchObject({ planSheet: PLAN_SHEET, fieldsSheet: FIELDS_SHEET, sections: 1 });
  });
});
