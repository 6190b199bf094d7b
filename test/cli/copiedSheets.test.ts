// A copy of the scoring sheet (Excel's Move or Copy names it "… (2)") and a renamed or unlisted one
// are recognised by their header and layout: every scoring sheet is listed, plain `check` checks
// them all (an error in the copy fails it), `--sheet` reaches the copy, and `plan` says which one it used.
import path from "node:path";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { createScoreWorkbook, saveWorkbook, writeLayout } from "../../src/node";
import { scoreSheetResults } from "../../src/xlsx/scoreSheetResults";
import { checkScoreSheet } from "../../src/domain/workflow";
import { cliJson, runCli } from "../helpers/runCli";
import { seed001Scores, seed001Template } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";

jest.setTimeout(60_000);
const tempDir = useTempDir("par-index-copies-");
const cli = (...args: string[]) => runCli(args, { cwd: tempDir() });
const ORIGINAL = "VPUB Sơn La 2021";
const COPY = "VPUB Sơn La 2021 (2)";

interface Report {
  ok: boolean;
  issues: { sheet: string; cell: string; code: string }[];
  found: { sheet: string; origin: string; checked: boolean }[];
  sheets: { sheet: string; origin: string; total: { score: number } }[];
}

beforeAll(async () => {
  const template = seed001Template();
  const workbook = createScoreWorkbook(template, { unit: "VPUB", year: 2021 });
  typeScoresInto(workbook, seed001Scores);
  // What Move or Copy leaves: the same cells in a new tab, which the metadata does not list.
  const layout = layoutScoreSheet(template, { unit: "Sở Nội vụ", year: 2021, sheetName: COPY });
  const empty = layout.cells.map((row) => row.map((cell) => (cell === null || typeof cell === "object" ? "" : cell)));
  writeLayout(workbook.addWorksheet(COPY), layout, { results: scoreSheetResults(layout, checkScoreSheet(template, empty).totals) });
  typeScoresInto(workbook, { ...seed001Scores, "5.1": 4 }, COPY);
  await saveWorkbook(workbook, path.join(tempDir(), "hai-trang.xlsx"));
});

describe("a workbook with a copied scoring sheet", () => {
  it("check lists both, checks both, and fails on the copy's error", async () => {
    const run = await cli("check", "hai-trang.xlsx", "--json");
    expect(run.code).toBe(1);
    const report = cliJson<Report>(run);
    expect(report.found).toEqual([
      { sheet: ORIGINAL, origin: "metadata", checked: true },
      { sheet: COPY, origin: "copy", checked: true },
    ]);
    expect(report.issues.map((i) => [i.sheet, i.cell, i.code])).toEqual([[COPY, "G19", "score_above_max"]]);
  });

  it("says in text which sheets there are and that both were checked", async () => {
    const run = await cli("check", "hai-trang.xlsx");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Có 2 trang chấm điểm: «${ORIGINAL}», «${COPY}» (bản sao, nhận ra theo dòng tiêu đề).`);
    expect(run.stdout).toContain("Đã kiểm tra cả 2 trang.");
    expect(run.stdout).toContain(`Trang «${COPY}» — `);
    expect(run.stdout).toContain("Sở Nội vụ, 2021");
  });

  it("check --sheet reaches the copy, and says it was the one checked", async () => {
    const run = await cli("check", "hai-trang.xlsx", "--sheet", COPY);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Đã kiểm tra trang «${COPY}» (chọn trang khác bằng --sheet <tên trang>).`);
    expect(run.stdout).toContain(`Lỗi ['${COPY}'!G19]: Điểm thẩm định 4 vượt điểm tối đa 3,5 của 5.1.`);
  });

  it("plan uses the first sheet and names the other", async () => {
    const run = await cli("plan", "hai-trang.xlsx", "--out", "ke-hoach.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Đã lập kế hoạch cho trang «${ORIGINAL}» (chọn trang khác bằng --sheet <tên trang>).`);
  });

  it("plan --sheet on the copy refuses while the copy has errors, naming its cell", async () => {
    const run = await cli("plan", "hai-trang.xlsx", "--sheet", COPY, "--out", "ke-hoach-2.xlsx");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Lỗi ['${COPY}'!G19]: `);
  });
});
