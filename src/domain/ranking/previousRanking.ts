// Last year's ranking, to compare with: from the ranking workbook made last year, from a simple
// table staff paste (đơn vị, xếp hạng, chỉ số %), or from last year's `par-index rank --json`.
// Units are matched by name (unitKey); rows that cannot be read are skipped with a warning.
import { cellAddress, cellText, isBlank, type CellValue, type Grid } from "../cells";
import { foldText } from "../import/foldText";
import { makeIssue, type Issue } from "../issues";
import { roundTo2, toHundredths, type Hundredths } from "../points";
import { fail, succeed, type Result } from "../result";
import { tidyUnitName, unitKey } from "../unitNames";

export interface PreviousRankEntry {
  unit: string;
  rank: number;
  percent: Hundredths | null;
}

export interface PreviousRanking {
  /** The file (or "bảng dán") it was read from, for messages. */
  source: string;
  /** The year it ranks, when it says ("… NĂM 2020" in the title, "year" in JSON). */
  year: number | null;
  /** By unit key. */
  entries: ReadonlyMap<string, PreviousRankEntry>;
}

export function findPreviousEntry(previous: PreviousRanking, unit: string): PreviousRankEntry | undefined {
  return previous.entries.get(unitKey(unit));
}

interface RawRow {
  unit: CellValue;
  rank: CellValue;
  percent: CellValue;
  cells?: { rank?: string; percent?: string };
  sheet?: string;
}

/** JSON: `[{ "unit", "rank", "percent" }]`, or an object with such a `units` list (and maybe `year`). */
export function readPreviousRankingJson(source: string, value: unknown): Result<PreviousRanking> {
  const unreadable = (detail: string) => fail<PreviousRanking>([makeIssue("rank_previous_unreadable", "error", { file: source, detail })]);
  const record = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const list = Array.isArray(value) ? value : record?.units;
  if (!Array.isArray(list)) return unreadable("cần một danh sách [{ \"unit\", \"rank\", \"percent\" }] hoặc một đối tượng có «units».");
  const rows: RawRow[] = [];
  for (const [i, entry] of list.entries()) {
    if (typeof entry !== "object" || entry === null) return unreadable(`phần tử thứ ${i + 1} không phải đối tượng.`);
    const e = entry as Record<string, unknown>;
    rows.push({ unit: jsonCell(e.unit), rank: jsonCell(e.rank), percent: jsonCell(e.percent) });
  }
  const year = typeof record?.year === "number" && Number.isInteger(record.year) ? record.year : null;
  return collect(source, year, rows);
}

function jsonCell(value: unknown): CellValue {
  return typeof value === "string" || typeof value === "number" ? value : null;
}

/** The first visible sheet with a ranking table: a header row with a unit column and a rank column. */
export function readPreviousRankingSheets(source: string, sheets: readonly { name: string; values: Grid }[]): Result<PreviousRanking> {
  for (const sheet of sheets) {
    const rows = tableRows(sheet.values, sheet.name);
    if (rows) return collect(source, yearOf(sheet.values), rows);
  }
  return fail([makeIssue("rank_previous_no_table", "error", { file: source })]);
}

const UNIT_HEADERS = new Set(["don vi", "ten don vi", "co quan", "ten co quan", "co quan don vi", "don vi co quan", "so ban nganh", "dia phuong", "ten dia phuong", "tinh thanh pho"]);
const RANK_HEADERS = new Set(["hang", "xep hang", "thu hang", "xep thu", "thu tu xep hang", "vi tri xep hang"]);
const PERCENT_HEADERS = new Set(["chi so", "chi so cchc", "chi so par index", "par index", "ty le", "ty le dat", "ket qua", "ket qua chi so", "diem chi so"]);

function headerColumns(row: readonly CellValue[]) {
  const folded = row.map((cell) => (typeof cell === "string" ? foldText(cell) : ""));
  const unit = folded.findIndex((text) => UNIT_HEADERS.has(text));
  const rank = folded.findIndex((text) => RANK_HEADERS.has(text));
  const percent = row.findIndex((cell, i) => PERCENT_HEADERS.has(folded[i]!) || cellText(cell) === "%");
  return unit >= 0 && rank >= 0 ? { unit, rank, percent: percent >= 0 ? percent : null } : null;
}

