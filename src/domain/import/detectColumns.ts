// Which column of a pasted criteria table holds what: from the header when there is one, and from
// the cells themselves for whatever the header does not name (or when there is no header at all).
import { isBlank, type Grid } from "../cells";
import { looksLikeCode, looksLikePoints, looksLikeStructuredCode, wordsIn } from "./cellShapes";
import { detectHeader, type ColumnRole, type Header } from "./detectHeader";
import { readMethod } from "./readMethod";

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface ColumnLayout {
  header: Header | null;
  /** First grid row below the header (0 without one). */
  dataStart: number;
  columns: ColumnMap;
}

export function detectColumns(rows: Grid): ColumnLayout {
  const header = detectHeader(rows);
  const dataStart = header ? header.lastRow + 1 : 0;
  // Only rows and columns that hold something are scored: the cost is the cells', not the
  // rectangle's (a stray value at XFD1048576 adds one cell, not sixteen thousand columns).
  const data: Grid = rows.slice(dataStart).filter((row) => row.some((cell) => !isBlank(cell)));
  const used = usedColumns(data);
  const columns: ColumnMap = { ...(header?.roles ?? {}) };
  const taken = () => new Set(Object.values(columns));
  const free = () => used.filter((column) => !taken().has(column));

  // Every item has a name but only some have guidance or units, so the name column is the one
  // with the most text cells (the longer text on a tie). The code sits left of the names and the
  // maximum right of them, which tells the code column (1, 1.1, I) from points (1, 1,5).
  columns.name ??= best(free(), (column) => nameScore(data, column));
  const name = columns.name ?? -1;
  columns.code ??=
    best(free().filter((column) => column < name), (column) => codeScore(data, column)) ??
    best(free().filter((column) => column !== columns.max), (column) => codeScore(data, column));
  columns.max ??=
    best(free().filter((column) => column > name), (column) => count(data, (row) => looksLikePoints(row[column]))) ??
    best(free(), (column) => count(data, (row) => looksLikePoints(row[column])));
  columns.method ??= best(free(), (column) => methodScore(data, column));
  return { header, dataStart, columns };
}

function nameScore(data: Grid, column: number): number {
  const filled = count(data, (row) => wordsIn(row[column]) !== "");
  return filled === 0 ? 0 : filled + sum(data, (row) => wordsIn(row[column]).length) / 1e7;
}

function codeScore(data: Grid, column: number): number {
  return count(data, (row) => looksLikeCode(row[column])) + count(data, (row) => looksLikeStructuredCode(row[column]));
}

/** A method column without a header: most of its filled cells name a method. */
function methodScore(data: Grid, column: number): number {
  const filled = count(data, (row) => !isBlank(row[column]));
  const methods = count(data, (row) => {
    const method = readMethod(row[column]);
    return method !== undefined && method !== null;
  });
  return methods * 2 >= filled ? methods : 0;
}

/** The column with the highest positive score; the leftmost on a tie. */
function best(columns: readonly number[], score: (column: number) => number): number | undefined {
  let found: number | undefined;
  let top = 0;
  for (const column of columns) {
    const value = score(column);
    if (value > top) {
      top = value;
      found = column;
    }
  }
  return found;
}

/** Columns with at least one non-blank cell, left to right. */
function usedColumns(data: Grid): number[] {
  const used = new Set<number>();
  for (const row of data) row.forEach((cell, column) => !isBlank(cell) && used.add(column));
  return [...used].sort((a, b) => a - b);
}

function count(data: Grid, test: (row: Grid[number]) => boolean): number {
  let total = 0;
  for (const row of data) if (test(row)) total += 1;
  return total;
}

function sum(data: Grid, measure: (row: Grid[number]) => number): number {
  let total = 0;
  for (const row of data) total += measure(row);
  return total;
}
