/** @jest-environment jsdom */
// Step 4 splits the total by scoring method when the template scores by two or more: the seed's
// "94,52 điểm, trong đó điểm thẩm định: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm", exact,
// with the decimal comma (the synthetic template's items carry their method; seed 001's do not).
import { screen, within } from "@testing-library/react";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import type { Criterion, Template } from "../../src/domain/template/schema";
import { checkScoreSheet } from "../../src/domain/workflow";
import type { CheckResult } from "../../src/excel/host/workbookOperations";
import { typeScores } from "../helpers/scoreGrid";
import { seed001CheckResult } from "../helpers/seed001Check";
import { surveyScores, surveyTemplate } from "../helpers/surveyTemplate";
import { renderTotalsStep } from "./renderPane";

function surveyCheck(scores: Record<string, number> = surveyScores, column: "appraised" | "self" = "appraised", template: Template = surveyTemplate()): CheckResult {
  const layout = layoutScoreSheet(template, { year: 2021 });
  const { values, formulas } = typeScores(layout, Object.fromEntries(Object.entries(scores).map(([code, score]) => [code, { [column]: score }])));
  const check = checkScoreSheet(template, values, { sheet: layout.name, formulas });
  return { sheetName: layout.name, ok: check.ok, issues: check.issues, totals: check.totals, convertedCells: [] };
}

function showTotals(check: CheckResult, language: "vi" | "en" = "vi") {
  return renderTotalsStep(check, { templateId: "thu", templateName: "Thử" }, language);
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [within(row).getByRole("rowheader").textContent, ...within(row).getAllByRole("cell").map((cell) => cell.textContent)]);

describe("the total by scoring method", () => {
  it("gives 67,11 appraised and 27,41 survey points of 94,52", async () => {
    const check = surveyCheck();
    expect(check.totals.total.score).toBe(9452);
    await showTotals(check);
    const table = screen.getByRole("table", { name: "Điểm theo phương pháp chấm" });
    expect(rowsOf(table)).toEqual([
      ["Điểm thẩm định", "70", "67,11", "95,87%"],
      ["Điểm điều tra xã hội học", "30", "27,41", "91,37%"],
    ]);
  });

  it("says self-assessed when nothing is appraised, counts no self score on a survey item, and speaks English", async () => {
    await showTotals(surveyCheck(surveyScores, "self"), "en");
    const table = screen.getByRole("table", { name: "Points by scoring method" });
    expect(rowsOf(table)).toEqual([
      ["Self-assessed points", "70", "67.11", "95.87%"],
      // 18,42 and 8,99 typed as self scores on the survey items: not the unit's to score.
      ["Sociological survey points", "30", "0", "0%"],
    ]);
  });

  it("shows seed 001's lĩnh vực 8 apart, the bundled template marking it as surveyed", async () => {
    await showTotals(seed001CheckResult());
    expect(rowsOf(screen.getByRole("table", { name: "Điểm theo phương pháp chấm" }))).toEqual([
      ["Điểm thẩm định", "90", "85,53", "95,03%"],
      ["Điểm điều tra xã hội học", "10", "8,99", "89,9%"],
    ]);
  });

  it("is not shown for a template scored one way only", async () => {
    const template = surveyTemplate();
    const strip = (criteria: Criterion[]): Criterion[] => criteria.map(({ method: _method, children, ...rest }) => ({ ...rest, ...(children ? { children: strip(children) } : {}) }));
    await showTotals(surveyCheck(surveyScores, "appraised", { ...template, areas: strip(template.areas) }));
    expect(screen.getAllByRole("table")).toHaveLength(1);
    expect(screen.queryByRole("table", { name: "Điểm theo phương pháp chấm" })).not.toBeInTheDocument();
  });
});
