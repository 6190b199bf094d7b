// «Chuyển giai đoạn»: one move of the scoring sheet in the appraisal rounds, decided by the core
// (moveStage: refused with the cells, or the new record, picture, history and open cells) and
// written as one whole step: an older sheet's layout upgraded in place, row 4 and the protection
// for the next holder, the history and the rounds sheets drawn whole under new names, the
// metadata, then the old history and rounds sheets swapped out. Excel does not roll a failed
// request back, so a failure before the swap is undone (new sheets out, metadata, row 4 and the
// old protection back) and one during the swap is finished: staff never find half a move.
import { layoutHistorySheet, HISTORY_SHEET_NAME } from "../../domain/appraisal/history";
import { moveStage as decideMove, unlockedRanges } from "../../domain/appraisal/moveStage";
import { layoutRoundsSheet, ROUNDS_SHEET_NAME } from "../../domain/appraisal/snapshot";
import { layoutUpgrade, stageNote, upgradeBlockers } from "../../domain/appraisal/upgradeLayout";
import { rangeAddress } from "../../domain/cells";
import type { ManagedSheet } from "../../domain/layout/metadata";
import { SCORE_COLUMNS as C } from "../../domain/layout/scoreSheetColumns";
import { uniqueSheetName } from "../../domain/layout/sheetNames";
import type { Template } from "../../domain/template/schema";
import { wholeColumn } from "../sheets/addresses";
import { chooseScoreSheet } from "../scoring/chooseScoreSheet";
import type { HostDependencies } from "../host/hostEnvironment";
import { isOfficeError } from "../host/hostError";
import { withManagedSheets } from "../sheets/metadataRecords";
import type { ActionScope } from "../host/runAction";
import { runAction } from "../host/runAction";
import type { HostFeature } from "../host/features";
import { applyFinishes, queueValidations, type SheetFinish } from "../sheets/sheetFinishes";
import { requireSupportedSize } from "../scoring/templateSize";
import { toFormulaInput } from "../sheets/textCells";
import { undoAndRethrow, undoSheetWrites } from "../sheets/undoSheetWrites";
import { writeBlock } from "../sheets/writeBlock";
import { charactersToPoints, queueConditionalFormats, writeLayoutContent } from "../sheets/writeLayout";
import { writeMetadata } from "../sheets/writeMetadata";
import type { ProgressListener } from "../host/workbookOperations";
import { readWorkbookSnapshot, sheetNames, type WorkbookSnapshot } from "../sheets/workbookSnapshot";
import { readStageSheets, type FoundSheet, type StageSheetsRead } from "./readStageSheets";
import { stageOverview } from "./readStage";
import type { MoveStageRequest, MoveStageResult } from "./stageOperations";

/** No password: protection guards against slips; the move's check guards the data. Open cells may be formatted (a text score turned into a number). */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true };

