// Seed 001 as a clerk would have it before exporting the document: the scoring workbook with the
// seed's appraised scores, the plan built, the seed's remedies, units and time frames typed in
// the plan sheet's lĩnh vực rows, and the seed's document fields typed in the fields sheet.
import path from "node:path";
import { defaultDocumentFields, DOCUMENT_FIELD_SPECS } from "../../src/domain/document/documentFields";
import { fieldCell, layoutDocumentFieldsSheet } from "../../src/domain/layout/layoutDocumentFieldsSheet";
import { PLAN_COLUMNS as P } from "../../src/domain/layout/planSheetColumns";
import { createScoreWorkbook, readScoreWorkbook, readSheetGrid, saveWorkbook, writePlan } from "../../src/node";
import { seed001Scores, seed001Template } from "./seed001";
import { seed001Fields, seed001Remedies } from "./seed001Document";
import { typeScoresInto } from "./xlsxScores";

export const SEED_UNIT = "Văn phòng UBND tỉnh Sơn La";
export const SEED_PLAN_SHEET = "Kế hoạch khắc phục 2021";
export const SEED_FIELDS_SHEET = "Thông tin văn bản 2021";

/** Writes scored.xlsx (scores only) and staffed.xlsx (plan and fields typed) into `dir`. */
export async function writeSeed001Workbooks(dir: string): Promise<{ scored: string; staffed: string }> {
  const scored = path.join(dir, "scored.xlsx");
  const staffed = path.join(dir, "staffed.xlsx");
  const workbook = createScoreWorkbook(seed001Template(), { unit: SEED_UNIT, year: 2021 });
  typeScoresInto(workbook, seed001Scores);
  await saveWorkbook(workbook, scored);

  const read = await readScoreWorkbook(scored);
  writePlan(read.workbook, read.sheets[0]!, read.metadata);
  const plan = read.workbook.getWorksheet(SEED_PLAN_SHEET)!;
  const rows = readSheetGrid(plan).values;
  for (const [code, fields] of Object.entries(seed001Remedies)) {
    const r = rows.findIndex((row) => /^[IVX]+$/.test(String(row[P.stt])) && row[P.code] === code) + 1;
    if (r === 0) throw new Error(`no plan row for lĩnh vực ${code}`);
    plan.getCell(r, P.remedy + 1).value = fields.remedy;
    plan.getCell(r, P.leadUnit + 1).value = fields.leadUnit;
    plan.getCell(r, P.coUnits + 1).value = fields.coUnits;
    plan.getCell(r, P.timeFrame + 1).value = fields.timeFrame;
  }
  const sheet = read.workbook.getWorksheet(SEED_FIELDS_SHEET)!;
  const fields = seed001Fields(defaultDocumentFields({ unit: SEED_UNIT, year: 2021, level: "so" }));
  const { rowOf } = layoutDocumentFieldsSheet(fields);
  for (const spec of DOCUMENT_FIELD_SPECS) sheet.getCell(rowOf[spec.key] + 1, 2).value = fieldCell(fields, spec);
  await saveWorkbook(read.workbook, staffed);
  return { scored, staffed };
}
