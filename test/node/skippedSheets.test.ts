// A scratch sheet past the limits beside the scoring sheet: a command that only reads leaves it
// out and names it; one that writes the workbook back refuses; a left-out sheet that may be needed
// (named in the metadata, or a scoring sheet copied by staff) gets the workbook refused as before.
import ExcelJS from "exceljs";
import {
  checkScoreWorkbook,
  createScoreWorkbook,
  loadWorkbookBuffer,
  loadWorkbookBufferForReading,
  readSheetGrid,
  WORKBOOK_LIMITS,
  WorkbookTooLargeError,
  workbookBytes,
  type WorkbookLimits,
} from "../../src/node";
import { inspectWorkbookFile } from "../../src/node/inspectWorkbookFile";
import { sheetHead } from "../../src/node/skippedSheets";
import { recognizeScoreSheet } from "../../src/domain";
import { seed001Scores, seed001Template } from "../helpers/seed001";
import { withScratchSheet } from "../helpers/scratchSheet";
import { typeScoresInto } from "../helpers/xlsxScores";

const SHEET = "VPUB Sơn La 2021";

function scoredWorkbook(): ExcelJS.Workbook {
  const workbook = createScoreWorkbook(seed001Template(), { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
  typeScoresInto(workbook, seed001Scores);
  return workbook;
}

/** The limits with room for the scored workbook and `spare` more cells and rows. */
async function limitsWithRoom(spare: number): Promise<WorkbookLimits> {
  const { sheets } = inspectWorkbookFile("seed.xlsx", await workbookBytes(scoredWorkbook()));
  const cells = sheets.reduce((sum, sheet) => sum + sheet.cells, 0);
  const rows = sheets.reduce((sum, sheet) => sum + sheet.rows, 0);
  return { ...WORKBOOK_LIMITS, cells: cells + spare, rows: rows + spare };
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("a read-only load of a workbook past the limits", () => {
  it("leaves out the scratch sheet, names it, and reads the scoring sheet as if it were not there", async () => {
    const limits = await limitsWithRoom(1000);
    const bytes = await withScratchSheet(scoredWorkbook(), "Nháp", 3000);
    const read = await loadWorkbookBufferForReading(bytes, "tong-hop.xlsx", limits);
    expect(read.skipped).toEqual([{ sheet: "Nháp", cells: 3000, rows: 30 }]);
    expect(read.workbook.getWorksheet("Nháp")).toBeUndefined();
    const alone = checkScoreWorkbook(await loadWorkbookBuffer(await workbookBytes(scoredWorkbook()), "seed.xlsx"));
    const withScratch = checkScoreWorkbook(read.workbook);
    expect(withScratch.sheets.map((s) => s.sheetName)).toEqual([SHEET]);
    expect(withScratch.sheets[0]!.check.totals).toEqual(alone.sheets[0]!.check.totals);
  });

  it("leaves out only as much as it must: the largest sheet, not a small one beside it", async () => {
    const limits = await limitsWithRoom(1000);
    const workbook = scoredWorkbook();
    workbook.addWorksheet("Ghi chép").getCell("B2").value = "Họp ngày 12/3";
    const bytes = await withScratchSheet(workbook, "Nháp", 3000);
    const read = await loadWorkbookBufferForReading(bytes, "tong-hop.xlsx", limits);
    expect(read.skipped.map((s) => s.sheet)).toEqual(["Nháp"]);
    expect(read.workbook.getWorksheet("Ghi chép")?.getCell("B2").value).toBe("Họp ngày 12/3");
  });

  it("leaves it out when the rows are past the limit, though the scoring sheet has more rows (tried first, found needed, kept)", async () => {
    const limits = { ...(await limitsWithRoom(10)), cells: WORKBOOK_LIMITS.cells };
    const read = await loadWorkbookBufferForReading(await withScratchSheet(scoredWorkbook(), "Nháp", 3000), "tong-hop.xlsx", limits);
    expect(read.skipped.map((s) => s.sheet)).toEqual(["Nháp"]);
  });

  it("reads everything, leaving nothing out, when the workbook fits", async () => {
    const read = await loadWorkbookBufferForReading(await withScratchSheet(scoredWorkbook(), "Nháp", 3000), "tong-hop.xlsx");
    expect(read.skipped).toEqual([]);
    expect(read.workbook.getWorksheet("Nháp")?.getCell("CV30").value).toBe((30 * 100 + 99) % 997);
  });

  it("refuses, naming it, when the sheet past the limits is a copy of the scoring sheet", async () => {
    const limits = await limitsWithRoom(1000);
    const grid = readSheetGrid(scoredWorkbook().getWorksheet(SHEET)!).values;
    const headerRow = recognizeScoreSheet(grid)!.headerRow;
    const top = grid.slice(0, headerRow + 1).map((row) => row.map((value) => (value === null || value === undefined ? "" : String(value))));
    const error = await refusal(loadWorkbookBufferForReading(await withScratchSheet(scoredWorkbook(), `${SHEET} (2)`, 3000, top), "tong-hop.xlsx", limits));
    expect(error).toBeInstanceOf(WorkbookTooLargeError);
    expect(error).toMatchObject({ limit: "cells", where: `${SHEET} (2)` });
  });

  it("refuses, naming it, when the sheet that must be left out is one the metadata names", async () => {
    const limits = { ...(await limitsWithRoom(0)), cells: 500 };
    const error = await refusal(loadWorkbookBufferForReading(await withScratchSheet(scoredWorkbook(), "Nháp", 100), "tong-hop.xlsx", limits));
    expect(error).toMatchObject({ limit: "cells", where: SHEET });
  });

  it("refuses a workbook whose only sheet is past the limits: that sheet is what was asked for", async () => {
    const error = await refusal(loadWorkbookBufferForReading(await withScratchSheet(new ExcelJS.Workbook(), "Phụ lục", 3000), "bang.xlsx", { ...WORKBOOK_LIMITS, cells: 1000 }));
    expect(error).toMatchObject({ limit: "cells", where: "Phụ lục" });
  });
});

describe("a load for a command that writes the workbook back", () => {
  it("refuses the workbook with the scratch sheet, naming the sheet that holds the most", async () => {
    const limits = await limitsWithRoom(1000);
    const error = await refusal(loadWorkbookBuffer(await withScratchSheet(scoredWorkbook(), "Nháp", 3000), "tong-hop.xlsx", limits));
    expect(error).toBeInstanceOf(WorkbookTooLargeError);
    expect(error).toMatchObject({ limit: "cells", where: "Nháp", maximum: limits.cells });
  });
});

describe("sheetHead (what exceljs is given of a left-out sheet)", () => {
  const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
  const sheet = (rows: string) => `<worksheet><sheetViews/><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;

  it("keeps what comes before the data and the rows numbered up to the header search", () => {
    const head = sheetHead(sheet([1, 2, 50, 51, 900].map(row).join("")), 50, 1 << 20);
    expect(head).toBe(`<worksheet><sheetViews/><sheetData>${[1, 2, 50].map(row).join("")}</sheetData></worksheet>`);
  });

  it("stops at the byte cap whatever the rows claim, and keeps empty data empty", () => {
    expect(sheetHead(sheet([1, 2, 3].map(row).join("")), 50, row(1).length + 1)).toBe(`<worksheet><sheetViews/><sheetData>${row(1)}</sheetData></worksheet>`);
    expect(sheetHead("<worksheet><sheetData/></worksheet>", 50, 100)).toBe("<worksheet><sheetData/></worksheet>");
  });

  it("numbers rows without r= after the one before them", () => {
    const head = sheetHead(sheet(`<row r="49"/><row/><row/>`), 50, 1 << 20);
    expect(head).toBe(`<worksheet><sheetViews/><sheetData><row r="49"/><row/></sheetData></worksheet>`);
  });
});
