// Staff filling in their unit's file: scores, evidence and explanations typed into an .xlsx
// made by `par-index split`, the rows found by code as any reader finds them.
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import { checkScoreWorkbook, loadWorkbook, saveWorkbook } from "../../src/node";
import type { CellValue } from "../../src/domain/cells";

export interface UnitEntry {
  self?: CellValue;
  evidence?: CellValue;
  explanation?: CellValue;
}

export async function fillUnitFile(file: string, entries: Record<string, UnitEntry>, out = file): Promise<void> {
  const workbook = await loadWorkbook(file);
  const sheet = checkScoreWorkbook(workbook).sheets[0]!;
  const worksheet = workbook.getWorksheet(sheet.sheetName)!;
  for (const [code, entry] of Object.entries(entries)) {
    const row = sheet.check.rowOf[code];
    if (row === undefined) throw new Error(`no row for ${code} in ${file}`);
    for (const key of ["self", "evidence", "explanation"] as const) {
      if (entry[key] !== undefined) worksheet.getCell(row + 1, C[key] + 1).value = entry[key] as string | number | null;
    }
  }
  await saveWorkbook(workbook, out);
}

/** Which unit a file made by split is for, and its items. */
export async function unitOfFile(file: string): Promise<{ unit: string; items: string[] }> {
  const sheet = checkScoreWorkbook(await loadWorkbook(file)).sheets[0]!;
  return { unit: sheet.managed.split!.unit, items: sheet.managed.split!.items };
}
