// Before a layout is drawn with office-js: every cell's text fits Excel's limit (the core's check,
// so nothing is written when one does not), and rows of wrapped text get the heights the core
// computed — one command per run of equal heights, not per row.
import { assertLayoutFitsExcel } from "../../domain/layout/excelLimits";
import type { SheetLayout } from "../../domain/layout/sheetLayout";
import { absoluteRows } from "./addresses";
import type { RequestBudget } from "../host/requestBudget";

export async function fitRowsToText(worksheet: Excel.Worksheet, layout: SheetLayout, budget: RequestBudget): Promise<void> {
  assertLayoutFitsExcel(layout);
  const runs: { first: number; last: number; points: number }[] = [];
  for (const { row, points } of layout.rowHeights) {
    const last = runs[runs.length - 1];
    if (last && last.last + 1 === row && last.points === points) last.last = row;
    else runs.push({ first: row, last: row, points });
  }
  await budget.reserveCommands(runs.length);
  for (const run of runs) worksheet.getRange(absoluteRows(run.first, run.last)).format.rowHeight = run.points;
}
