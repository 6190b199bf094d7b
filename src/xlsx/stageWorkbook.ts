// The appraisal rounds in an .xlsx workbook loaded by exceljs: where a scoring sheet stands (its
// record, the history sheet, the picture kept in the very hidden rounds sheet) and a move written
// whole — an older sheet upgraded to layout 3 in place, the protection for the next holder, the
// record, the picture and the history row — into the workbook in memory. The caller saves it, or
// drops it when anything fails, so a move is all or nothing. No Node API here.
import type ExcelJS from "exceljs";
import {
  cellText,
  FIRST_STAGE,
  HISTORY_SHEET_NAME,
  historySheetName,
  layoutHistorySheet,
  layoutRoundsSheet,
  layoutScoreSheet,
  moveStage,
  readHistorySheet,
  readRoundsSheet,
  ROUNDS_SHEET_NAME,
  SCORE_COLUMNS as C,
  SCORE_HEADER_ROW,
  takeSnapshot,
  type EarlierCopy,
  type Issue,
  type ManagedSheet,
  type MoveOutcome,
  type MoveRequest,
  type StageSheet,
  detectScoreLayout,
  type ScoreLayoutVersion,
  layoutUpgrade,
  stageNote,
  upgradeBlockers,
} from "../domain";
import type { ScoreSheetCheck, ScoreWorkbookCheck } from "./checkScoreWorkbook";
import { readWorkbookMetadata, writeWorkbookMetadata } from "./metadataSheet";
import { readSheetGrid } from "./readSheetGrid";
import { scoreSheetResults } from "./scoreSheetResults";
import { writeCells, writeLayout } from "./writeLayout";

/** The key of a scoring sheet's picture in the rounds sheet: its id, else its name. */
function roundsKey(record: ManagedSheet): string {
  return record.sheetId ?? record.sheetName;
}

function historyRecord(metadata: ScoreWorkbookCheck["metadata"], sheetName: string): ManagedSheet | undefined {
  return metadata?.sheets.find((sheet) => sheet.kind === "history" && sheet.scoreSheet === sheetName);
}

function findHistorySheet(result: ScoreWorkbookCheck, sheetName: string): ExcelJS.Worksheet | undefined {
  const record = historyRecord(result.metadata, sheetName);
  return result.workbook.getWorksheet(record?.sheetName ?? HISTORY_SHEET_NAME);
}

/** A scoring sheet of a checked workbook as the rounds see it. */
export function stageSheetOf(result: ScoreWorkbookCheck, scored: ScoreSheetCheck): StageSheet {
  const historySheet = findHistorySheet(result, scored.sheetName);
  const historyGrid = historySheet ? readSheetGrid(historySheet).values : [];
  const history = readHistorySheet(historyGrid);
  const headerRow = historyGrid.findIndex((row) => cellText(row?.[0]) === "STT");
  const rounds = result.workbook.getWorksheet(ROUNDS_SHEET_NAME);
  const snapshots = rounds ? readRoundsSheet(readSheetGrid(rounds).values) : new Map();
  return {
    sheetName: scored.sheetName,
    template: scored.template,
    values: scored.grid.values,
    check: scored.check,
    state: scored.managed.stage ?? FIRST_STAGE,
    snapshot: snapshots.get(roundsKey(scored.managed)) ?? null,
    history,
    ...(headerRow >= 0 ? { historyFirstRow: headerRow + 2 } : {}),
  };
}

/** The sender's earlier copy of the same sheet, to compare a returned file with. */
export function earlierCopyOf(result: ScoreWorkbookCheck, scored: ScoreSheetCheck): EarlierCopy {
  const sheet = stageSheetOf(result, scored);
  return { state: sheet.state, history: sheet.history, snapshot: takeSnapshot(sheet.values, sheet.check.rowOf) };
}

export type StageWriteOutcome = MoveOutcome | { ok: false; from: MoveOutcome["from"]; to: MoveOutcome["to"]; reason: "not_ready"; issues: Issue[]; changed: [] };

