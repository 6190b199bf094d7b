// Reads a ranking sheet made earlier: whether a grid is one, and the notes staff typed in its
// "Ghi chú" column, by unit, so a rebuilt ranking keeps them. Columns are found by their header
// text in every table of the sheet (ranked, not ranked, kept aside), so moved columns still read.
import { cellText, type CellValue, type Grid } from "../cells";
import { tidyUnitName, unitKey } from "../unitNames";
import { RANKING_HEADERS, RANKING_TITLE } from "./rankingSheetColumns";

export interface StaffNote {
  /** The unit's name as the sheet wrote it. */
  unit: string;
  note: string;
}

/** A sheet the ranking layout wrote: its title, or a header with the unit, percentage, rank and notes columns. */
export function isRankingSheet(values: Grid): boolean {
  if (cellText(values[0]?.[0]).startsWith(RANKING_TITLE)) return true;
  return values.slice(0, 30).some((row) => {
    const texts = new Set(row.map(cellText));
    return [RANKING_HEADERS.unit, RANKING_HEADERS.percent, RANKING_HEADERS.rankOf, RANKING_HEADERS.notes].every((h) => texts.has(h));
  });
}

/** Staff notes by unit key; the first note of a unit wins, empty notes are not kept. */
export function readRankingNotes(values: Grid): Map<string, StaffNote> {
  const notes = new Map<string, StaffNote>();
  let columns: { unit: number; notes: number } | null = null;
  for (const row of values) {
    const header = headerColumns(row);
    if (header) {
      columns = header;
      continue;
    }
    if (!columns) continue;
    const unit = tidyUnitName(cellText(row[columns.unit]));
    const note = noteText(row[columns.notes]);
    if (!unit || !note) continue;
    const key = unitKey(unit);
    if (!notes.has(key)) notes.set(key, { unit, note });
  }
  return notes;
}

function headerColumns(row: readonly CellValue[]): { unit: number; notes: number } | null {
  const find = (text: string) => row.findIndex((cell) => cellText(cell) === text);
  const unit = find(RANKING_HEADERS.unit);
  const notes = find(RANKING_HEADERS.notes);
  return unit >= 0 && notes >= 0 ? { unit, notes } : null;
}

/** A note keeps its line breaks; only the ends are trimmed. */
function noteText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/\u00a0/g, " ").trim();
}
