// A unit's file from the master: the whole scoring sheet, only the unit's self-score, evidence and
// explanation cells open, the rest greyed and locked without a password, the unit and deadline in
// the title, and metadata tying it to the master; read back from disk as Excel would open it.
import path from "node:path";
import type ExcelJS from "exceljs";
import { assignmentFromSheet } from "../../src/domain/assignment/resolveAssignment";
import { masterIdOf } from "../../src/domain/assignment/masterIdentity";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import {
  checkScoreWorkbook,
  createScoreWorkbook,
  createUnitWorkbook,
  loadWorkbook,
  masterSheetOf,
  readWorkbookMetadata,
  saveWorkbook,
} from "../../src/node";
import { createFirstReleaseWorkbook } from "../helpers/firstRelease";
import { provinceAssignmentTemplate, TTTT, VP_UBND } from "../helpers/provinceTemplate";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";

const tempDir = useTempDir("par-index-split-");
const template = provinceAssignmentTemplate();

async function roundTrip(workbook: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const file = path.join(tempDir(), name);
  await saveWorkbook(workbook, file);
  return loadWorkbook(file);
}

function masterWith(workbook: ExcelJS.Workbook) {
  const sheet = checkScoreWorkbook(workbook).sheets[0]!;
  const master = masterSheetOf(sheet);
  return { sheet, master, assignment: assignmentFromSheet(template, master.read) };
}

describe("createUnitWorkbook", () => {
  const masterBook = createScoreWorkbook(template, { unit: "tỉnh Kiên Giang", year: 2021 });
  // Sở Nội vụ already typed a survey result and a score of its own; VP UBND one of its items.
  typeScoresInto(masterBook, { "8.1": { appraised: 1 }, "5.1.1": { self: 1 }, "3.1.1": { self: 0.5 } });
  const { sheet, master, assignment } = masterWith(masterBook);
  const row = (code: string) => sheet.check.rowOf[code]! + 1;
  let unitBook: ExcelJS.Workbook;
  let worksheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const made = createUnitWorkbook(master, assignment, { unit: "văn phòng ubnd TỈNH", schedule: { deadline: "2022-01-25" }, splitAt: "2022-01-10T08:00:00.000Z" });
    expect(made.sheet.unit).toBe(VP_UBND);
    unitBook = await roundTrip(made.workbook, "vp.xlsx");
    worksheet = unitBook.getWorksheet(sheet.sheetName)!;
  });

  it("names the unit and its deadline in the title", () => {
    expect(worksheet.getCell("A1").value).toBe("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 — VĂN PHÒNG UBND TỈNH");
    expect(worksheet.getCell("A2").value).toBe("Đơn vị: tỉnh Kiên Giang · Phần giao cho: Văn phòng UBND tỉnh · Hạn gửi: 25/01/2022");
    expect(unitBook.title).toBe("Chấm điểm CCHC — Văn phòng UBND tỉnh — hạn gửi 25/01/2022");
  });

  it("keeps every row of the sheet, the unit's own values, and none of the other units' scores", () => {
    const check = checkScoreWorkbook(unitBook).sheets[0]!.check;
    expect(Object.keys(check.rowOf)).toEqual(Object.keys(sheet.check.rowOf));
    expect(worksheet.getCell(row("3.1.1"), C.self + 1).value).toBe(0.5);
    expect(worksheet.getCell(row("5.1.1"), C.self + 1).value).toBeNull();
    expect(worksheet.getCell(row("8.1"), C.appraised + 1).value).toBeNull();
    expect(worksheet.getCell(row("3.2.5"), C.leadUnit + 1).value).toBe(TTTT);
  });

  it("opens only the unit's self-score, evidence and explanation cells and protects the sheet without a password", () => {
    const locked = (code: string, column: number) => worksheet.getCell(row(code), column + 1).protection?.locked !== false;
    const protection = (worksheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty("hashValue");
    for (const column of [C.self, C.evidence, C.explanation]) expect(locked("3.1.1", column)).toBe(false);
    for (const column of [C.appraised, C.notApplicable, C.leadUnit, C.name]) expect(locked("3.1.1", column)).toBe(true);
    for (const code of ["3.2.5", "3.1", "1.1.1", "8.1"]) for (const column of [C.self, C.evidence]) expect(locked(code, column)).toBe(true);
    expect(locked("1.6", C.self)).toBe(false);
  });

  it("greys the rows of other units", () => {
    const fill = (code: string, column: number) => (worksheet.getCell(row(code), column + 1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill("3.2.5", C.name)).toBe("FFD9D9D9");
    expect(fill("2", C.code)).toBe("FFD9D9D9");
    expect(fill("3.1.1", C.name)).not.toBe("FFD9D9D9");
    expect(fill("3.1.1", C.appraised)).toBe("FFD9D9D9");
  });

  it("records the master, the unit, the deadline, the time of the split and the unit's items", () => {
    const record = readWorkbookMetadata(unitBook)!.sheets[0]!;
    expect(record.sheetId).toBe(sheet.managed.sheetId);
    expect(record.split).toEqual({
      format: 1,
      masterId: sheet.managed.sheetId,
      unit: VP_UBND,
      deadline: "2022-01-25",
      splitAt: "2022-01-10T08:00:00.000Z",
      items: assignment.units.find((u) => u.unit.name === VP_UBND)!.items,
    });
  });

  it("checks the unit's file for the unit's items only", () => {
    const issues = checkScoreWorkbook(unitBook).sheets[0]!.check.issues;
    expect(issues.filter((i) => i.code === "score_missing").length).toBe(10);
    expect(issues.map((i) => i.code)).toContain("evidence_missing");
  });

  it("splits a first-release master into first-release files, naming the master by a derived id", async () => {
    const old = createFirstReleaseWorkbook(template, { unit: "tỉnh Kiên Giang", year: 2021 });
    const { master: oldMaster, assignment: oldAssignment, sheet: oldSheet } = masterWith(old);
    const made = createUnitWorkbook(oldMaster, oldAssignment, { unit: TTTT, splitAt: "2022-01-10T08:00:00.000Z" });
    expect(made.sheet.layout.layoutVersion).toBe(1);
    expect(made.sheet.layout.columnCount).toBe(15);
    const id = masterIdOf(oldSheet.managed, template);
    expect(id).toMatch(/^auto-[0-9a-f]{16}$/);
    expect(masterIdOf(oldSheet.managed, provinceAssignmentTemplate())).toBe(id);
    expect(made.sheet.record.split?.masterId).toBe(id);
    const reread = await roundTrip(made.workbook, "tttt-v1.xlsx");
    expect(reread.getWorksheet(oldSheet.sheetName)!.getCell(row("3.2.5"), C.evidence + 1).protection?.locked).toBe(false);
  });
});
