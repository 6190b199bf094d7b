// Departments without Excel: a unit's file made by split is opened in LibreOffice Calc, a score
// and its evidence are typed by a Basic macro and the file is saved by Calc; another unit's file
// only goes through `soffice --convert-to xlsx`. Both still gather into the master, the sheet
// protection survives, and the merged totals equal typing the same scores into the master.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { assignmentFromSheet } from "../../../src/domain/assignment/resolveAssignment";
import { SCORE_COLUMNS as C } from "../../../src/domain/layout/scoreSheetColumns";
import { cellAddress } from "../../../src/domain/cells";
import { checkScoreWorkbook, createScoreWorkbook, createUnitWorkbook, loadWorkbook, masterSheetOf, saveWorkbook } from "../../../src/node";
import { recalculateWithLibreOffice } from "../../helpers/libreOffice";
import { editWithLibreOffice } from "../../helpers/libreOfficeMacro";
import { provinceAssignmentTemplate, TTTT, TU_PHAP } from "../../helpers/provinceTemplate";
import { cliJson, runCli } from "../../helpers/runCli";
import { fillUnitFile } from "../../helpers/unitFilesOnDisk";
import { typeScoresInto } from "../../helpers/xlsxScores";

interface MergeJson {
  units: { unit: string; file: string | null; assigned: number; scored: number; withEvidence: number; missing: string[] }[];
  conflicts: unknown[];
  outside: unknown[];
  changes: { code: string; field: string; cell: string; after: number | string }[];
  returns: { file: string; current: boolean }[];
}
interface CheckJson {
  areas: unknown[];
  total: { score: number };
}

describe("a unit's file edited and saved by LibreOffice", () => {
  const template = provinceAssignmentTemplate();
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "par-index-lo-return-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gathers back into the master like a file saved by Excel", async () => {
    const masterFile = path.join(dir, "master.xlsx");
    await saveWorkbook(createScoreWorkbook(template, { unit: "tỉnh Kiên Giang", year: 2021 }), masterFile);
    const masterSheet = checkScoreWorkbook(await loadWorkbook(masterFile)).sheets[0]!;
    const master = masterSheetOf(masterSheet);
    const assignment = assignmentFromSheet(template, master.read);
    const splitAt = new Date().toISOString();
    const tuPhapFile = path.join(dir, "tu-phap.xlsx");
    const ttttFile = path.join(dir, "tttt.xlsx");
    await saveWorkbook(createUnitWorkbook(master, assignment, { unit: TU_PHAP, splitAt, schedule: { deadline: "2022-01-20" } }).workbook, tuPhapFile);
    await saveWorkbook(createUnitWorkbook(master, assignment, { unit: TTTT, splitAt }).workbook, ttttFile);

    // Sở Tư pháp types in Calc: 2.1.1 scores 0,33 with its evidence, 2.2.1 scores 0,1.
    const row = (code: string) => masterSheet.check.rowOf[code]!;
    const editedTuPhap = path.join(dir, "tu-phap-calc.xlsx");
    editWithLibreOffice(tuPhapFile, editedTuPhap, 0, [
      [cellAddress(row("2.1.1"), C.self), 0.33],
      [cellAddress(row("2.1.1"), C.evidence), "Báo cáo 15/BC-STP ngày 10/01/2022, trang 3"],
      [cellAddress(row("2.2.1"), C.self), 0.1],
      [cellAddress(row("2.2.1"), C.explanation), "Không ban hành văn bản mới trong năm"],
    ]);
    // Sở Thông tin và Truyền thông fills its file elsewhere, then it passes through Calc unchanged.
    await fillUnitFile(ttttFile, { "3.2.5": { self: 1, evidence: "Cổng thông tin điện tử tỉnh" }, "7.1.1": { self: 0.5, evidence: "Kế hoạch 20/KH" } });
    mkdirSync(path.join(dir, "calc"), { recursive: true });
    const [savedTttt] = recalculateWithLibreOffice([ttttFile], path.join(dir, "calc")).outputs;

    // Calc kept what ties the file to the master, and the protection.
    const reread = await loadWorkbook(editedTuPhap);
    const sheet = checkScoreWorkbook(reread).sheets[0]!;
    expect(sheet.managed.split).toMatchObject({ unit: TU_PHAP, masterId: masterSheet.managed.sheetId, deadline: "2022-01-20" });
    const worksheet = reread.getWorksheet(sheet.sheetName)!;
    // Calc writes sheet="true" (exceljs only understands "1"), so look at the sheet's XML itself.
    const zip = await JSZip.loadAsync(readFileSync(editedTuPhap));
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toMatch(/<sheetProtection [^>]*sheet="(true|1)"/);
    expect(await zip.file("xl/styles.xml")!.async("string")).toMatch(/<protection [^>]*locked="(false|0)"/);
    expect(worksheet.getCell(row("2.1.1") + 1, C.self + 1).value).toBe(0.33);

    const merged = path.join(dir, "merged.xlsx");
    const run = (await runCli(["merge", masterFile, editedTuPhap, savedTttt!, "--out", merged, "--json"]));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = cliJson<MergeJson>(run);
    expect(report.conflicts).toEqual([]);
    expect(report.outside).toEqual([]);
    expect(report.changes.map((c) => [c.code, c.field, c.after])).toEqual([
      ["2.1.1", "self", 0.33],
      ["2.1.1", "evidence", "Báo cáo 15/BC-STP ngày 10/01/2022, trang 3"],
      ["2.2.1", "self", 0.1],
      ["2.2.1", "explanation", "Không ban hành văn bản mới trong năm"],
      ["3.2.5", "self", 1],
      ["3.2.5", "evidence", "Cổng thông tin điện tử tỉnh"],
      ["7.1.1", "self", 0.5],
      ["7.1.1", "evidence", "Kế hoạch 20/KH"],
    ]);
    expect(report.units.find((u) => u.unit === TU_PHAP)).toMatchObject({ assigned: 5, scored: 2, withEvidence: 2, missing: ["2.3.1", "2.4.1", "2.4.2"] });

    // The same scores typed straight into the master give the same totals.
    const direct = await loadWorkbook(masterFile);
    typeScoresInto(direct, { "2.1.1": { self: 0.33 }, "2.2.1": { self: 0.1 }, "3.2.5": { self: 1 }, "7.1.1": { self: 0.5 } });
    const directFile = path.join(dir, "direct.xlsx");
    await saveWorkbook(direct, directFile);
    const mergedCheck = cliJson<CheckJson>(await runCli(["check", merged, "--json"]));
    const directCheck = cliJson<CheckJson>(await runCli(["check", directFile, "--json"]));
    expect(mergedCheck!.areas).toEqual(directCheck!.areas);
    expect(mergedCheck!.total).toEqual(directCheck!.total);
    expect(mergedCheck!.total.score).toBe(1.93);

    // And gathering the Calc-saved file again changes nothing.
    copyFileSync(editedTuPhap, path.join(dir, "again.xlsx"));
    const again = cliJson<MergeJson>((await runCli(["merge", merged, path.join(dir, "again.xlsx"), "--out", path.join(dir, "merged-again.xlsx"), "--json"])));
    expect(again.changes).toEqual([]);
  });
});
