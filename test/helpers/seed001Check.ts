// Seed 001's check as the host would return it, computed by the real domain on the seed's appraised scores.
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { checkScoreSheet } from "../../src/domain/workflow";
import type { CheckResult } from "../../src/excel/host/workbookOperations";
import { typeScores } from "./scoreGrid";
import { seed001Scores, seed001Template } from "./seed001";

export function seed001CheckResult(): CheckResult {
  const template = seed001Template();
  const layout = layoutScoreSheet(template, { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
  const { values, formulas } = typeScores(layout, seed001Scores);
  const check = checkScoreSheet(template, values, { sheet: layout.name, formulas });
  return { sheetName: layout.name, ok: check.ok, issues: check.issues, totals: check.totals, convertedCells: [] };
}
