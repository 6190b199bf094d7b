// Types scores into a scoring sheet of a real workbook with exceljs, as staff would in Excel
// (exceljs does not recalculate: the formulas' cached results go stale, which the tests rely on).
import type { Workbook } from "exceljs";
import { SCORE_COLUMNS } from "../../src/domain/layout/scoreSheetColumns";
import { checkScoreWorkbook, loadWorkbook, saveWorkbook } from "../../src/node";
import type { TypedScore } from "./scoreGrid";

export function typeScoresInto(workbook: Workbook, scores: Record<string, TypedScore | number>, sheetName?: string): void {
  const { sheets } = checkScoreWorkbook(workbook, sheetName === undefined ? {} : { sheet: sheetName });
  const scored = sheets[0]!;
  const worksheet = workbook.getWorksheet(scored.sheetName)!;
  for (const [code, typed] of Object.entries(scores)) {
    const row = scored.check.rowOf[code];
    if (row === undefined) throw new Error(`no row for ${code} in ${scored.sheetName}`);
    const entry = typeof typed === "number" ? { appraised: typed } : typed;
    for (const key of ["self", "appraised", "notApplicable", "round2"] as const) {
      const value = entry[key];
      if (value === undefined) continue;
      worksheet.getCell(row + 1, SCORE_COLUMNS[key] + 1).value = value === null ? null : (value as string | number | boolean);
    }
  }
}

/** Opens `file`, types the scores, saves to `out` (or over `file`). */
export async function fillScoreFile(file: string, scores: Record<string, TypedScore | number>, out = file): Promise<void> {
  const workbook = await loadWorkbook(file);
  typeScoresInto(workbook, scores);
  await saveWorkbook(workbook, out);
}