/**
 * Decides the move and, when it is made, writes it into the loaded workbook: nothing is changed
 * when it is refused. `sheetId` names a sheet that has no id yet (workbooks of the first release).
 */
export function moveStageInWorkbook(result: ScoreWorkbookCheck, scored: ScoreSheetCheck, request: MoveRequest, sheetId: () => string): StageWriteOutcome {
  const sheet = stageSheetOf(result, scored);
  const outcome = moveStage(sheet, request);
  if (!outcome.ok) return outcome;
  const worksheet = result.workbook.getWorksheet(scored.sheetName)!;
  const version = detectVersion(scored);
  if (version !== 3) {
    const blocked = upgradeBlockers(scored.template, scored.grid.values, scored.check.rowOf, headerRowOf(scored), version, scored.sheetName);
    if (blocked.length > 0) return { ok: false, from: outcome.from, to: outcome.to, reason: "not_ready", issues: blocked, changed: [] };
    upgradeToLayout3(worksheet, scored, version);
  }
  writeStageNote(worksheet, scored, outcome.state);
  protectForStage(worksheet, scored, outcome.unlocked);

  const metadata = readWorkbookMetadata(result.workbook) ?? { sheets: [], templates: new Map([[scored.template.id, scored.template]]) };
  const record: ManagedSheet = { ...scored.managed, sheetId: scored.managed.sheetId ?? sheetId(), layoutVersion: 3, stage: outcome.state };
  const existingHistory = historyRecord(metadata, scored.sheetName);
  const historyName =
    existingHistory?.sheetName ??
    (result.workbook.getWorksheet(HISTORY_SHEET_NAME) && !historyRecord(metadata, scored.sheetName)
      ? historySheetName(scored.sheetName, result.workbook.worksheets.map((w) => w.name))
      : HISTORY_SHEET_NAME);
  writeHistory(result.workbook, historyName, scored.sheetName, outcome.entries);

  const rounds = result.workbook.getWorksheet(ROUNDS_SHEET_NAME);
  const snapshots = rounds ? readRoundsSheet(readSheetGrid(rounds).values) : new Map();
  snapshots.set(roundsKey(record), outcome.snapshot);
  if (rounds) result.workbook.removeWorksheet(rounds.id);
  writeCells(result.workbook.addWorksheet(ROUNDS_SHEET_NAME, { state: "veryHidden" }), layoutRoundsSheet(snapshots));

  const others = metadata.sheets.filter(
    (entry) => entry.sheetName !== scored.sheetName && !(entry.kind === "history" && entry.scoreSheet === scored.sheetName),
  );
  const historyEntry: ManagedSheet = { kind: "history", sheetName: historyName, templateId: record.templateId, scoreSheet: scored.sheetName };
  const templates = metadata.templates.size > 0 ? metadata.templates : new Map([[scored.template.id, scored.template]]);
  if (!templates.has(scored.template.id)) templates.set(scored.template.id, scored.template);
  // The scoring sheet keeps its place among the records (plans and documents are found by it).
  const ordered = metadata.sheets.some((entry) => entry.sheetName === scored.sheetName && entry.kind === "score")
    ? metadata.sheets.flatMap((entry) => (entry.sheetName === scored.sheetName && entry.kind === "score" ? [record] : others.includes(entry) ? [entry] : []))
    : [record, ...others];
  writeWorkbookMetadata(result.workbook, [...ordered, historyEntry], [...templates.values()]);
  return outcome;
}

function detectVersion(scored: ScoreSheetCheck): ScoreLayoutVersion {
  return detectScoreLayout(scored.grid.values[headerRowOf(scored)]).version;
}

function headerRowOf(scored: ScoreSheetCheck): number {
  const i = scored.grid.values.findIndex((row) => cellText(row?.[C.code]) === "Mã");
  return i >= 0 ? i : SCORE_HEADER_ROW;
}

/**
 * Layout 1 or 2 → 3 in place (layoutUpgrade): the new headers with the header's look, the formulas
 * that now count round 2 with their cached results, the widths and the round-2 score's rule.
 */
