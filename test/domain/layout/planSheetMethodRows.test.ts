import { layoutPlanSheet, METHOD_ROW_PREFIX } from "../../../src/domain/layout/layoutPlanSheet";
import { readPlanSheet } from "../../../src/domain/layout/readPlanSheet";
import { buildRemediationPlan } from "../../../src/domain/plan/remediationPlan";
import { computeTotals } from "../../../src/domain/scoring/computeTotals";
import type { ScoreSet } from "../../../src/domain/scoring/scoreInput";
import { seed001Scores, seed001Template } from "../../helpers/seed001";
import { surveyScores, surveyTemplate } from "../../helpers/surveyTemplate";
import { smallTemplate } from "../../helpers/templates";

const appraised = (scores: Record<string, number>): ScoreSet => ({
  items: new Map(Object.entries(scores).map(([code, v]) => [code, { self: null, appraised: Math.round(v * 100), notApplicable: false }])),
  adjustments: new Map(),
});

const summaryRows = (template = surveyTemplate(), scores = surveyScores) => {
  const plan = buildRemediationPlan(template, computeTotals(template, appraised(scores)));
  const layout = layoutPlanSheet(plan);
  return { layout, rows: layout.cells.slice(0, layout.planHeaderRow).map((r) => r.filter((c) => c !== null)) };
};

describe("the plan sheet's summary split by scoring method", () => {
  it("gives Tổng cộng, then the appraised and the survey points, exact in hundredths", () => {
    const { rows } = summaryRows();
    const total = rows.findIndex((r) => r[1] === "Tổng cộng");
    expect(rows.slice(total, total + 3)).toEqual([
      ["", "Tổng cộng", 100, 94.52, -5.48],
      ["", `${METHOD_ROW_PREFIX}điểm thẩm định`, 70, 67.11, -2.89],
      ["", `${METHOD_ROW_PREFIX}điểm điều tra xã hội học`, 30, 27.41, -2.59],
    ]);
  });

  it("writes no split rows for a template scored one way only", () => {
    const { rows } = summaryRows(smallTemplate(), { "1.1": 1, "1.2.1": 0.5, "1.2.2": 1, "2": 3 });
    expect(rows.some((r) => String(r[1]).startsWith(METHOD_ROW_PREFIX))).toBe(false);
  });

  it("splits seed 001 only as far as its template states methods (8.1, the citizens' survey)", () => {
    const { rows } = summaryRows(seed001Template(), seed001Scores);
    expect(rows.filter((r) => String(r[1]).startsWith(METHOD_ROW_PREFIX))).toEqual([
      ["", `${METHOD_ROW_PREFIX}điểm thẩm định`, 90, 85.53, -4.47],
      ["", `${METHOD_ROW_PREFIX}điểm điều tra xã hội học`, 10, 8.99, -1.01],
    ]);
  });

  it("leaves the plan rows' reading untouched", () => {
    const { layout } = summaryRows();
    const grid = layout.cells.map((row) => row.map((c) => (typeof c === "object" && c !== null ? "" : c)));
    expect([...readPlanSheet(grid).keys()]).toEqual(["1", "1.1", "1.2", "2", "2.1", "3", "3.1"]);
  });
});
