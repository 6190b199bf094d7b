// Property, through the command line on real files: for random templates and scores, new → fill →
// plan → staff type remedies in the plan → the scores change → plan again onto the same file keeps
// every remedy (in the plan, or set aside in section III when the item no longer loses points),
// and every total in the written workbook — the plan's summary and the scoring sheet's cached
// results — is exactly the engine's.
import { promises as fs } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { PLAN_COLUMNS as P } from "../../src/domain/layout/planSheetColumns";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import { readPlanSheet } from "../../src/domain/layout/readPlanSheet";
import { run } from "../../src/cli/main";
import { memoryOutput } from "../../src/cli/output";
import { loadWorkbook, readScoreWorkbook, readSheetGrid, saveWorkbook } from "../../src/node";
import { arbitraryTemplate } from "../helpers/arbitraries";
import { randomScores, seededRandom } from "../helpers/generateTemplate";
import { useTempDir } from "../helpers/tempDir";
import { fillScoreFile } from "../helpers/xlsxScores";

jest.setTimeout(600_000);
const RUNS = 25;
const tempDir = useTempDir("par-index-cycle-");
const PLAN_SHEET = "Kế hoạch khắc phục 2024";

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = memoryOutput();
  const code = await run(args, out);
  return { code, stdout: out.stdout.join("\n"), stderr: out.stderr.join("\n") };
}

describe("plan, remedies, new scores, plan again", () => {
  it(`keeps every remedy and every total exact (${RUNS} runs)`, async () => {
    let runIndex = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryTemplate(), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), async (template, seed1, seed2) => {
        const dir = path.join(tempDir(), String((runIndex += 1)));
        await fs.mkdir(dir);
        const at = (name: string) => path.join(dir, name);
        await fs.writeFile(at("bo.json"), JSON.stringify(template));
        for (const name of ["diem-1.xlsx", "diem-2.xlsx"]) {
          expect(await cli("new", "--template-file", at("bo.json"), "--out", at(name), "--year", "2024")).toMatchObject({ code: 0 });
        }
        await fillScoreFile(at("diem-1.xlsx"), randomScores(template, seededRandom(seed1)));
        await fillScoreFile(at("diem-2.xlsx"), randomScores(template, seededRandom(seed2)));

        expect(await cli("plan", at("diem-1.xlsx"), "--out", at("ke-hoach.xlsx"))).toMatchObject({ code: 0 });
        // Staff type a remedy on every row of the plan.
        const typed = new Map<string, string>();
        const first = await loadWorkbook(at("ke-hoach.xlsx"));
        const sheet = first.getWorksheet(PLAN_SHEET)!;
        readSheetGrid(sheet).values.forEach((row, r) => {
          const code = String(row[P.code] ?? "");
          if (!/^\d+(\.\d+)*$/.test(code)) return;
          const remedy = `-Giải pháp cho ${code}: «kiểm tra, đôn đốc» =${seed1 % 97}`;
          sheet.getCell(r + 1, P.remedy + 1).value = remedy;
          typed.set(code, remedy);
        });
        await saveWorkbook(first, at("ke-hoach.xlsx"));

        // New scores, planned again onto the same file.
        const again = await cli("plan", at("diem-2.xlsx"), "--out", at("ke-hoach.xlsx"));
        expect(again).toMatchObject({ code: 0, stderr: "" });
        if (typed.size > 0) expect(again.stdout).toContain("Đã giữ nội dung cán bộ đã nhập");

        const written = await readScoreWorkbook(at("ke-hoach.xlsx"));
        const plan = readSheetGrid(written.workbook.getWorksheet(PLAN_SHEET)!).values;
        const kept = readPlanSheet(plan);
        for (const [code, remedy] of typed) expect({ code, remedy: kept.get(code)?.fields.remedy }).toEqual({ code, remedy });

        const engine = (await readScoreWorkbook(at("diem-2.xlsx"))).sheets[0]!.check.totals;
        const scored = written.sheets[0]!;
        expect(scored.check.totals.total).toEqual(engine.total);
        // The plan's summary "Tổng cộng" row, and the scoring sheet's cached totals.
        const summary = plan.find((row) => row[P.code] === "Tổng cộng")!;
        expect([summary[P.max], summary[P.score], summary[P.lostPoints]]).toEqual([
          engine.total.applicableMax / 100,
          engine.total.score / 100,
          engine.total.lostPoints === 0 ? 0 : -engine.total.lostPoints / 100,
        ]);
        const totalRow = scored.grid.values.find((row) => row[C.name] === "Tổng cộng")!;
        expect([totalRow[C.applicableMax], totalRow[C.score], totalRow[C.lostPoints]]).toEqual([
          engine.total.applicableMax / 100,
          engine.total.score / 100,
          engine.total.lostPoints / 100,
        ]);
        for (const area of engine.areas) {
          const row = scored.grid.values[scored.check.rowOf[area.code]!]!;
          expect([area.code, row[C.score], row[C.lostPoints]]).toEqual([area.code, area.score / 100, area.lostPoints / 100]);
        }
      }),
      { seed: 20240907, numRuns: RUNS },
    );
  });
});
