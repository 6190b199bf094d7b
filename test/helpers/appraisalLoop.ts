// Seed 001's workbook through the appraisal rounds with the Node host, each stage saved as a file:
// the office claims full points on every self-assessed item and submits; the council appraises to
// seed 001's scores with a note wherever it took points off; the office explains 4.1; round 2 gives
// 4.1 its points back; the result is locked. For the suites that look at what each stage produces.
import path from "node:path";
import type ExcelJS from "exceljs";
import { indexTemplate, methodOf, SCORE_COLUMNS as C, type ScoreColumnKey, type StageId } from "../../src/domain";
import { checkScoreWorkbook, createScoreWorkbook, loadWorkbookBuffer, moveStageInWorkbook, saveWorkbook, workbookBytes } from "../../src/node";
import { seed001Scores, seed001Template } from "./seed001";

export const LOOP_UNIT = "Văn phòng UBND tỉnh Sơn La";

export interface LoopFiles {
  submitted: string;
  appraised: string;
  explained: string;
  final: string;
  /** Points 4.1 had back in round 2. */
  max41: number;
}

export async function writeAppraisalLoop(dir: string): Promise<LoopFiles> {
  const template = seed001Template();
  const index = indexTemplate(template);
  const leaves = index.items.filter((item) => item.leaf);
  const selfScored = leaves.filter((item) => methodOf(index, item) === "tu_danh_gia");
  let workbook = createScoreWorkbook(template, { unit: LOOP_UNIT, year: 2021 });
  const type = (code: string, column: ScoreColumnKey, value: string | number) => {
    const scored = checkScoreWorkbook(workbook).sheets[0]!;
    workbook.getWorksheet(scored.sheetName)!.getCell(scored.check.rowOf[code]! + 1, C[column] + 1).value = value;
  };
  let day = 0;
  const move = async (to: StageId, extra: { deadline?: string; by?: string } = {}): Promise<string> => {
    const result = checkScoreWorkbook(workbook);
    day += 1;
    const outcome = moveStageInWorkbook(result, result.sheets[0]!, { to, now: `2022-01-${String(10 + day)}T02:00:00.000Z`, ...extra }, () => "loop-sheet");
    if (!outcome.ok) throw new Error(`${to}: ${JSON.stringify(outcome.issues.slice(0, 3))}`);
    const file = path.join(dir, `${to}.xlsx`);
    await saveWorkbook(workbook, file);
    workbook = await reopen(workbook);
    return file;
  };
  for (const item of selfScored) type(item.code, "self", item.max / 100);
  const submitted = await move("submitted", { by: "Văn phòng UBND tỉnh", deadline: "2022-01-20" });
  for (const [code, score] of Object.entries(seed001Scores)) {
    type(code, "appraised", score);
    const item = selfScored.find((l) => l.code === code);
    if (item && score * 100 < item.max) type(code, "councilNote", `Chưa đủ tài liệu kiểm chứng cho mục ${code}.`);
  }
  const appraised = await move("appraised", { by: "Hội đồng thẩm định", deadline: "2022-01-25" });
  type("4.1", "reply", "Đã công bố đủ thủ tục hành chính theo Quyết định số 15/QĐ-UBND.");
  const explained = await move("explained", { by: "Văn phòng UBND tỉnh" });
  const max41 = leaves.find((item) => item.code === "4.1")!.max / 100;
  type("4.1", "round2", max41);
  type("4.1", "councilNote2", "Chấp nhận giải trình.");
  const final = await move("final", { by: "Hội đồng thẩm định" });
  return { submitted, appraised, explained, final, max41 };
}

async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(await workbookBytes(workbook));
}
