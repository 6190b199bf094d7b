// Cached formula results brought up to date in a scoring sheet read back from a file, before the
// workbook is written again: a workbook filled by a script or a program that does not recalculate
// carries stale results (zeros in every subtotal), which LibreOffice, previews and printing show.
// The results written are what the sheet's own formulas compute, taken from the core's totals.
import type { Worksheet } from "exceljs";
import { ValueType } from "exceljs";
import { checkScoreSheet, rowIndexes, SCORE_COLUMNS as C, TOTAL_LABEL, TREE_TOTAL_LABEL, cellText, type CellValue } from "../domain";
import type { ScoreSheetCheck } from "./checkScoreWorkbook";
import { scoreSheetResults } from "./scoreSheetResults";
import { eachExistingRow } from "./exceljsModel";

/**
 * Rewrites the cached result of every formula cell the layout put in the scoring sheet. Returns
 * false (and leaves the sheet as it is, for Excel to recalculate) when the formulas would not give
 * the core's numbers: a sheet with errors, where a formula counts a value the core refuses.
 */
export function refreshScoreSheetResults(worksheet: Worksheet, scored: ScoreSheetCheck): boolean {
  // Excel's N() counts text scores such as "3,5" as 0; the cache says what the formulas say.
  const itemRows = new Set(Object.values(scored.check.rowOf));
  // Built over the rows there are (a grid may be sparse past a far stray cell).
  const values: CellValue[][] = [];
  for (const r of rowIndexes(scored.grid.values)) {
    const row = scored.grid.values[r]!;
    values[r] = itemRows.has(r) ? row.map((cell, c) => ((c === C.self || c === C.appraised) && typeof cell === "string" ? "" : cell)) : [...row];
  }
  const check = checkScoreSheet(scored.template, values, { sheet: scored.sheetName });
  if (!check.ok) return false;
  let last = -1;
  for (const row of Object.values(check.rowOf)) if (row > last) last = row;
  const treeTotalRow = findRow(values, last, (name) => name === TREE_TOTAL_LABEL || name === TOTAL_LABEL);
  const totalRow = findRow(values, last, (name) => name.startsWith(TOTAL_LABEL));
  if (treeTotalRow === null || totalRow === null) return false;
  const results = scoreSheetResults({ rowOf: check.rowOf, treeTotalRow, totalRow }, check.totals);
  eachExistingRow(worksheet, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type !== ValueType.Formula) return;
      const result = results(rowNumber - 1, columnNumber - 1);
      if (result === undefined || result === null) return;
      // Keep the formula (or the shared-formula link) as it is; only the cached result changes.
      cell.value = { ...(cell.value as object), result } as never;
    });
  });
  return true;
}

function findRow(values: readonly (readonly CellValue[])[], after: number, test: (name: string) => boolean): number | null {
  for (const r of rowIndexes(values, after + 1)) {
    if (test(cellText(values[r]?.[C.name]))) return r;
  }
  return null;
}
