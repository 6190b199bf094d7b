// The reads the appraisal rounds need, side by side in one sync for sheets of ordinary size: the
// scoring sheet's block, its history sheet and the very hidden rounds sheet (the picture of the
// typed cells at the last move); then the rounds' view of the sheet, as the core reads it.
import { cellText, type Grid } from "../../domain/cells";
import { readHistorySheet } from "../../domain/appraisal/history";
import { readRoundsSheet, ROUNDS_SHEET_NAME } from "../../domain/appraisal/snapshot";
import { FIRST_STAGE } from "../../domain/appraisal/stageState";
import type { StageSheet } from "../../domain/appraisal/moveStage";
import { detectScoreLayout } from "../../domain/layout/scoreLayoutVersion";
import { findHeaderRow } from "../../domain/layout/readScoreSheet";
import type { ManagedSheet } from "../../domain/layout/metadata";
import type { Template } from "../../domain/template/schema";
import { checkScoreSheet, type ScoreCheck } from "../../domain/workflow";
import { readRows, rowsPerResponse } from "../sheets/readBlocks";
import { scoreRead } from "../sheets/readSheets";
import type { ActionScope } from "../host/runAction";
import type { WorkbookSnapshot } from "../sheets/workbookSnapshot";

/** A sheet found by the first read, with what a swap needs (see moveStage.ts). */
export interface FoundSheet {
  name: string;
  id: string;
  position: number;
}

export interface StageSheetsRead {
  values: Grid;
  formulas: Grid;
  check: ScoreCheck;
  stageSheet: StageSheet;
  layoutVersion: 1 | 2 | 3;
  headerRow: number;
  history: FoundSheet | null;
  rounds: FoundSheet | null;
  /** The rounds sheet's pictures, by scoring sheet id (others' kept when it is rewritten). */
  pictures: ReturnType<typeof readRoundsSheet>;
  /** The scoring sheet's row 4 as it was (put back if the move fails). */
  noteBefore: string;
}

const HISTORY_LAST_COLUMN = "K";
const ROUNDS_LAST_COLUMN = "D";

/** The history sheet of a scoring sheet: the one its record names, else one of the default name. */
export function historyRecordOf(snapshot: WorkbookSnapshot, scoreSheet: string): ManagedSheet | null {
  return snapshot.metadata?.sheets.find((sheet) => sheet.kind === "history" && sheet.scoreSheet === scoreSheet) ?? null;
}

export async function readStageSheets(scope: ActionScope, snapshot: WorkbookSnapshot, sheet: ManagedSheet, template: Template): Promise<StageSheetsRead> {
  const worksheets = scope.context.workbook.worksheets;
  const exists = (name: string) => snapshot.sheets.some((entry) => entry.name === name);
  // Only the history the metadata records for this scoring sheet: a sheet staff named so is theirs.
  const historyName = historyRecordOf(snapshot, sheet.sheetName)?.sheetName ?? null;
  const historySheet = historyName !== null && exists(historyName) ? worksheets.getItem(historyName) : null;
  const roundsSheet = exists(ROUNDS_SHEET_NAME) ? worksheets.getItem(ROUNDS_SHEET_NAME) : null;
  const [score = [], history = [], rounds = []] = await readRows(scope.context, [
    { worksheet: worksheets.getItem(sheet.sheetName), read: scoreRead(template) },
    ...(historySheet
      ? [{ worksheet: historySheet, read: { lastColumn: HISTORY_LAST_COLUMN, loads: [{ property: "values" as const, from: "A", to: HISTORY_LAST_COLUMN, offset: 0 }], rowsPerChunk: rowsPerResponse(1, 2048), alongside: () => historySheet.load("id,position") } }]
      : []),
    ...(roundsSheet
      ? [{ worksheet: roundsSheet, read: { lastColumn: ROUNDS_LAST_COLUMN, loads: [{ property: "values" as const, from: "A", to: ROUNDS_LAST_COLUMN, offset: 0 }], rowsPerChunk: rowsPerResponse(1, 64 * 1024), alongside: () => roundsSheet.load("id,position") } }]
      : []),
  ]);
  const [values = [], formulas = []] = score;
  const historyValues = historySheet ? (history[0] ?? []) : [];
  const roundsValues = roundsSheet ? ((historySheet ? rounds[0] : history[0]) ?? []) : [];
  const check = checkScoreSheet(template, values, { sheet: sheet.sheetName, formulas });
  const headerRow = findHeaderRow(values);
  const pictures = readRoundsSheet(roundsValues);
  const historyHeader = historyValues.findIndex((row) => cellText(row?.[0]) === "STT");
  const stageSheet: StageSheet = {
    sheetName: sheet.sheetName,
    template,
    values,
    check,
    state: sheet.stage ?? FIRST_STAGE,
    snapshot: pictures.get(sheet.sheetId ?? sheet.sheetName) ?? null,
    history: readHistorySheet(historyValues),
    ...(historyHeader >= 0 ? { historyFirstRow: historyHeader + 2 } : {}),
  };
  return {
    values,
    formulas,
    check,
    stageSheet,
    layoutVersion: detectScoreLayout(values[headerRow]).version,
    headerRow,
    history: historySheet && historyName ? { name: historyName, id: historySheet.id, position: historySheet.position } : null,
    rounds: roundsSheet ? { name: ROUNDS_SHEET_NAME, id: roundsSheet.id, position: roundsSheet.position } : null,
    pictures,
    noteBefore: cellText(values[headerRow - 1]?.[0]),
  };
}
