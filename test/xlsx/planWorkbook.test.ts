// The plan sheet in a workbook file: added after the scoring sheet, rebuilt in the same tab with
// staff text kept, and recorded in the metadata so the next rebuild finds it.
import path from "node:path";
import { PLAN_COLUMNS as P } from "../../src/domain/layout/planSheetColumns";
import { METADATA_SHEET_NAME } from "../../src/domain/layout/metadata";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import {
  checkScoreWorkbook,
  createScoreWorkbook,
  readScoreWorkbook,
  readSheetGrid,
  readWorkbookMetadata,
  saveWorkbook,
  writeLayout,
  writePlan,
  writeWorkbookMetadata,
} from "../../src/node";
import { seed001Scores, seed001Template } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";

const tempDir = useTempDir();

async function seedWithPlan(name: string) {
  const workbook = createScoreWorkbook(seed001Template(), { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
  typeScoresInto(workbook, seed001Scores);
  const file = path.join(tempDir(), name);
  await saveWorkbook(workbook, file);
  const read = await readScoreWorkbook(file);
  const result = writePlan(read.workbook, read.sheets[0]!, read.metadata, { defaults: { timeFrame: "Quý IV/2022" } });
  await saveWorkbook(read.workbook, file);
  return { file, result };
}

describe("writePlan", () => {
  it("adds the plan sheet with the seed's shortcomings and records it", async () => {
    const { file, result } = await seedWithPlan("plan.xlsx");
    expect(result).toMatchObject({ sheetName: "Kế hoạch khắc phục 2021", rebuilt: false });
    const read = await readScoreWorkbook(file);
    expect(read.workbook.worksheets.map((s) => s.name)).toEqual(["VPUB Sơn La 2021", "Kế hoạch khắc phục 2021", "Thông tin văn bản 2021", METADATA_SHEET_NAME]);
    expect(read.metadata?.sheets.map((s) => [s.kind, s.sheetName, s.scoreSheet])).toEqual([
      ["score", "VPUB Sơn La 2021", undefined],
      ["plan", "Kế hoạch khắc phục 2021", "VPUB Sơn La 2021"],
      ["document", "Thông tin văn bản 2021", "VPUB Sơn La 2021"],
    ]);
    const plan = readSheetGrid(read.workbook.getWorksheet("Kế hoạch khắc phục 2021")!).values;
    const shortcomings = plan.map((row) => row[P.shortcoming]);
    expect(shortcomings).toContain("Chất lượng đánh giá, phân loại công chức, viên chức của cơ quan đơn vị đạt 1,5/3,5 điểm (trừ 2 điểm)");
    expect(shortcomings).toContain("Tổng điểm trừ là 2,28 điểm");
    expect(plan.find((row) => row[P.code] === "5.1")?.[P.timeFrame]).toBe("Quý IV/2022");
  });

  it("rebuilds the plan in its tab, keeping what staff typed", async () => {
    const { file } = await seedWithPlan("rebuild.xlsx");
    const first = await readScoreWorkbook(file);
    const planSheet = first.workbook.getWorksheet("Kế hoạch khắc phục 2021")!;
    const grid = readSheetGrid(planSheet).values;
    const row = grid.findIndex((r) => r[P.code] === "5.1") + 1;
    planSheet.getCell(row, P.remedy + 1).value = "-Triển khai Chỉ thị 26/CT-TTg";
    planSheet.getCell(row, P.note + 1).value = "=đã giao";
    await saveWorkbook(first.workbook, file);

    const second = await readScoreWorkbook(file);
    const result = writePlan(second.workbook, second.sheets[0]!, second.metadata);
    expect(result.rebuilt).toBe(true);
    expect(second.workbook.worksheets.map((s) => s.name)).toEqual(["VPUB Sơn La 2021", "Kế hoạch khắc phục 2021", "Thông tin văn bản 2021", METADATA_SHEET_NAME]);
    const item = result.plan.sections.flatMap((s) => s.items).find((i) => i.code === "5.1")!;
    expect(item.fields).toMatchObject({ remedy: "-Triển khai Chỉ thị 26/CT-TTg", note: "=đã giao", timeFrame: "Quý IV/2022" });
    const rebuilt = second.workbook.getWorksheet("Kế hoạch khắc phục 2021")!;
    const again = readSheetGrid(rebuilt).values.find((r) => r[P.code] === "5.1")!;
    expect(again[P.remedy]).toBe("-Triển khai Chỉ thị 26/CT-TTg");
    expect(again[P.note]).toBe("=đã giao");
  });

  it("gives twin scoring sheets (same template, unit and year) a plan each", async () => {
    const template = seed001Template();
    const workbook = createScoreWorkbook(template, { unit: "Văn phòng", year: 2021 });
    const twin = layoutScoreSheet(template, { unit: "Văn phòng", year: 2021, sheetName: "Bản thẩm định" });
    writeLayout(workbook.addWorksheet(twin.name), twin);
    const records = readWorkbookMetadata(workbook)!.sheets;
    writeWorkbookMetadata(workbook, [...records, { ...records[0]!, sheetName: twin.name }], [template]);
    typeScoresInto(workbook, seed001Scores);
    typeScoresInto(workbook, { "5.1": 3.5 }, twin.name);

    for (const sheet of ["VPUB Sơn La 2021", "Bản thẩm định"]) {
      const checked = checkScoreWorkbook(workbook, { sheet });
      writePlan(workbook, checked.sheets[0]!, checked.metadata);
    }
    const file = path.join(tempDir(), "twins.xlsx");
    await saveWorkbook(workbook, file);
    const read = await readScoreWorkbook(file);
    expect(read.metadata?.sheets.filter((s) => s.kind === "plan").map((s) => [s.sheetName, s.scoreSheet])).toEqual([
      ["Kế hoạch khắc phục 2021", "VPUB Sơn La 2021"],
      ["Kế hoạch khắc phục 2021 (2)", "Bản thẩm định"],
    ]);
    // Rebuilding the twin's plan replaces its own sheet, not the first one's.
    const again = writePlan(read.workbook, read.sheets[1]!, read.metadata);
    expect(again).toMatchObject({ sheetName: "Kế hoạch khắc phục 2021 (2)", rebuilt: true });
  });
});
