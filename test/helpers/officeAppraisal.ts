// Seed 001's scoring sheet in the add-in on the fake Excel, scored by the office (every item it
// scores at its maximum) and appraised by the council to the seed's numbers: the setup the tests
// of the appraisal actions share. A clock that moves a day per call keeps the history in order.
import { cellAddress } from "../../src/domain/cells";
import { indexTemplate, methodOf } from "../../src/domain";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS as C, type ScoreColumnKey } from "../../src/domain/layout/scoreSheetColumns";
import { readMetadata } from "../../src/domain/layout/metadata";
import type { FakeExcelHost } from "./fakeExcel";
import { fakeHost, operationsOn } from "./excelHost";
import { seed001Scores, seed001Template } from "./seed001";

export const SHEET = "VPUB Sơn La 2021";
export const template = seed001Template();
export const layout = layoutScoreSheet(template, { year: 2021 });
const index = indexTemplate(template);
export const selfScored = index.items.filter((item) => item.leaf && methodOf(index, item) === "tu_danh_gia");
export const cellOf = (code: string, column: ScoreColumnKey) => cellAddress(layout.rowOf[code]!, C[column]);
let clock = 0;
export const now = () => `2022-01-${String(10 + (clock += 1))}T02:00:00.000Z`;

export async function scoredByTheOffice(options: { excelApi?: string } = {}): Promise<{ host: FakeExcelHost; operations: ReturnType<typeof operationsOn> }> {
  clock = 0;
  const host = fakeHost(options);
  const operations = operationsOn(host);
  await operations.loadTemplate({ template, unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
  for (const item of selfScored) host.workbook.typeInto(SHEET, cellOf(item.code, "self"), [[item.max / 100]]);
  return { host, operations };
}

export function metadataOf(host: FakeExcelHost) {
  const sheet = host.workbook.get("PARINDEX_META");
  const rows = Array.from({ length: 40 }, (_, r) => Array.from({ length: 13 }, (_, c) => sheet.valueAt(r, c)));
  const formulas = Array.from({ length: 40 }, (_, r) => Array.from({ length: 13 }, (_, c) => sheet.formulaAt(r, c)));
  return readMetadata(rows, formulas)!;
}

export const locked = (host: FakeExcelHost, code: string, column: ScoreColumnKey) => host.workbook.get(SHEET).lockedAt(layout.rowOf[code]!, C[column]);

/** The council's round 1 as seed 001's numbers, with a note on each item it took points off when asked. */
export function appraiseToSeed(host: FakeExcelHost, withNotes: boolean): void {
  for (const [code, score] of Object.entries(seed001Scores)) {
    host.workbook.typeInto(SHEET, cellOf(code, "appraised"), [[score]]);
    const item = selfScored.find((leaf) => leaf.code === code);
    if (withNotes && item && score * 100 < item.max) host.workbook.typeInto(SHEET, cellOf(code, "councilNote"), [[`Trừ điểm ${code}`]]);
  }
}
