// A scoring sheet recognised by what it looks like, not by the metadata record: Excel's Move or
// Copy ("… (2)"), a renamed sheet, a workbook whose metadata was lost. The header row has the
// columns the reader needs where the layout puts them; the unit and year come from the rows above
// it; the template is the workbook's own one whose items the sheet lists, if any.
import { cellText, isBlank, rowIndexes, type Grid } from "../cells";
import { toHundredths } from "../points";
import type { Template } from "../template/schema";
import { indexTemplate } from "../template/tree";
import { SCORE_COLUMNS as C, SCORE_HEADERS } from "./scoreSheetColumns";

export interface RecognizedScoreSheet {
  /** 0-based row of the header. */
  headerRow: number;
  unit?: string;
  year?: number;
}

/** How far down a sheet its header is looked for (and how much of a skipped sheet is kept to look in). */
export const SCORE_HEADER_SEARCH_ROWS = 50;
const REQUIRED = ["code", "name", "max", "self", "appraised"] as const;

export function recognizeScoreSheet(values: Grid): RecognizedScoreSheet | null {
  const searched = Math.min(values.length, SCORE_HEADER_SEARCH_ROWS);
  for (let r = 0; r < searched; r += 1) {
    const row = values[r] ?? [];
    if (!REQUIRED.every((key) => cellText(row[C[key]]) === SCORE_HEADERS[key])) continue;
    const found: RecognizedScoreSheet = { headerRow: r };
    for (let above = 0; above < r; above += 1) {
      const text = cellText(values[above]?.[0]);
      const unit = /^Đơn vị:\s*(.*)$/u.exec(text)?.[1]?.trim();
      if (unit && !/^[.…]+$/u.test(unit)) found.unit = unit;
      const year = /\bNĂM (\d{4})\b/u.exec(text)?.[1];
      if (year && found.year === undefined) found.year = Number(year);
    }
    return found;
  }
  return null;
}

/**
 * The template among `templates` whose every item (and bonus/penalty item) has its row in the
 * sheet with the same maximum, and no other item code: a copy of a sheet made from it.
 */
export function matchTemplate(values: Grid, headerRow: number, templates: Iterable<Template>): Template | null {
  const rows = new Map<string, unknown>();
  for (const r of rowIndexes(values, headerRow + 1)) {
    const row = values[r];
    if (!row || row.length === 0) continue;
    const code = cellText(row[C.code]).replace(/\.$/, "");
    if (code !== "" && !rows.has(code)) rows.set(code, row[C.max]);
  }
  for (const template of templates) {
    const index = indexTemplate(template);
    const expected = new Map<string, number>([
      ...index.items.map((item) => [item.code, item.max] as const),
      ...index.adjustments.map((a) => [a.code, a.cap] as const),
    ]);
    const itemCodes = [...rows.keys()].filter((code) => /^\d+(\.\d+)*$/.test(code) || expected.has(code));
    if (itemCodes.length !== expected.size) continue;
    const same = itemCodes.every((code) => {
      const max = rows.get(code);
      return expected.has(code) && !isBlank(max as never) && typeof max === "number" && toHundredths(max) === expected.get(code);
    });
    if (same) return template;
  }
  return null;
}
