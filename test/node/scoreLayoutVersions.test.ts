// Both scoring layouts through the Node host: a workbook of the first release (evidence and
// explanations in one column O) and one of the current layout (O evidence, P Giải trình) are
// read and checked alike, and only a self score with neither is warned about.
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import { checkScoreWorkbook, createScoreWorkbook, readWorkbookMetadata } from "../../src/node";
import { createFirstReleaseWorkbook } from "../helpers/firstRelease";
import { smallTemplate } from "../helpers/templates";
import { typeScoresInto } from "../helpers/xlsxScores";
import type ExcelJS from "exceljs";

const template = smallTemplate();

function typeText(workbook: ExcelJS.Workbook, code: string, column: number, text: string): void {
  const { sheets } = checkScoreWorkbook(workbook);
  const row = sheets[0]!.check.rowOf[code]!;
  workbook.getWorksheet(sheets[0]!.sheetName)!.getCell(row + 1, column + 1).value = text;
}

const evidenceWarnings = (workbook: ExcelJS.Workbook) =>
  checkScoreWorkbook(workbook).sheets[0]!.check.issues.filter((i) => i.code === "evidence_missing").map((i) => i.cell);

describe("scoring layouts 1 and 2 in .xlsx files", () => {
  it("records the layout version of a new workbook and reads its Giải trình column", () => {
    const workbook = createScoreWorkbook(template);
    expect(readWorkbookMetadata(workbook)!.sheets[0]!.layoutVersion).toBe(3);
    typeScoresInto(workbook, { "1.1": { self: 1 }, "1.2.1": { self: 0.5 }, "1.2.2": { self: 1 } });
    typeText(workbook, "1.1", C.evidence, "Kế hoạch 12/KH-UBND, tr. 1");
    typeText(workbook, "1.2.2", C.explanation, "Chưa có văn bản; đã trình UBND");
    expect(evidenceWarnings(workbook)).toEqual(["O9"]);
    const sheet = checkScoreWorkbook(workbook).sheets[0]!;
    expect(sheet.check.ok).toBe(true);
  });

  it("still checks a first-release workbook, taking its column O as evidence or explanation", () => {
    const workbook = createFirstReleaseWorkbook(template, { unit: "Sở Nội vụ" });
    expect(readWorkbookMetadata(workbook)!.sheets[0]).not.toHaveProperty("layoutVersion");
    typeScoresInto(workbook, { "1.1": { self: 1 }, "1.2.1": { self: 0.5 }, "2": { appraised: 3 } });
    typeText(workbook, "1.1", C.evidence, "Giải trình: chưa ban hành");
    const sheet = checkScoreWorkbook(workbook).sheets[0]!;
    expect(sheet.grid.values[4]![C.evidence]).toBe("Tài liệu kiểm chứng, giải trình");
    expect(evidenceWarnings(workbook)).toEqual(["O9"]);
    expect(sheet.check.totals.total.score).toBe(100 + 50 + 300);
  });
});
