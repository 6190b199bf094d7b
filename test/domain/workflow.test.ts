import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { PLAN_COLUMNS } from "../../src/domain/layout/planSheetColumns";
import { isFormulaCell } from "../../src/domain/layout/sheetLayout";
import { buildPlanSheet, checkScoreSheet } from "../../src/domain/workflow";
import { summarizeTemplate } from "../../src/domain/template/bundledTemplates";
import { typeScores } from "../helpers/scoreGrid";
import { smallTemplate } from "../helpers/templates";

const template = smallTemplate();
const layout = layoutScoreSheet(template, { year: 2025 });

describe("checkScoreSheet", () => {
  it("reads, validates and totals a scoring sheet in one step", () => {
    const { values } = typeScores(layout, { "1.1": 1, "1.2.1": 0.5, "1.2.2": 1, "2": 4 });
    const check = checkScoreSheet(template, values, { sheet: "S" });
    expect(check).toMatchObject({ sheet: "S", ok: true, issues: [] });
    expect(check.totals.total).toMatchObject({ score: 650, lostPoints: 50 });
    expect(check.rowOf["2"]).toBe(10);
  });

  it("is not ok when a score is wrong, and still totals the rest", () => {
    const { values } = typeScores(layout, { "1.1": 2, "1.2.1": 0.5, "1.2.2": 1, "2": 4 });
    const check = checkScoreSheet(template, values, { sheet: "S" });
    expect(check.ok).toBe(false);
    expect(check.issues.map((i) => [i.code, i.cell])).toEqual([["score_above_max", "G7"]]);
    expect(check.totals.total.score).toBe(550);
  });
});

describe("buildPlanSheet", () => {
  it("carries over what staff wrote in the previous plan sheet", () => {
    const { values } = typeScores(layout, { "1.1": 0.5, "1.2.1": 0.5, "1.2.2": 1.5, "2": 4 });
    const check = checkScoreSheet(template, values);
    const first = buildPlanSheet(template, check, { year: 2025, defaults: { timeFrame: "Quý I/2026" } });
    const grid = first.layout.cells.map((row) => row.map((c) => (isFormulaCell(c) ? "" : c)));
    grid[first.layout.rowOf["1.1"]!]![PLAN_COLUMNS.remedy] = "Ban hành kế hoạch trước 15/12";
    const second = buildPlanSheet(template, check, { year: 2025, previousPlan: grid, sheetName: "KH" });
    expect(second.layout.name).toBe("KH");
    expect(second.plan.sections[0]!.items[0]!.fields).toMatchObject({ remedy: "Ban hành kế hoạch trước 15/12", timeFrame: "Quý I/2026" });
    expect(first.layout.name).toBe("Kế hoạch khắc phục 2025");
  });
});

describe("summarizeTemplate", () => {
  it("gives id, name, source and the total maximum", () => {
    expect(summarizeTemplate(template)).toEqual({ id: "thu-nghiem", name: "Bộ tiêu chí thử nghiệm", source: "Kiểm thử", maxTotal: 7 });
  });
});
