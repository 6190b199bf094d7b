// Scoring workbooks as files: the sheet and its very hidden metadata, cached results equal to the
// core's totals, the skeleton's criteria table, and checking with or without the metadata.
import path from "node:path";
import ExcelJS, { ValueType } from "exceljs";
import { getBundledTemplate } from "../../src/domain/template/bundledTemplates";
import { importTemplateFromGrid, layoutTemplateTable } from "../../src/domain/import";
import { METADATA_SHEET_NAME } from "../../src/domain/layout/metadata";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import {
  checkScoreWorkbook,
  createScoreWorkbook,
  loadWorkbook,
  NoScoreSheetError,
  readScoreWorkbook,
  readSheetGrid,
  saveWorkbook,
  SheetNotFoundError,
  templateTableLayout,
  writeLayout,
  writePlan,
} from "../../src/node";
import { generateTemplate } from "../helpers/generateTemplate";
import { seed001ExpectedAreas, seed001Scores, seed001Template } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";

const tempDir = useTempDir();

async function saved(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const file = path.join(tempDir(), name);
  await saveWorkbook(workbook, file);
  return file;
}

describe("createScoreWorkbook", () => {
  it("writes the scoring sheet and a very hidden metadata sheet naming it", async () => {
    const file = await saved(createScoreWorkbook(seed001Template(), { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 }), "seed.xlsx");
    const workbook = await loadWorkbook(file);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["VPUB Sơn La 2021", "visible"],
      [METADATA_SHEET_NAME, "veryHidden"],
    ]);
    const { metadata, sheets } = checkScoreWorkbook(workbook);
    expect(metadata?.sheets).toEqual([
      {
        kind: "score",
        sheetName: "VPUB Sơn La 2021",
        templateId: "son-la-vpub-2021",
        unit: "Văn phòng UBND tỉnh Sơn La",
        year: 2021,
        layoutVersion: 3,
        sheetId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    ]);
    expect(metadata?.templates.get("son-la-vpub-2021")).toEqual(seed001Template());
    expect(sheets[0]!.check.issues.every((i) => i.code === "score_missing")).toBe(true);
  });

  it("caches the core's totals as the formulas' results, so previews show numbers", async () => {
    const template = generateTemplate(2, 2, 2, { adjustments: true });
    const workbook = await loadWorkbook(await saved(createScoreWorkbook(template), "cached.xlsx"));
    const { sheets } = checkScoreWorkbook(workbook);
    const { values } = readSheetGrid(workbook.getWorksheet(sheets[0]!.sheetName)!);
    const row = sheets[0]!.check.rowOf["1"]!;
    const area = sheets[0]!.check.totals.byCode.get("1")!;
    expect(values[row]!.slice(C.applicableMax, C.percent + 1)).toEqual([area.max / 100, "", "", 0, area.max / 100, 0]);
  });

  it("writes the empty skeleton as a criteria table that imports back", async () => {
    const workbook = await loadWorkbook(await saved(createScoreWorkbook(getBundledTemplate("khung-trong")), "skeleton.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Bộ tiêu chí"]);
    const sheet = workbook.getWorksheet("Bộ tiêu chí")!;
    expect(readSheetGrid(sheet).values[0]).toEqual(["Mã", "Nội dung", "Điểm tối đa", "Phương pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Cách tính điểm", "Không áp dụng được"]);
    // The Mã column is text, so "1.10" typed by staff stays "1.10".
    expect(sheet.getCell("A2").numFmt).toBe("@");
  });

  it("writes a template table that imports back to the same tree", async () => {
    const template = generateTemplate(2, 3, 2);
    const workbook = new ExcelJS.Workbook();
    writeLayout(workbook.addWorksheet("Bộ tiêu chí"), templateTableLayout(template));
    const read = await loadWorkbook(await saved(workbook, "table.xlsx"));
    const grid = readSheetGrid(read.getWorksheet("Bộ tiêu chí")!).values;
    // Rows read back end at their last filled cell.
    const trimmed = (rows: readonly (readonly unknown[])[]) =>
      rows.map((row) => {
        let end = row.length;
        while (end > 0 && (row[end - 1] === "" || row[end - 1] === null)) end -= 1;
        return row.slice(0, end);
      });
    expect(grid).toEqual(trimmed(layoutTemplateTable(template)));
    const imported = importTemplateFromGrid(grid, { sheet: "Bộ tiêu chí" });
    expect(imported.ok && imported.value.areas).toEqual(template.areas);
  });
});