function upgradeToLayout3(worksheet: ExcelJS.Worksheet, scored: ScoreSheetCheck, version: 1 | 2): void {
  const upgrade = layoutUpgrade(scored.template, version);
  const layout = layoutScoreSheet(scored.template, { layoutVersion: 3 });
  const results = scoreSheetResults(layout, scored.check.totals);
  const headerStyle = worksheet.getCell(SCORE_HEADER_ROW + 1, C.name + 1).style;
  for (const block of upgrade.blocks) {
    block.cells.forEach((row, i) => {
      row.forEach((cell, j) => {
        const r = block.top + i;
        const c = block.left + j;
        const target = worksheet.getCell(r + 1, c + 1);
        if (cell !== null && typeof cell === "object") {
          const result = results(r, c);
          target.value = { formula: cell.formula.replace(/^=/, ""), ...(result !== undefined && result !== null ? { result: result as number } : {}), date1904: false } as ExcelJS.CellFormulaValue;
        } else if (r === SCORE_HEADER_ROW) {
          target.value = cell;
          target.style = headerStyle;
        }
      });
    });
  }
  for (const { column, width } of upgrade.widths) worksheet.getColumn(column + 1).width = width;
  for (const r of Object.values(layout.rowOf)) {
    const cell = worksheet.getCell(r + 1, C.round2 + 1);
    cell.style = worksheet.getCell(r + 1, C.appraised + 1).style;
    for (const c of [C.councilNote, C.reply, C.councilNote2]) worksheet.getCell(r + 1, c + 1).style = { ...worksheet.getCell(r + 1, C.evidence + 1).style };
  }
  for (const r of upgrade.round2Rows) {
    worksheet.getCell(r + 1, C.round2 + 1).dataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [0, `$C${r + 1}`],
      showErrorMessage: true,
      errorTitle: "Điểm không hợp lệ",
      error: "Điểm phải là số từ 0 đến điểm tối đa của tiêu chí (cột C).",
    };
  }
}

/** Row 4 of the scoring sheet says the stage, the holder, the deadline and what may be typed. */
function writeStageNote(worksheet: ExcelJS.Worksheet, scored: ScoreSheetCheck, state: NonNullable<ManagedSheet["stage"]>): void {
  const row = headerRowOf(scored) - 1;
  if (row >= 0) worksheet.getCell(row + 1, 1).value = stageNote(state);
}

/** Every cell locked but the next holder's (no password: protection guards against slips; the move's check guards the data). */
function protectForStage(worksheet: ExcelJS.Worksheet, scored: ScoreSheetCheck, unlocked: readonly string[]): void {
  const open = new Set<string>();
  for (const range of unlocked) {
    const [a, b = a] = range.split(":") as [string, string?];
    const from = worksheet.getCell(a);
    const to = worksheet.getCell(b);
    for (let r = Number(from.row); r <= Number(to.row); r += 1) {
      for (let c = Number(from.col); c <= Number(to.col); c += 1) open.add(`${r}:${c}`);
    }
  }
  // Every cell of the tracked columns on item rows gets its lock set either way: a cell the last
  // stage opened is closed again.
  const rows = Object.values(scored.check.rowOf);
  for (const r of rows) {
    for (let c = 0; c <= C.councilNote2; c += 1) {
      const cell = worksheet.getCell(r + 1, c + 1);
      const locked = !open.has(`${r + 1}:${c + 1}`);
      cell.style = { ...cell.style, protection: { locked } };
    }
  }
  worksheet.unprotect();
  void worksheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

function writeHistory(workbook: ExcelJS.Workbook, name: string, scoreSheet: string, entries: Parameters<typeof layoutHistorySheet>[2]): void {
  const old = workbook.getWorksheet(name);
  if (old) workbook.removeWorksheet(old.id);
  writeLayout(workbook.addWorksheet(name), layoutHistorySheet(name, scoreSheet, entries));
}
