// The formula proof: scoring workbooks written by the Node host (seed 001 and generated templates
// with N/A marks, three levels, bonus and penalty items, random scores from a fixed fast-check
// seed) are recalculated by LibreOffice, and every applicable-maximum, subtotal, lost-points,
// percent and total cell must equal what computeTotals gives, exactly to the hundredth.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS as C } from "../../../src/domain/layout/scoreSheetColumns";
import type { Template } from "../../../src/domain/template/schema";
import { checkScoreWorkbook, createScoreWorkbook, loadWorkbook, readSheetGrid, saveWorkbook } from "../../../src/node";
import { expectedCells, mismatches, type ExpectedCell } from "../../helpers/formulaParity";
import { generateTemplate, randomScores, seededRandom } from "../../helpers/generateTemplate";
import { findSoffice, recalculateWithLibreOffice } from "../../helpers/libreOffice";
import type { TypedScore } from "../../helpers/scoreGrid";
import { seed001Scores, seed001Template } from "../../helpers/seed001";
import { typeScoresInto } from "../../helpers/xlsxScores";

interface Case {
  name: string;
  template: Template;
  scores: Record<string, TypedScore | number>;
}

const shapes = fc.record({
  areas: fc.integer({ min: 1, max: 6 }),
  criteria: fc.integer({ min: 1, max: 6 }),
  sub: fc.integer({ min: 0, max: 5 }),
  leafEvery: fc.integer({ min: 2, max: 5 }),
  adjustments: fc.boolean(),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

function cases(): Case[] {
  const generated = fc.sample(shapes, { seed: 20240601, numRuns: 24 }).map((shape, i): Case => {
    const template = generateTemplate(shape.areas, shape.criteria, shape.sub, {
      allowNotApplicable: true,
      adjustments: shape.adjustments,
      leafCriterionEvery: shape.leafEvery,
      seed: shape.seed,
      id: `sinh-${i}`,
    });
    return { name: `generated-${i}`, template, scores: randomScores(template, seededRandom(shape.seed)) };
  });
  const large = generateTemplate(8, 10, 8, { allowNotApplicable: true, adjustments: true, leafCriterionEvery: 4, seed: 99 });
  return [
    { name: "seed-001", template: seed001Template(), scores: seed001Scores },
    ...generated,
    { name: "large-8x10x8", template: large, scores: randomScores(large, seededRandom(99)) },
  ];
}

interface Prepared extends Case {
  file: string;
  sheetName: string;
  expected: ExpectedCell[];
  /** The cached values exceljs left in the file (stale: computed before the scores were typed). */
  staleValues: unknown[][];
}

describe("scoring sheet formulas recalculated by LibreOffice", () => {
  let dir = "";
  let prepared: Prepared[] = [];
  let recalculated = new Map<string, unknown[][]>();
  let outputs: string[] = [];

  beforeAll(async () => {
    // Fails (never skips) with the install command when LibreOffice is missing.
    const soffice = findSoffice();
    dir = mkdtempSync(path.join(tmpdir(), "par-index-formulas-"));
    prepared = [];
    for (const testCase of cases()) {
      const workbook = createScoreWorkbook(testCase.template, { unit: "Đơn vị kiểm thử", year: 2024 });
      typeScoresInto(workbook, testCase.scores);
      const { sheets } = checkScoreWorkbook(workbook);
      const sheet = sheets[0]!;
      const errors = sheet.check.issues.filter((issue) => issue.severity === "error");
      if (errors.length > 0) throw new Error(`${testCase.name}: generated scores have errors: ${JSON.stringify(errors)}`);
      const layout = layoutScoreSheet(testCase.template, { unit: "Đơn vị kiểm thử", year: 2024 });
      const file = path.join(dir, `${testCase.name}.xlsx`);
      await saveWorkbook(workbook, file);
      prepared.push({
        ...testCase,
        file,
        sheetName: sheet.sheetName,
        expected: expectedCells(layout, sheet.check.totals),
        staleValues: sheet.grid.values,
      });
    }
    ({ outputs } = recalculateWithLibreOffice(
      prepared.map((p) => p.file),
      path.join(dir, "recalculated"),
      soffice,
    ));
    recalculated = new Map();
    for (const [i, output] of outputs.entries()) {
      const workbook = await loadWorkbook(output);
      recalculated.set(prepared[i]!.name, readSheetGrid(workbook.getWorksheet(prepared[i]!.sheetName)!).values);
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("recalculated rather than kept the stale cached values", () => {
    for (const p of prepared) {
      const values = recalculated.get(p.name)!;
      const changed = p.expected.some((cell) => values[cell.row]?.[cell.column] !== p.staleValues[cell.row]?.[cell.column]);
      expect({ name: p.name, changed }).toEqual({ name: p.name, changed: true });
    }
  });

  it("gives seed 001 the seed's total of 94,52 with 5,48 lost", () => {
    const seed = prepared.find((p) => p.name === "seed-001")!;
    const values = recalculated.get("seed-001")!;
    const layout = layoutScoreSheet(seed.template, { unit: "Đơn vị kiểm thử", year: 2024 });
    expect(values[layout.totalRow]!.slice(C.max, C.percent + 1)).toEqual([100, "", 100, "", 94.52, 94.52, 5.48, 94.52]);
    expect(values[layout.rowOf["5"]!]![C.lostPoints]).toBe(2.28);
  });

  it("leaves a workbook that par-index still checks to the same totals after LibreOffice saved it", async () => {
    const seedOutput = outputs[prepared.findIndex((p) => p.name === "seed-001")]!;
    const { sheets } = checkScoreWorkbook(await loadWorkbook(seedOutput));
    expect(sheets[0]!.check.issues).toEqual([]);
    expect(sheets[0]!.check.totals.total).toMatchObject({ score: 9452, lostPoints: 548, percent: 9452 });
  });

  it.each(cases().map((c) => c.name))("agrees with computeTotals in every computed cell of %s", (name) => {
    const p = prepared.find((x) => x.name === name)!;
    expect(p.expected.length).toBeGreaterThan(0);
    expect(mismatches(recalculated.get(name)! as never, p.expected)).toEqual([]);
  });
});
