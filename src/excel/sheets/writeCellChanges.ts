// Writes the core's cell changes into the master, and nothing else: each vertical run of changed
// cells in one column is one range (its number format, then its values), so a cell no return
// changes is never cleared or rewritten — in a shared workbook another person may be typing in it
// (Excel co-authoring merges edits per cell). Every run goes out in the same request (the budget
// adds one only past ~4 MB). Excel does not roll a failed request back, so on a fault the cells
// written are put back to the values read before, in one more request, and the fault reported.
import { isBlank } from "../../domain/cells";
import type { CellChange } from "../../domain/assignment/mergeReturns";
import { SCORE_COLUMNS } from "../../domain/layout/scoreSheetColumns";
import { rectAddress } from "./addresses";
import { isOfficeError } from "../host/hostError";
import { COMMAND_BYTES, payloadBytes, type RequestBudget } from "../host/requestBudget";
import { TEXT_FORMAT } from "./writeLayout";
import { undoAndRethrow } from "./undoSheetWrites";
import { filledBlock } from "./writeBlock";

export interface CellRun {
  column: number;
  /** 0-based sheet row of the first cell. */
  top: number;
  values: (number | string)[];
  /** The values read before, to put back on a fault ("" for a blank cell). */
  before: (number | string | boolean)[];
}

/** Changes grouped into vertical runs of consecutive rows in one column, in column then row order. */
export function cellRuns(changes: readonly CellChange[]): CellRun[] {
  const sorted = [...changes].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: CellRun[] = [];
  for (const change of sorted) {
    const last = runs[runs.length - 1];
    const before = isBlank(change.before) ? "" : (change.before as number | string | boolean);
    if (last && last.column === change.column && last.top + last.values.length === change.row) {
      last.values.push(change.after);
      last.before.push(before);
    } else {
      runs.push({ column: change.column, top: change.row, values: [change.after], before: [before] });
    }
  }
  return runs;
}

/**
 * The format a run is written with: the layout's own for that column — General for points, so a
 * score arrives as a number even where a cell was made text; text ("@") for evidence and
 * explanations, so "12/2022" or "=…" typed by a unit stays the text it sent.
 */
function formatOf(column: number): string {
  return column === SCORE_COLUMNS.self || column === SCORE_COLUMNS.appraised ? "General" : TEXT_FORMAT;
}

/** What a run costs in a request: its format block and its values, each a command. */
export function runBytes(run: CellRun): number {
  return payloadBytes(filledBlock(run.values.length, 1, formatOf(run.column))) + payloadBytes(run.values) + 2 * COMMAND_BYTES;
}

export async function writeCellChanges(
  context: Excel.RequestContext,
  budget: RequestBudget,
  worksheet: Excel.Worksheet,
  changes: readonly CellChange[],
): Promise<void> {
  const runs = cellRuns(changes);
  if (runs.length === 0) return;
  const queued: CellRun[] = [];
  try {
    for (const run of runs) {
      await budget.reserve(runBytes(run));
      queued.push(run);
      const range = worksheet.getRange(rectAddress({ top: run.top, left: run.column, bottom: run.top + run.values.length - 1, right: run.column }));
      range.numberFormat = filledBlock(run.values.length, 1, formatOf(run.column));
      range.values = run.values.map((value) => [value]);
    }
    await context.sync();
    budget.synced();
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    await undoAndRethrow(error, async () => {
      budget.synced();
      // Every run queued so far, landed or not: writing a before-value again is harmless.
      for (const run of queued) {
        await budget.reserve(runBytes(run));
        const range = worksheet.getRange(rectAddress({ top: run.top, left: run.column, bottom: run.top + run.before.length - 1, right: run.column }));
        range.values = run.before.map((value) => [value]);
      }
      await context.sync();
      budget.synced();
    });
  }
}
