// What the writes really send, measured with Microsoft's office.js client library (the Excel
// runtime in @microsoft/office-js builds each request body; a stub session keeps it): every
// request of a scoring sheet, its metadata and its plan stays under Excel on the web's 5 MB up to
// the largest template supported, and the request budget's estimate is never below what is sent.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildPlanSheet, checkScoreSheet } from "../../src/domain/workflow";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import type { Template } from "../../src/domain/template/schema";
import type { ActionScope } from "../../src/excel/host/runAction";
import { MAX_TEMPLATE_ITEMS } from "../../src/excel/scoring/templateSize";
import { newDocumentFieldsSheet } from "../../src/excel/plan/documentFieldsSheet";
import { writeRecordedSheet, writeRecordedSheets } from "../../src/excel/sheets/writeRecordedSheet";
import type { WorkbookSnapshot } from "../../src/excel/sheets/workbookSnapshot";
import { layoutAreaRankingSheet } from "../../src/domain/layout/layoutAreaRankingSheet";
import { layoutRankingSheet } from "../../src/domain/layout/layoutRankingSheet";
import { rankUnits } from "../../src/domain/ranking/rankUnits";
import { commitSheets } from "../../src/excel/sheets/commitSheets";
import { applyFinishes, layoutFinishes } from "../../src/excel/sheets/sheetFinishes";
import { templateWithItems } from "../helpers/excelHost";
import { hundredTemplate, unitAt } from "../helpers/rankingUnits";
import { ALL_FEATURES, measureWrites, WEB_LIMIT, type Measured } from "../helpers/officeJsMeasure";

const freshWorkbook: WorkbookSnapshot = {
  sheets: [{ name: "Sheet1", visibility: "Visible", position: 0 }],
  activeSheet: "Sheet1",
  metadataSheet: "absent",
  metadata: null,
};

function scoreSheetWrite(template: Template) {
  return (scope: ActionScope) =>
    writeRecordedSheet(scope, freshWorkbook, {
      baseName: "Chấm điểm",
      layout: layoutScoreSheet(template, { year: 2024 }),
      template,
      record: (sheetName) => ({ kind: "score", sheetName, templateId: template.id, year: 2024 }),
    });
}

/** The plan of a sheet where no item has a score yet: every item is a shortcoming, the largest plan. */
function planWrite(template: Template) {
  const layout = layoutScoreSheet(template, { year: 2024 });
  const check = checkScoreSheet(template, layout.cells.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? "" : cell))));
  const plan = buildPlanSheet(template, check, { sheetName: "Kế hoạch khắc phục 2024", year: 2024 });
  const snapshot: WorkbookSnapshot = {
    sheets: [...freshWorkbook.sheets, { name: "Chấm điểm", visibility: "Visible", position: 1 }, { name: "PARINDEX_META", visibility: "VeryHidden", position: 2 }],
    activeSheet: "Chấm điểm",
    metadataSheet: "ours",
    metadata: { sheets: [{ kind: "score", sheetName: "Chấm điểm", templateId: template.id, year: 2024 }], templates: new Map([[template.id, template]]) },
  };
  const score = snapshot.metadata!.sheets[0]!;
  // The first plan comes with its document fields sheet, in the same request.
  return (scope: ActionScope) =>
    writeRecordedSheets(scope, snapshot, {
      sheets: [
        {
          baseName: "Kế hoạch khắc phục 2024",
          layout: plan.layout,
          template,
          record: (sheetName) => ({ kind: "plan", sheetName, templateId: template.id, year: 2024, scoreSheet: "Chấm điểm" }),
        },
        newDocumentFieldsSheet(score, template),
      ],
    });
}

