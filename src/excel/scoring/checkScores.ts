// "Kiểm tra và tính tổng": reads the scoring sheet (values and formulas from A1, see readSheets.ts), runs
// checkScoreSheet, and turns text scores such as "3,61" into numbers in place so the sheet's own
// formulas count them. Syncs: the snapshot, the sheet's block (more chunks only past the 5 MB a
// response carries), and one more only if there are text scores to convert; never one per row.
import { parseCellAddress } from "../../domain/cells";
import type { Issue } from "../../domain/issues";
import { fromHundredths } from "../../domain/points";
import { checkScoreSheet } from "../../domain/workflow";
import { rectAddress } from "../sheets/addresses";
import { chooseScoreSheet } from "./chooseScoreSheet";
import type { HostDependencies } from "../host/hostEnvironment";
import { readScoreBlock } from "../sheets/readSheets";
import { requireSupportedSize } from "./templateSize";
import { runAction } from "../host/runAction";
import { filledBlock } from "../sheets/writeBlock";
import type { CheckResult, ProgressListener } from "../host/workbookOperations";
import { readWorkbookSnapshot } from "../sheets/workbookSnapshot";

export function checkScores(host: HostDependencies, request: { sheetName?: string }, onProgress?: ProgressListener): Promise<CheckResult> {
  return runAction(
    host,
    "checkScores",
    async (scope) => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
      const { sheet, template } = chooseScoreSheet(snapshot, request.sheetName, scope.fail);
      requireSupportedSize(template, scope.fail);
      const block = await readScoreBlock(scope, sheet.sheetName, template);
      const worksheet = scope.context.workbook.worksheets.getItem(sheet.sheetName);

      scope.progress("checking");
      const check = checkScoreSheet(template, block.values, { sheet: sheet.sheetName, formulas: block.formulas });
      const conversions = textScores(check.issues);
      if (conversions.length > 0) {
        scope.progress("writing");
        for (const run of columnRuns(conversions)) {
          await scope.budget.reserveCommands(2);
          const range = worksheet.getRange(rectAddress({ top: run.top, left: run.column, bottom: run.top + run.values.length - 1, right: run.column }));
          // "General" first: a score cell formatted as text would keep the number as text again.
          range.numberFormat = filledBlock(run.values.length, 1, "General");
          range.values = run.values.map((value) => [value]);
        }
        await scope.context.sync();
      }
      scope.progress("done");
      const converted = new Set(conversions.map((conversion) => conversion.cell));
      return {
        sheetName: sheet.sheetName,
        ok: check.ok,
        // A converted score is no longer a problem; the pane lists it under convertedCells instead.
        issues: check.issues.filter((issue) => !(issue.code === "score_is_text" && issue.cell !== undefined && converted.has(issue.cell))),
        totals: check.totals,
        convertedCells: conversions.map((conversion) => conversion.cell),
      };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}

interface Conversion {
  cell: string;
  row: number;
  column: number;
  value: number;
}

function textScores(issues: readonly Issue[]): Conversion[] {
  const conversions: Conversion[] = [];
  for (const issue of issues) {
    if (issue.code !== "score_is_text" || issue.cell === undefined) continue;
    const at = parseCellAddress(issue.cell);
    if (at) conversions.push({ cell: issue.cell, ...at, value: fromHundredths(issue.value) });
  }
  return conversions;
}

/**
 * Converted cells grouped into vertical runs, one range write each. Only those cells are written:
 * rewriting the whole score block would also retype every cell around them.
 */
function columnRuns(conversions: readonly Conversion[]): { column: number; top: number; values: number[] }[] {
  const sorted = [...conversions].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { column: number; top: number; values: number[] }[] = [];
  for (const conversion of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === conversion.column && last.top + last.values.length === conversion.row) {
      last.values.push(conversion.value);
    } else {
      runs.push({ column: conversion.column, top: conversion.row, values: [conversion.value] });
    }
  }
  return runs;
}
