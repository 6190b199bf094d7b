// A workbook whose scores were typed by a program that does not recalculate has stale cached
// results; before it is written again they become what the sheet's formulas compute.
import path from "node:path";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import { createScoreWorkbook, loadWorkbook, readScoreWorkbook, readSheetGrid, refreshScoreSheetResults, saveWorkbook } from "../../src/node";
import { seed001ExpectedAreas, seed001Scores, seed001Template } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";

const tempDir = useTempDir();

describe("refreshScoreSheetResults", () => {
  it("turns the stale subtotals of a script-filled workbook into the engine's numbers", async () => {
    const workbook = createScoreWorkbook(seed001Template(), { year: 2021 });
    typeScoresInto(workbook, seed001Scores);
    const file = path.join(tempDir(), "filled.xlsx");
    await saveWorkbook(workbook, file);
    const read = await readScoreWorkbook(file);
    const scored = read.sheets[0]!;
    const areaRow = (code: string) => scored.check.rowOf[code]!;
    // Before: the cache still says what the empty sheet computed (full points lost, score 0).
    expect(scored.grid.values[areaRow("5")]![C.score]).toBe(0);

    expect(refreshScoreSheetResults(read.workbook.getWorksheet(scored.sheetName)!, scored)).toBe(true);
    const out = path.join(tempDir(), "refreshed.xlsx");
    await saveWorkbook(read.workbook, out);
    const values = readSheetGrid((await loadWorkbook(out)).getWorksheet(scored.sheetName)!).values;
    expect(seed001ExpectedAreas.map(([code]) => [code, values[areaRow(code)]![C.max], values[areaRow(code)]![C.score], values[areaRow(code)]![C.lostPoints]])).toEqual(
      seed001ExpectedAreas,
    );
    const total = values.find((row) => row[C.name] === "Tổng cộng")!;
    expect([total[C.max], total[C.score], total[C.lostPoints], total[C.percent]]).toEqual([100, 94.52, 5.48, 94.52]);
    expect(values[scored.check.rowOf["5.1"]!]![C.percent]).toBe(42.86);
  });

  it("leaves a sheet with errors for Excel to recalculate", async () => {
    const workbook = createScoreWorkbook(seed001Template(), { year: 2021 });
    typeScoresInto(workbook, { ...seed001Scores, "5.1": 9 });
    const file = path.join(tempDir(), "errors.xlsx");
    await saveWorkbook(workbook, file);
    const read = await readScoreWorkbook(file);
    expect(refreshScoreSheetResults(read.workbook.getWorksheet(read.sheets[0]!.sheetName)!, read.sheets[0]!)).toBe(false);
  });
});
