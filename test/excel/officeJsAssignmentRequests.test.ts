// What the phân công writes really send, measured with Microsoft's office.js client library (see
// officeJsRequests.test.ts): gathering the returns into the master of the largest template
// supported — a score, evidence and an explanation on every item, each change its own cell run —
// and the assignment sheet with its record and finishes: every request under Excel on the web's
// 5 MB and at most the request budget's estimate.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildAssignmentTable } from "../../src/domain/assignment/assignmentTable";
import type { CellChange } from "../../src/domain/assignment/mergeReturns";
import { assignmentFromTemplate } from "../../src/domain/assignment/resolveAssignment";
import { layoutAssignmentSheet } from "../../src/domain/layout/layoutAssignmentSheet";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import type { Template } from "../../src/domain/template/schema";
import { indexTemplate } from "../../src/domain/template/tree";
import { cellAddress } from "../../src/domain/cells";
import { commitSheets } from "../../src/excel/sheets/commitSheets";
import { applyFinishes, layoutFinishes } from "../../src/excel/sheets/sheetFinishes";
import { MAX_TEMPLATE_ITEMS } from "../../src/excel/scoring/templateSize";
import { writeCellChanges } from "../../src/excel/sheets/writeCellChanges";
import type { WorkbookSnapshot } from "../../src/excel/sheets/workbookSnapshot";
import { templateWithItems } from "../helpers/excelHost";
import { ALL_FEATURES, measureWrites, WEB_LIMIT, type Measured } from "../helpers/officeJsMeasure";

jest.setTimeout(300_000);

/** Every lĩnh vực its own unit, so the table has as many rows as the template allows. */
function assignedTemplate(count: number): Template {
  const template = templateWithItems(count);
  return { ...template, areas: template.areas.map((area, i) => ({ ...area, leadUnit: `Sở, ban, ngành thứ ${i + 1} của tỉnh` })) };
}

/** What gathering writes when every item changes: a score, and evidence and an explanation of ~150 characters. */
function everyItemChanged(template: Template): CellChange[] {
  const layout = layoutScoreSheet(template);
  const evidence = "Quyết định số 123/QĐ-UBND ngày 15/3/2024 của UBND tỉnh, trang 2; Báo cáo số 45/BC-SNV, mục II.";
  return indexTemplate(template).items.filter((item) => item.leaf).flatMap((item, i): CellChange[] => {
    const row = layout.rowOf[item.code]!;
    const change = (field: CellChange["field"], column: number, after: number | string): CellChange => ({ code: item.code, field, row, column, cell: cellAddress(row, column), before: null, after, file: "don-vi.xlsx", unit: "Sở Nội vụ" });
    return [change("self", C.self, item.max / 100), change("evidence", C.evidence, `${evidence} (${i})`), change("explanation", C.explanation, `Đã thực hiện đầy đủ, đúng hạn (${i}).`)];
  });
}

const snapshotOf = (template: Template): WorkbookSnapshot => ({
  sheets: [{ name: "Chấm điểm", visibility: "Visible", position: 0 }, { name: "PARINDEX_META", visibility: "VeryHidden", position: 1 }],
  activeSheet: "Chấm điểm",
  metadataSheet: "ours",
  metadata: { sheets: [{ kind: "score", sheetName: "Chấm điểm", templateId: template.id, year: 2024, sheetId: "id" }], templates: new Map([[template.id, template]]) },
});

const report: Record<string, Measured> = {};

function expectUnderLimit(measured: Measured) {
  for (const [i, sent] of measured.sent.entries()) {
    expect({ request: i, sent, under5MB: sent < WEB_LIMIT, withinEstimate: sent <= measured.estimated[i]! }).toEqual({ request: i, sent, under5MB: true, withinEstimate: true });
  }
}

describe.each([1_000, MAX_TEMPLATE_ITEMS])("office.js requests of phân công for a template of %i items", (count) => {
  const template = assignedTemplate(count);

  it("gathering a score, evidence and an explanation into every item: each request under 5 MB and at most its estimate", async () => {
    const changes = everyItemChanged(template);
    const measured = await measureWrites((scope) => writeCellChanges(scope.context, scope.budget, scope.context.workbook.worksheets.getItem("Chấm điểm"), changes));
    expect(measured.sent.length).toBeGreaterThanOrEqual(1);
    expectUnderLimit(measured);
    report[`gather, ${count} items (${changes.length} cells)`] = measured;
  });

  it("the assignment sheet with its record, then its finishes: each under 5 MB and at most its estimate", async () => {
    const layout = layoutAssignmentSheet(buildAssignmentTable(template, assignmentFromTemplate(template), { year: 2024 }), { year: 2024 });
    const snapshot = snapshotOf(template);
    const measured = await measureWrites(async (scope) => {
      const [name] = await commitSheets(scope, snapshot, {
        sheets: [{ baseName: layout.name, layout, replaces: null }],
        metadata: ([sheetName]) => ({ sheets: [...snapshot.metadata!.sheets, { kind: "assignment", sheetName: sheetName!, templateId: template.id, scoreSheet: "Chấm điểm", year: 2024 }], templates: [template] }),
        activate: 0,
      });
      await applyFinishes(scope.context, scope.budget, layoutFinishes(scope.context.workbook.worksheets.getItem(name!), layout, ALL_FEATURES));
    });
    expect(measured.sent.length).toBeGreaterThanOrEqual(2);
    expectUnderLimit(measured);
    report[`assignment sheet, ${count} items (${layout.cells.length} rows)`] = measured;
  });
});

afterAll(() => {
  if (Object.keys(report).length !== 4) return;
  const output = path.resolve(__dirname, "../../test-output");
  mkdirSync(output, { recursive: true });
  writeFileSync(path.join(output, "office-js-assignment-requests.json"), `${JSON.stringify(report, null, 2)}\n`);
});