/** About 1 300 bytes of Vietnamese guidance per item, for sheets much heavier than their item count. */
const LONG_GUIDANCE = "Chấm điểm theo mức độ hoàn thành nhiệm vụ, căn cứ tài liệu kiểm chứng. ".repeat(14);
const CASES: [string, Template][] = [
  ["1000 items", templateWithItems(1_000)],
  ["10000 items", templateWithItems(10_000)],
  [`${MAX_TEMPLATE_ITEMS} items (the largest supported)`, templateWithItems(MAX_TEMPLATE_ITEMS)],
  ["5000 items with long guidance", templateWithItems(5_000, { guidance: LONG_GUIDANCE })],
];
const report: Record<string, Record<string, Measured>> = {};

describe.each(CASES)("office.js requests for a template of %s", (label, template) => {
  it.each([
    ["the scoring sheet with its metadata and finishes", () => scoreSheetWrite(template)],
    ["the plan sheet and its document fields sheet with their metadata and finishes", () => planWrite(template)],
  ])("%s: each under 5 MB, each at most its estimate", async (what, write) => {
    const measured = await measureWrites(write());
    expect(measured.sent.length).toBeGreaterThanOrEqual(2);
    for (const [i, sent] of measured.sent.entries()) {
      expect({ request: i, sent, under5MB: sent < WEB_LIMIT, withinEstimate: sent <= measured.estimated[i]! }).toEqual({
        request: i,
        sent,
        under5MB: true,
        withinEstimate: true,
      });
    }
    (report[label] ??= {})[what] = measured;
  });
});

const rankingReport: Record<string, Measured> = {};

/** The ranking's two sheets, their charts and records, then their finishes, as buildRanking writes them. */
function rankingWrite(count: number) {
  const template = hundredTemplate();
  const ranking = rankUnits(
    Array.from({ length: count }, (_, i) => unitAt(`Sở, ban, ngành thứ ${i + 1} của tỉnh (tên dài như tên thật)`, 100 - ((i * 37) % 45) - 0.5, { year: 2021, template })),
  );
  const rankingLayout = layoutRankingSheet(ranking, { sheetName: "Xếp hạng 2021" });
  const areasLayout = layoutAreaRankingSheet(ranking, { sheetName: "Theo lĩnh vực 2021" });
  return async (scope: ActionScope) => {
    const names = await commitSheets(scope, freshWorkbook, {
      sheets: [
        { baseName: rankingLayout.name, layout: rankingLayout, replaces: null },
        { baseName: areasLayout.name, layout: areasLayout, replaces: null },
      ],
      metadata: ([a, b]) => ({ sheets: [{ kind: "ranking", sheetName: a!, templateId: template.id, year: 2021 }, { kind: "rankingAreas", sheetName: b!, templateId: template.id, year: 2021 }], templates: [] }),
      activate: 0,
    });
    const sheets = scope.context.workbook.worksheets;
    const planned = [layoutFinishes(sheets.getItem(names[1]!), areasLayout, ALL_FEATURES), layoutFinishes(sheets.getItem(names[0]!), rankingLayout, ALL_FEATURES)];
    await applyFinishes(scope.context, scope.budget, { finishes: planned.flatMap((p) => p.finishes), unsupported: [] });
  };
}

describe.each([200, 1000])("office.js requests for the ranking of %i units", (count) => {
  it("the two ranking sheets with their charts, records and finishes: each under 5 MB, each at most its estimate", async () => {
    const measured = await measureWrites(rankingWrite(count));
    // The sheets with their records in one request, the finishes in another.
    expect(measured.sent).toHaveLength(2);
    for (const [i, sent] of measured.sent.entries()) {
      expect({ request: i, sent, under5MB: sent < WEB_LIMIT, withinEstimate: sent <= measured.estimated[i]! }).toEqual({ request: i, sent, under5MB: true, withinEstimate: true });
    }
    rankingReport[`${count} units`] = measured;
  });
});

afterAll(() => {
  // The measured sizes, for the README and for review: bytes sent per request and the estimate.
  if (Object.keys(report).length !== CASES.length) return;
  const output = path.resolve(__dirname, "../../test-output");
  mkdirSync(output, { recursive: true });
  writeFileSync(path.join(output, "office-js-requests.json"), `${JSON.stringify({ ...report, ranking: rankingReport }, null, 2)}\n`);
});