describe("readScoreWorkbook", () => {
  it("checks the seed's appraised scores typed into the file", async () => {
    const workbook = createScoreWorkbook(seed001Template(), { year: 2021 });
    typeScoresInto(workbook, seed001Scores);
    const { sheets } = await readScoreWorkbook(await saved(workbook, "seed-filled.xlsx"));
    expect(sheets[0]!.check.issues).toEqual([]);
    expect(sheets[0]!.check.totals.areas.map((a) => [a.code, a.max / 100, a.score / 100, a.lostPoints / 100])).toEqual(seed001ExpectedAreas);
  });

  it("finds the scoring sheet after staff renamed it", async () => {
    const workbook = createScoreWorkbook(seed001Template(), { year: 2021 });
    const file = await saved(workbook, "rename.xlsx");
    const loaded = await loadWorkbook(file);
    loaded.getWorksheet("VPUB Sơn La 2021")!.name = "Chấm điểm";
    // What Excel does to the metadata's reference when the sheet is renamed.
    const meta = loaded.getWorksheet(METADATA_SHEET_NAME)!;
    meta.getCell("D2").value = { formula: "'Chấm điểm'!$A$1", date1904: false };
    const { sheets } = await readScoreWorkbook(await saved(loaded, "renamed.xlsx"));
    expect(sheets.map((s) => s.sheetName)).toEqual(["Chấm điểm"]);
  });

  it("reads a scoring sheet whose metadata was lost, rebuilding the criteria from its columns", async () => {
    const workbook = createScoreWorkbook(seed001Template(), { year: 2021 });
    typeScoresInto(workbook, seed001Scores);
    workbook.removeWorksheet(workbook.getWorksheet(METADATA_SHEET_NAME)!.id);
    const { metadata, sheets } = await readScoreWorkbook(await saved(workbook, "no-meta.xlsx"));
    expect(metadata).toBeNull();
    expect(sheets[0]!.check.totals.total.score).toBe(9452);
    expect(sheets[0]!.check.issues).toEqual([]);
  });

  it("takes neither the plan nor the document fields sheet beside it for a scoring sheet", async () => {
    const workbook = createScoreWorkbook(seed001Template(), { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
    typeScoresInto(workbook, seed001Scores);
    const first = checkScoreWorkbook(workbook);
    const written = writePlan(workbook, first.sheets[0]!, first.metadata);
    const read = await readScoreWorkbook(await saved(workbook, "ke-hoach.xlsx"));
    expect(read.workbook.worksheets.map((s) => s.name)).toEqual(["VPUB Sơn La 2021", written.sheetName, written.documentFields.sheetName, METADATA_SHEET_NAME]);
    expect(read.found).toEqual([{ sheetName: "VPUB Sơn La 2021", origin: "metadata" }]);
    expect(read.sheets[0]!.check.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("says there is no scoring sheet in an unrelated workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh sách").getCell("A1").value = "Họ và tên";
    await expect(readScoreWorkbook(await saved(workbook, "other.xlsx"))).rejects.toBeInstanceOf(NoScoreSheetError);
  });

  it("names the sheets there are when asked for one that is not", async () => {
    const file = await saved(createScoreWorkbook(seed001Template(), { year: 2021 }), "ask.xlsx");
    await expect(readScoreWorkbook(file, { sheet: "Không có" })).rejects.toEqual(new SheetNotFoundError("Không có", ["VPUB Sơn La 2021"]));
  });

  it("reports a formula typed over as a warning on its cell", async () => {
    const workbook = createScoreWorkbook(seed001Template(), { year: 2021 });
    const { sheets } = checkScoreWorkbook(workbook);
    const row = sheets[0]!.check.rowOf["5"]! + 1;
    workbook.getWorksheet(sheets[0]!.sheetName)!.getCell(row, C.score + 1).value = 11.22;
    const again = await readScoreWorkbook(await saved(workbook, "typed-over.xlsx"));
    expect(again.sheets[0]!.check.issues.filter((i) => i.code === "formula_replaced")).toEqual([
      expect.objectContaining({ cell: `H${row}`, severity: "warning" }),
    ]);
    expect(again.workbook.getWorksheet(sheets[0]!.sheetName)!.getCell(row, C.score + 1).type).toBe(ValueType.Number);
  });
});
