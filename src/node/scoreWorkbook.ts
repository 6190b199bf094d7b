// Scoring workbooks as files: a new one from a template (the scoring sheet the add-in writes, plus
// the very hidden metadata), and checking one read back — each scoring sheet found through the
// metadata, or, in a workbook without it, a sheet that still has the scoring sheet's header.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { checkScoreSheet, defaultScoreSheetName, indexTemplate, layoutScoreSheet, isFormulaCell, type ManagedSheet, type Template } from "../domain";
import { checkScoreWorkbook, type ScoreWorkbookCheck } from "../xlsx/checkScoreWorkbook";
import { writeWorkbookMetadata } from "../xlsx/metadataSheet";
import { scoreSheetResults } from "../xlsx/scoreSheetResults";
import { templateTableLayout } from "../xlsx/templateTableSheet";
import { loadWorkbook, loadWorkbookForReading, type SkippedSheet } from "./workbookFiles";
import { writeLayout } from "../xlsx/writeLayout";

// Checking a loaded workbook needs no file system: it lives in its own module, which the pane's
// on-demand chunk uses too (src/taskpane/files/assignmentFiles.ts).
export * from "../xlsx/checkScoreWorkbook";

export interface ScoreWorkbookOptions {
  /** Tên đơn vị được chấm điểm. */
  unit?: string;
  year?: number;
}

export function createScoreWorkbook(template: Template, options: ScoreWorkbookOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "par-index";
  // The cached results are a courtesy to viewers; Excel recomputes every formula on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  if (indexTemplate(template).items.length === 0) {
    const layout = templateTableLayout(template);
    writeLayout(workbook.addWorksheet(layout.name), layout);
    return workbook;
  }
  const layout = layoutScoreSheet(template, { ...options, sheetName: defaultScoreSheetName(template, options.year, options.unit) });
  const worksheet = workbook.addWorksheet(layout.name);
  const empty = layout.cells.map((row) => row.map((cell) => (cell === null || isFormulaCell(cell) ? "" : cell)));
  const { totals } = checkScoreSheet(template, empty);
  writeLayout(worksheet, layout, { results: scoreSheetResults(layout, totals) });
  const record: ManagedSheet = {
    kind: "score",
    sheetName: layout.name,
    templateId: template.id,
    ...(options.unit?.trim() ? { unit: options.unit.trim() } : {}),
    ...(options.year ? { year: options.year } : {}),
    layoutVersion: layout.layoutVersion,
    sheetId: randomUUID(),
  };
  writeWorkbookMetadata(workbook, [record], [template]);
  return workbook;
}

export interface ScoreWorkbookRead extends ScoreWorkbookCheck {
  /** Scratch sheets left out to fit the limits (only when read with `readOnly`). */
  skipped: SkippedSheet[];
}

export interface ReadScoreWorkbookOptions {
  sheet?: string;
  /**
   * The command never writes this workbook back: a scratch sheet that would put it past the limits
   * is left out (and listed in `skipped`) instead of the file being refused.
   */
  readOnly?: boolean;
}

export async function readScoreWorkbook(file: string, options: ReadScoreWorkbookOptions = {}): Promise<ScoreWorkbookRead> {
  const { workbook, skipped } = options.readOnly ? await loadWorkbookForReading(file) : { workbook: await loadWorkbook(file), skipped: [] };
  return { ...checkScoreWorkbook(workbook, { ...(options.sheet === undefined ? {} : { sheet: options.sheet }), file }), skipped };
}