export function moveStage(host: HostDependencies, request: MoveStageRequest, onProgress?: ProgressListener): Promise<MoveStageResult> {
  return runAction(
    host,
    "moveStage",
    async (scope) => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
      const { sheet, template } = chooseScoreSheet(snapshot, request.sheetName, scope.fail);
      requireSupportedSize(template, scope.fail);
      if (snapshot.metadataSheet !== "ours") return scope.fail("conflict", { code: "ItemAlreadyExists" });
      const read = await readStageSheets(scope, snapshot, sheet, template);

      scope.progress("checking");
      const outcome = decideMove(read.stageSheet, {
        to: request.to,
        now: request.now,
        ...(request.by ? { by: request.by } : {}),
        ...(request.note ? { note: request.note } : {}),
        ...(request.deadline ? { deadline: request.deadline } : {}),
      });
      const refused = { sheetName: sheet.sheetName, from: outcome.from, to: outcome.to };
      if (!outcome.ok) return { ok: false, ...refused, reason: outcome.reason, issues: outcome.issues, changed: outcome.changed };
      if (read.layoutVersion !== 3) {
        const blocked = upgradeBlockers(template, read.values, read.check.rowOf, read.headerRow, read.layoutVersion, sheet.sheetName);
        if (blocked.length > 0) return { ok: false, ...refused, reason: "upgrade", issues: blocked, changed: [] };
      }

      scope.progress("writing");
      const sheetId = sheet.sheetId ?? crypto.randomUUID();
      const record: ManagedSheet = { ...sheet, sheetId, layoutVersion: 3, stage: outcome.state };
      const historyName = read.history?.name ?? uniqueSheetName(HISTORY_SHEET_NAME, sheetNames(snapshot));
      const pictures = new Map(read.pictures);
      pictures.set(sheetId, outcome.snapshot);
      const move: MoveWrite = {
        template,
        record,
        historyName,
        historyLayout: layoutHistorySheet(historyName, sheet.sheetName, outcome.entries),
        rounds: layoutRoundsSheet(pictures),
        note: stageNote(outcome.state),
        unlocked: outcome.unlocked,
        oldUnlocked: sheet.stage ? unlockedRanges(template, read.check.rowOf, sheet.stage.stage) : null,
      };
      await writeMove(scope, snapshot, read, move);
      const skippedFeatures = read.layoutVersion === 3 ? [] : await finishUpgrade(scope, move.record.sheetName, template, read.layoutVersion);
      scope.progress("done");
      const after: StageSheetsRead = {
        ...read,
        layoutVersion: 3,
        stageSheet: { ...read.stageSheet, state: outcome.state, snapshot: outcome.snapshot, history: { ...read.stageSheet.history, entries: outcome.entries } },
      };
      return {
        ok: true,
        ...refused,
        direction: outcome.direction,
        historySheet: historyName,
        warnings: outcome.warnings,
        ...(skippedFeatures.length > 0 ? { skippedFeatures } : {}),
        overview: stageOverview(after, request.now.slice(0, 10)),
      };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}

interface MoveWrite {
  template: Template;
  record: ManagedSheet;
  historyName: string;
  historyLayout: ReturnType<typeof layoutHistorySheet>;
  rounds: ReturnType<typeof layoutRoundsSheet>;
  note: string;
  unlocked: readonly string[];
  /** The previous stage's open cells; null when the sheet was never moved (it was not protected by us). */
  oldUnlocked: readonly string[] | null;
}

async function writeMove(scope: ActionScope, snapshot: WorkbookSnapshot, read: StageSheetsRead, move: MoveWrite): Promise<void> {
  const { context, budget } = scope;
  const worksheets = context.workbook.worksheets;
  const score = worksheets.getItem(move.record.sheetName);
  const taken = sheetNames(snapshot);
  // New content goes on new sheets first; the old ones leave only once everything else is queued.
  const historyStaging = read.history ? uniqueSheetName(move.historyName, taken) : move.historyName;
  const roundsStaging = read.rounds ? uniqueSheetName(ROUNDS_SHEET_NAME, [...taken, historyStaging]) : ROUNDS_SHEET_NAME;
  const progress = { addedSheets: [historyStaging, roundsStaging], metadataTouched: false };
  let swapping = false;
  try {
    await budget.reserveCommands(4);
    const history = worksheets.add(historyStaging);
    // Very hidden only at the swap: a very hidden sheet cannot be deleted, and the undo may have to.
    const rounds = worksheets.add(roundsStaging);
    await writeLayoutContent(history, move.historyLayout, budget);
    await writeBlock(rounds, 0, 0, move.rounds.map((row) => row.map((cell) => toFormulaInput(cell, false))), "formulas", budget);

    await queueScoreSheet(scope, score, read, move);

    progress.metadataTouched = true;
    const historyRecord: ManagedSheet = { kind: "history", sheetName: move.historyName, templateId: move.template.id, scoreSheet: move.record.sheetName };
    await writeMetadata(context, "ours", withManagedSheets(snapshot, [move.record, historyRecord], move.template), budget);

    swapping = true;
    await queueSwap(scope, read, move.historyName, historyStaging, roundsStaging);
    await context.sync();
    budget.synced();
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    let completed = false;
    await undoAndRethrow(error, async () => {
      if (swapping && (await swapStarted(scope, read))) {
        // Past the point of no return: the old sheets are gone, so the new ones take their names.
        await finishSwap(scope, read, move.historyName, historyStaging, roundsStaging);
        completed = true;
        return;
      }
      await undoScoreSheet(scope, score, read, move);
      if (read.history) {
        // The swap may have lifted the old history's protection before its delete failed.
        const old = context.workbook.worksheets.getItem(read.history.name);
        old.protection.unprotect();
        old.protection.protect(PROTECTION);
      }
      await unhideStaged(scope, roundsStaging);
      await undoSheetWrites(context, budget, snapshot, progress);
    }).catch((thrown: unknown) => {
      if (!completed) throw thrown;
    });
  }
}

/** Row 4, an older layout's upgrade, and the protection leaving open only the next holder's cells. */
async function queueScoreSheet(scope: ActionScope, score: Excel.Worksheet, read: StageSheetsRead, move: MoveWrite): Promise<void> {
  const { budget } = scope;
  await budget.reserveCommands(2);
  score.protection.unprotect();
  if (read.layoutVersion !== 3) {
    const upgrade = layoutUpgrade(move.template, read.layoutVersion);
    for (const block of upgrade.blocks) {
      await writeBlock(score, block.top, block.left, block.cells.map((row) => row.map((cell) => toFormulaInput(cell, false))), "formulas", budget);
    }
    // S as a new sheet has it: the over-maximum mark and the score rule (undone with the move).
    await queueConditionalFormats(score, upgrade.round2Marks, budget);
    if (scope.features.dataValidation) await queueValidations(score, upgrade.round2Validations, budget);
  }
  await writeNote(scope, score, read, move.note);
  await queueLocks(scope, score, read, move.unlocked);
  await budget.reserveCommands(1);
  score.protection.protect(PROTECTION);
}

async function writeNote(scope: ActionScope, score: Excel.Worksheet, read: StageSheetsRead, note: string): Promise<void> {
  if (read.headerRow < 1) return;
  await scope.budget.reserveCommands(1);
  score.getRange(rangeAddress(read.headerRow - 1, 0, read.headerRow - 1, 0)).values = [[note]];
}

/** Every typed column of the item rows locked, then the holder's cells opened. */
async function queueLocks(scope: ActionScope, score: Excel.Worksheet, read: StageSheetsRead, unlocked: readonly string[]): Promise<void> {
  const rows = Object.values(read.check.rowOf);
  if (rows.length === 0) return;
  await scope.budget.reserveCommands(1 + unlocked.length);
  score.getRange(rangeAddress(Math.min(...rows), 0, Math.max(...rows), C.councilNote2)).format.protection.locked = true;
  for (const range of unlocked) score.getRange(range).format.protection.locked = false;
}

/** The old history and rounds sheets out, the new ones under their names and places. */
async function queueSwap(scope: ActionScope, read: StageSheetsRead, historyName: string, historyStaging: string, roundsStaging: string): Promise<void> {
  const worksheets = scope.context.workbook.worksheets;
  await scope.budget.reserveCommands(6);
  if (read.history) {
    const old = worksheets.getItem(read.history.name);
    old.protection.unprotect();
    old.delete();
  }
  if (read.rounds) {
    const old = worksheets.getItem(read.rounds.name);
    // A very hidden sheet cannot be deleted (Worksheet.delete in @types/office-js): hidden plainly first.
    old.visibility = "Hidden";
    old.delete();
  }
  if (read.history) {
    const fresh = worksheets.getItem(historyStaging);
    fresh.name = historyName;
    fresh.position = read.history.position;
  }
  const rounds = worksheets.getItem(roundsStaging);
  if (read.rounds) rounds.name = ROUNDS_SHEET_NAME;
  // Last, as the undo must be able to delete them: the picture very hidden, the history protected.
  rounds.visibility = "VeryHidden";
  worksheets.getItem(historyName).protection.protect(PROTECTION);
}

/** After a failure mid-swap: the old sheets that are still there go, the staged ones that are still staged take their names. */
async function finishSwap(scope: ActionScope, read: StageSheetsRead, historyName: string, historyStaging: string, roundsStaging: string): Promise<void> {
  const { context, budget } = scope;
  const worksheets = context.workbook.worksheets;
  budget.synced();
  const probe = (name: string) => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load("id");
    return sheet;
  };
  const oldHistory = read.history ? probe(read.history.name) : null;
  const oldRounds = read.rounds ? probe(read.rounds.name) : null;
  const stagedHistory = read.history ? probe(historyStaging) : null;
  const stagedRounds = read.rounds ? probe(roundsStaging) : null;
  await context.sync();
  await budget.reserveCommands(6);
  if (oldHistory && !oldHistory.isNullObject && oldHistory.id === read.history!.id) {
    oldHistory.protection.unprotect();
    oldHistory.delete();
  }
  if (oldRounds && !oldRounds.isNullObject && oldRounds.id === read.rounds!.id) {
    oldRounds.visibility = "Hidden";
    oldRounds.delete();
  }
  if (stagedHistory && !stagedHistory.isNullObject) {
    stagedHistory.name = historyName;
    stagedHistory.position = read.history!.position;
  }
  if (stagedRounds && !stagedRounds.isNullObject) stagedRounds.name = ROUNDS_SHEET_NAME;
  worksheets.getItem(ROUNDS_SHEET_NAME).visibility = "VeryHidden";
  const history = worksheets.getItem(historyName);
  history.protection.unprotect();
  history.protection.protect(PROTECTION);
  await context.sync();
}

