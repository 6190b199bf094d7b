// The task pane's reader of other workbooks, loaded on demand as a chunk of its own (see
// loadWorkbookReader.ts), so exceljs stays out of the pane's first download: a picked file checked
// by its bytes, opened by exceljs (its browser build), and handed to the same code the command line
// uses — sheetSources/readSheetGrid (src/xlsx/unitWorkbookSheets.ts) and the core's readUnitWorkbook —
// so a unit's workbook reads the same in both hosts. No module here or below uses a Node API
// (test/taskpane/files/workbookReaderChunk.test.ts checks it). One file in memory at a time.
import ExcelJS from "exceljs";
import { makeIssue, type Issue } from "../../domain/issues";
import { readPreviousRankingJson, readPreviousRankingSheets, type PreviousRanking } from "../../domain/ranking/previousRanking";
import { readUnitWorkbook, type SheetSource, type UnitWorkbookReading } from "../../domain/ranking/readUnitWorkbook";
import { fail, type Result } from "../../domain/result";
import { sheetSources, visibleSheetValues } from "../../xlsx/unitWorkbookSheets";
import { FILE_LIMITS, type PickedFile } from "./pickedFile";
import { identifyWorkbookBytes, type WorkbookBytesProblem } from "./workbookBytes";

/** Why a picked file could not be opened as a workbook. */
export type FileProblem =
  | { kind: "too_large"; bytes: number; maxBytes: number }
  | { kind: "bytes"; problem: WorkbookBytesProblem }
  /** exceljs could not open it: a zip cut short, or not a workbook inside. */
  | { kind: "damaged"; detail: string }
  | { kind: "no_sheets" };

export type OpenedWorkbook = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; problem: FileProblem };

/** Opens a picked file with exceljs, after the size and byte checks. */
export async function openWorkbookFile(file: PickedFile): Promise<OpenedWorkbook> {
  if (file.size > FILE_LIMITS.bytes) return { ok: false, problem: { kind: "too_large", bytes: file.size, maxBytes: FILE_LIMITS.bytes } };
  const buffer = await file.arrayBuffer();
  const problem = identifyWorkbookBytes(new Uint8Array(buffer));
  if (problem) return { ok: false, problem: { kind: "bytes", problem } };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch (error) {
    return { ok: false, problem: { kind: "damaged", detail: error instanceof Error ? error.message : String(error) } };
  }
  if (workbook.worksheets.length === 0) return { ok: false, problem: { kind: "no_sheets" } };
  return { ok: true, workbook };
}

export type UnitFileReading = UnitWorkbookReading | { ok: false; file: string; problem: FileProblem };

/** One unit's workbook reduced to what ranking needs (readUnitWorkbook); the workbook itself is dropped. */
export async function readUnitWorkbookFile(file: PickedFile): Promise<UnitFileReading> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return { ok: false, file: file.name, problem: opened.problem };
  const sources: SheetSource[] = sheetSources(opened.workbook);
  return readUnitWorkbook(file.name, sources);
}

/** Last year's ranking from a picked file: a .json list (or last year's `rank --json`), else a workbook with a ranking table. */
export async function readPreviousRankingFile(file: PickedFile): Promise<Result<PreviousRanking> | { ok: false; problem: FileProblem }> {
  if (/\.json$/i.test(file.name)) {
    if (file.size > FILE_LIMITS.bytes) return { ok: false, problem: { kind: "too_large", bytes: file.size, maxBytes: FILE_LIMITS.bytes } };
    const text = new TextDecoder("utf-8").decode(await file.arrayBuffer()).replace(/^\uFEFF/, "");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return fail([unreadable(file.name, `JSON không hợp lệ (${error instanceof Error ? error.message : String(error)}).`)]);
    }
    return readPreviousRankingJson(file.name, value);
  }
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return { ok: false, problem: opened.problem };
  return readPreviousRankingSheets(file.name, visibleSheetValues(opened.workbook));
}

function unreadable(file: string, detail: string): Issue {
  return makeIssue("rank_previous_unreadable", "error", { file, detail });
}
