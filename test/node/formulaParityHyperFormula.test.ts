// The scoring sheet's formulas, recalculated by HyperFormula (a real spreadsheet engine that runs
// everywhere), give exactly what computeTotals gives in every computed cell. LibreOffice does the
// same proof on real .xlsx files in `npm run test:formulas`.
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import type { CellValue } from "../../src/domain/cells";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { checkScoreSheet } from "../../src/domain/workflow";
import { expectedCells, mismatches } from "../helpers/formulaParity";
import { generateTemplate, randomScores, seededRandom } from "../helpers/generateTemplate";
import { typeScores } from "../helpers/scoreGrid";
import { seed001Scores, seed001Template } from "../helpers/seed001";
import { surveyTemplate } from "../helpers/surveyTemplate";
import type { Template } from "../../src/domain/template/schema";
import type { TypedScore } from "../helpers/scoreGrid";

function recalculate(sheet: CellValue[][]): CellValue[][] {
  const engine = HyperFormula.buildFromArray(
    sheet.map((row) => row.map((cell) => (cell === undefined ? null : cell))) as (string | number | boolean | null)[][],
    { licenseKey: "gpl-v3" },
  );
  const values = engine.getSheetValues(0) as CellValue[][];
  engine.destroy();
  return values;
}

function proveFormulas(template: Template, scores: Record<string, TypedScore | number>) {
  const layout = layoutScoreSheet(template, { year: 2024 });
  const { values, formulas } = typeScores(layout, scores);
  const check = checkScoreSheet(template, values, { formulas });
  expect(check.issues.filter((i) => i.severity === "error")).toEqual([]);
  return mismatches(recalculate(formulas), expectedCells(layout, check.totals));
}

describe("scoring sheet formulas in HyperFormula", () => {
  it("total seed 001 exactly as the core does", () => {
    expect(proveFormulas(seed001Template(), seed001Scores)).toEqual([]);
  });

  it("leave out a self score typed on a survey item, as the core does, in the item and the subtotals", () => {
    const template = surveyTemplate();
    const scores = { "1.1": { self: 28 }, "1.2": { self: 20 }, "2.1": { self: 39, appraised: 38 }, "3.1": { self: 10, appraised: 8.99 } };
    const layout = layoutScoreSheet(template, { year: 2024 });
    const { values, formulas } = typeScores(layout, scores);
    const check = checkScoreSheet(template, values, { formulas });
    expect(check.totals.total.score).toBe(2800 + 3800 + 899);
    const recalculated = recalculate(formulas);
    expect(mismatches(recalculated, expectedCells(layout, check.totals))).toEqual([]);
  });

  it("count round 2 over round 1 over self, in the item, the subtotals of S and the totals", () => {
    const scores = { ...Object.fromEntries(Object.entries(seed001Scores).map(([code, score]) => [code, { self: score, appraised: score }])) } as Record<string, TypedScore>;
    scores["4.1"] = { self: 4, appraised: 3.61, round2: 4 };
    scores["5.1"] = { self: 3.5, appraised: 1.5, round2: 2 };
    scores["1.1"] = { self: 1, round2: 0.5 };
    const layout = layoutScoreSheet(seed001Template(), { year: 2024 });
    const { values, formulas } = typeScores(layout, scores);
    const check = checkScoreSheet(seed001Template(), values, { formulas });
    expect(check.totals.total.score).toBe(9452 + 39 + 50 - 45);
    expect(mismatches(recalculate(formulas), expectedCells(layout, check.totals))).toEqual([]);
  });

  it("agree with the core on generated templates with N/A marks, three levels, bonus and penalty", () => {
    const shapes = fc.record({
      areas: fc.integer({ min: 1, max: 4 }),
      criteria: fc.integer({ min: 1, max: 5 }),
      sub: fc.integer({ min: 0, max: 4 }),
      leafEvery: fc.integer({ min: 2, max: 4 }),
      adjustments: fc.boolean(),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(shapes, (shape) => {
        const template = generateTemplate(shape.areas, shape.criteria, shape.sub, {
          allowNotApplicable: true,
          adjustments: shape.adjustments,
          leafCriterionEvery: shape.leafEvery,
          seed: shape.seed,
        });
        const scores = randomScores(template, seededRandom(shape.seed));
        expect(proveFormulas(template, scores)).toEqual([]);
      }),
      { seed: 20240601, numRuns: 40 },
    );
  });
});