/** The staged picture made plainly hidden, if it got as far as very hidden, so the undo can delete it. */
async function unhideStaged(scope: ActionScope, roundsStaging: string): Promise<void> {
  const { context } = scope;
  const staged = context.workbook.worksheets.getItemOrNullObject(roundsStaging);
  staged.load("visibility");
  await context.sync();
  if (!staged.isNullObject && staged.visibility === "VeryHidden") staged.visibility = "Hidden";
}

/** Whether the old history or rounds sheet is gone already (the swap began). */
async function swapStarted(scope: ActionScope, read: StageSheetsRead): Promise<boolean> {
  const worksheets = scope.context.workbook.worksheets;
  const olds = [read.history, read.rounds].filter((found): found is FoundSheet => found !== null);
  if (olds.length === 0) return false;
  scope.budget.synced();
  const probes = olds.map((found) => {
    const probe = worksheets.getItemOrNullObject(found.name);
    probe.load("id");
    return { found, probe };
  });
  await scope.context.sync();
  return probes.some(({ found, probe }) => probe.isNullObject || probe.id !== found.id);
}

/** The scoring sheet as it was: row 4, and the previous stage's protection (or none if it had no stage). */
async function undoScoreSheet(scope: ActionScope, score: Excel.Worksheet, read: StageSheetsRead, move: MoveWrite): Promise<void> {
  scope.budget.synced();
  await scope.budget.reserveCommands(2);
  score.protection.unprotect();
  await writeNote(scope, score, read, read.noteBefore);
  if (read.layoutVersion !== 3) await undoUpgrade(scope, score, read, move.template, read.layoutVersion);
  // Every cell locked again (Excel's default), the previous holder's opened, protected as before.
  await queueLocks(scope, score, read, move.oldUnlocked ?? []);
  if (move.oldUnlocked) score.protection.protect(PROTECTION);
}