/** The rows under the first ranking header; another header row (a different table) ends it. */
function tableRows(values: Grid, sheet: string): RawRow[] | null {
  let start = -1;
  let columns: ReturnType<typeof headerColumns> = null;
  for (let r = 0; r < Math.min(values.length, 40) && !columns; r += 1) {
    columns = headerColumns(values[r] ?? []);
    start = r;
  }
  if (!columns) return null;
  const rows: RawRow[] = [];
  for (let r = start + 1; r < values.length; r += 1) {
    const row = values[r] ?? [];
    const texts = row.map((cell) => (typeof cell === "string" ? foldText(cell) : ""));
    if (texts.some((text) => UNIT_HEADERS.has(text))) break;
    rows.push({
      unit: row[columns.unit],
      rank: row[columns.rank],
      percent: columns.percent === null ? null : row[columns.percent],
      cells: { rank: cellAddress(r, columns.rank), ...(columns.percent === null ? {} : { percent: cellAddress(r, columns.percent) }) },
      sheet,
    });
  }
  return rows;
}

function yearOf(values: Grid): number | null {
  for (const row of values.slice(0, 5)) {
    for (const cell of row) {
      const match = /\bnăm\s+(\d{4})\b/iu.exec(cellText(cell).normalize("NFC"));
      if (match) return Number(match[1]);
    }
  }
  return null;
}

function collect(source: string, year: number | null, rows: readonly RawRow[]): Result<PreviousRanking> {
  const issues: Issue[] = [];
  const entries = new Map<string, PreviousRankEntry>();
  // A percentage column formatted as % in Excel holds fractions (0,9452 for 94,52 %).
  const numbers = rows.map((row) => row.percent).filter((p): p is number => typeof p === "number");
  const fractions = numbers.length > 0 && numbers.every((p) => p >= 0 && p <= 1);
  for (const row of rows) {
    const unit = tidyUnitName(cellText(row.unit));
    if (!unit || isBlank(row.rank)) continue;
    const where = { ...(row.sheet ? { sheet: row.sheet } : {}) };
    const rank = readRank(row.rank);
    if (rank === null) {
      issues.push(makeIssue("rank_previous_bad_rank", "warning", { file: source, unit, text: cellText(row.rank) }, { ...where, ...(row.cells?.rank ? { cell: row.cells.rank } : {}) }));
      continue;
    }
    let percent: Hundredths | null = null;
    if (!isBlank(row.percent)) {
      percent = readPercent(row.percent, fractions);
      if (percent === null) {
        issues.push(
          makeIssue("rank_previous_bad_percent", "warning", { file: source, unit, text: cellText(row.percent) }, { ...where, ...(row.cells?.percent ? { cell: row.cells.percent } : {}) }),
        );
      }
    }
    const key = unitKey(unit);
    if (entries.has(key)) {
      issues.push(makeIssue("rank_previous_duplicate_unit", "warning", { file: source, unit }, where));
      continue;
    }
    entries.set(key, { unit, rank, percent });
  }
  if (entries.size === 0) return fail([...issues, makeIssue("rank_previous_no_table", "error", { file: source })]);
  return succeed({ source, year, entries }, issues);
}

/** 6, "6", "06", "06/20", "Thứ 6". */
function readRank(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 ? value : null;
  const match = /^(?:thứ\s*)?(\d{1,5})(?:\s*\/\s*\d{1,5})?$/iu.exec(cellText(value).normalize("NFC"));
  const rank = match ? Number(match[1]) : Number.NaN;
  return Number.isInteger(rank) && rank >= 1 ? rank : null;
}

/** 94.52, "94,52", "94,52 %"; fractions of one when the whole column is (a % number format). */
function readPercent(value: CellValue, fractions: boolean): Hundredths | null {
  let number: number;
  if (typeof value === "number") number = fractions ? value * 100 : value;
  else {
    const text = cellText(value).replace(/\s*%$/, "");
    number = /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
  }
  if (!Number.isFinite(number) || number < 0) return null;
  return toHundredths(roundTo2(number));
}
