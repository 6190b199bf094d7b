// The picture a scoring sheet keeps of its typed cells at each move between stages, so the next
// forward move can tell what the other side changed in cells it was not allowed to change, from
// the workbook alone. Stored in its own very hidden sheet, in chunks (a cell holds 32 767 characters).
import { cellAddress, cellText, isBlank, type CellValue, type Grid } from "../cells";
import { SCORE_COLUMNS as C, type ScoreColumnKey } from "../layout/scoreSheetColumns";
import type { LayoutCell } from "../layout/sheetLayout";
import { TRACKED_COLUMNS } from "./stages";

/** What the picture keeps of a cell: its number, or its text; a blank cell is left out. */
export type SnapshotValue = number | string;

/** Item code → column → value. */
export type Snapshot = Record<string, Partial<Record<ScoreColumnKey, SnapshotValue>>>;

export const ROUNDS_SHEET_NAME = "PARINDEX_ROUNDS";
const MAGIC = "par-index-rounds";
const CHUNK = 30000;

export function snapshotValue(value: CellValue | undefined): SnapshotValue | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") return value;
  return cellText(value);
}

/** The tracked cells of the item rows found (`rowOf`: code → 0-based sheet row, as the grid is from A1). */
export function takeSnapshot(values: Grid, rowOf: Readonly<Record<string, number>>, columns: readonly ScoreColumnKey[] = TRACKED_COLUMNS): Snapshot {
  const snapshot: Snapshot = {};
  for (const [code, row] of Object.entries(rowOf)) {
    const entry: Partial<Record<ScoreColumnKey, SnapshotValue>> = {};
    for (const key of columns) {
      const value = snapshotValue(values[row]?.[C[key]]);
      if (value !== null) entry[key] = value;
    }
    snapshot[code] = entry;
  }
  return snapshot;
}

export interface LockedCellChange {
  code: string;
  column: ScoreColumnKey;
  /** A1 address in the scoring sheet. */
  cell: string;
  before: SnapshotValue | null;
  after: SnapshotValue | null;
}

/**
 * The cells of `columns` whose value in `after` differs from `before`, in row order. Items present
 * in only one picture compare against blanks. `rowOf` places them in the sheet now.
 */
export function snapshotChanges(
  before: Snapshot,
  after: Snapshot,
  columns: readonly ScoreColumnKey[],
  rowOf: Readonly<Record<string, number>>,
): LockedCellChange[] {
  const changes: LockedCellChange[] = [];
  const codes = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  codes.sort((a, b) => (rowOf[a] ?? Number.MAX_SAFE_INTEGER) - (rowOf[b] ?? Number.MAX_SAFE_INTEGER));
  for (const code of codes) {
    const row = rowOf[code];
    for (const column of columns) {
      const was = before[code]?.[column] ?? null;
      const now = after[code]?.[column] ?? null;
      if (!sameValue(was, now)) {
        changes.push({ code, column, cell: row === undefined ? code : cellAddress(row, C[column]), before: was, after: now });
      }
    }
  }
  return changes;
}

/** Numbers compare as points (hundredths), text as typed but for spaces at the ends. */
function sameValue(a: SnapshotValue | null, b: SnapshotValue | null): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.round(a * 100) === Math.round(b * 100);
  if (a === null || b === null) return a === b;
  return String(a).trim() === String(b).trim();
}

/** How many items have any tracked cell that differs between the pictures. */
export function changedItemCount(before: Snapshot, after: Snapshot): number {
  const changed = snapshotChanges(before, after, TRACKED_COLUMNS, {});
  return new Set(changed.map((change) => change.code)).size;
}

/** The rounds sheet: one row per chunk of each scoring sheet's picture, keyed by the sheet's id. */
export function layoutRoundsSheet(snapshots: ReadonlyMap<string, Snapshot>): LayoutCell[][] {
  const rows: LayoutCell[][] = [[MAGIC, 1, null, null]];
  for (const [key, snapshot] of snapshots) {
    const json = JSON.stringify(snapshot);
    for (let i = 0, part = 0; i < json.length; i += CHUNK, part += 1) rows.push(["snapshot", key, part, json.slice(i, i + CHUNK)]);
  }
  return rows;
}

/** The pictures by sheet id; a picture that no longer parses is left out (nothing to compare with). */
export function readRoundsSheet(values: Grid): Map<string, Snapshot> {
  const out = new Map<string, Snapshot>();
  if (cellText(values[0]?.[0]) !== MAGIC) return out;
  const chunks = new Map<string, string[]>();
  for (const row of values.slice(1)) {
    if (cellText(row[0]) !== "snapshot") continue;
    const key = cellText(row[1]);
    const list = chunks.get(key) ?? [];
    list[Number(row[2])] = typeof row[3] === "string" ? row[3] : "";
    chunks.set(key, list);
  }
  for (const [key, parts] of chunks) {
    try {
      const parsed: unknown = JSON.parse(parts.join(""));
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) out.set(key, parsed as Snapshot);
    } catch {
      // A damaged picture: the move compares with nothing rather than with garbage.
    }
  }
  return out;
}