/** An older sheet's headers and formulas back as they were read, S without the rule and mark added. */
async function undoUpgrade(scope: ActionScope, score: Excel.Worksheet, read: StageSheetsRead, template: Template, version: 1 | 2): Promise<void> {
  const { budget } = scope;
  const upgrade = layoutUpgrade(template, version);
  for (const block of upgrade.blocks) {
    // As read: a formula goes back as its formula (E…J are read as formulas), anything else as its value, literally.
    const before = block.cells.map((row, i) =>
      row.map((_, j) => {
        const formula = read.formulas[block.top + i]?.[block.left + j];
        if (typeof formula === "string" && formula.startsWith("=")) return formula;
        const value = read.values[block.top + i]?.[block.left + j];
        return toFormulaInput(typeof value === "number" || typeof value === "string" ? value : null, false);
      }),
    );
    await writeBlock(score, block.top, block.left, before, "formulas", budget);
  }

  const s = upgrade.round2Validations[0]?.range ?? upgrade.round2Marks[0]?.range;
  if (s === undefined) return;
  await budget.reserveCommands(2);
  score.getRange(s).conditionalFormats.clearAll();
  if (scope.features.dataValidation) score.getRange(s).dataValidation.clear();
}

/**
 * After an older sheet's upgrade landed: the new columns' widths, on the sheet now protected
 * (column formats are allowed by its protection). A finish: the move is whole without it, so a
 * refusal is reported, not undone; the rule Excel 2016 lacks is reported too.
 */
async function finishUpgrade(scope: ActionScope, sheetName: string, template: Template, version: 1 | 2): Promise<HostFeature[]> {
  const score = scope.context.workbook.worksheets.getItem(sheetName);
  const upgrade = layoutUpgrade(template, version);
  const widths: SheetFinish = {
    feature: "columnWidths",
    queue: async (budget) => {
      await budget.reserveCommands(upgrade.widths.length);
      for (const { column, width } of upgrade.widths) score.getRange(wholeColumn(column)).format.columnWidth = charactersToPoints(width);
    },
  };
  return applyFinishes(scope.context, scope.budget, { finishes: [widths], unsupported: scope.features.dataValidation ? [] : ["dataValidation"] });
}
