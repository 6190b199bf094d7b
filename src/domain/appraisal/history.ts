// The history sheet «Lịch sử chấm điểm»: one row per move between stages, appended, never
// rewritten — when, from, to, by whom, why, the deadline set for the next holder, the totals at
// that moment and how many items changed since the move before.
import { cellText, isBlank, rangeAddress, type Grid } from "../cells";
import { fromHundredths, toHundredths, type Hundredths } from "../points";
import type { LayoutCell, SheetLayout } from "../layout/sheetLayout";
import { sanitizeSheetName } from "../layout/sheetNames";
import { formatDeadline } from "../assignment/schedule";
import { stageFromText, stageLabel, type StageId } from "./stages";

export const HISTORY_SHEET_NAME = "Lịch sử chấm điểm";

export interface RoundTotals {
  /** What the unit claimed: its self scores (with its bonus and penalty claims). */
  self: Hundredths;
  /** The result after round 1: the council's score where given, else the self score. */
  round1: Hundredths;
  /** The result: round 2, else round 1, else self. */
  result: Hundredths;
}

export interface HistoryEntry {
  /** ISO timestamp. */
  at: string;
  from: StageId;
  to: StageId;
  by: string;
  note: string;
  /** The deadline set for the next holder (ISO date). */
  deadline?: string;
  totals: RoundTotals;
  changedItems: number;
}

const HEADERS = [
  "STT",
  "Thời điểm",
  "Từ giai đoạn",
  "Sang giai đoạn",
  "Người thực hiện",
  "Lý do, ghi chú",
  "Hạn cho bên nhận",
  "Tổng tự đánh giá",
  "Tổng sau thẩm định lần 1",
  "Tổng kết quả",
  "Số mục thay đổi",
] as const;
const WIDTHS = [6, 18, 18, 18, 24, 48, 14, 12, 14, 12, 10];
const HEADER_ROW = 3;

/** Vietnam keeps UTC+7 all year: the history prints local time without depending on the machine. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** "2026-12-07T02:13:00.000Z" → "07/12/2026 09:13". */
export function formatHistoryTime(iso: string): string {
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
  if (Number.isNaN(local.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

/** The printed time back to ISO (minutes); the text itself when it is not one. */
export function parseHistoryTime(text: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return text;
  const [, d, m, y, h, min] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, m - 1, d, h, min) - VIETNAM_OFFSET_MS).toISOString();
}

export function historySheetName(scoreSheet: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(HISTORY_SHEET_NAME.toLowerCase())) return HISTORY_SHEET_NAME;
  return sanitizeSheetName(`${HISTORY_SHEET_NAME} - ${scoreSheet}`);
}

function entryRow(entry: HistoryEntry, number: number): LayoutCell[] {
  return [
    number,
    formatHistoryTime(entry.at),
    stageLabel(entry.from),
    stageLabel(entry.to),
    entry.by,
    entry.note,
    entry.deadline ? formatDeadline(entry.deadline) : null,
    fromHundredths(entry.totals.self),
    fromHundredths(entry.totals.round1),
    fromHundredths(entry.totals.result),
    entry.changedItems,
  ];
}

/** The history sheet with every entry; written whole at each move (the earlier rows unchanged). */
export function layoutHistorySheet(name: string, scoreSheet: string, entries: readonly HistoryEntry[]): SheetLayout {
  const columnCount = HEADERS.length;
  const blank = (): LayoutCell[] => new Array<LayoutCell>(columnCount).fill(null);
  const title = blank();
  title[0] = `LỊCH SỬ CHẤM ĐIỂM, THẨM ĐỊNH — ${scoreSheet}`;
  const note = blank();
  note[0] = "Mỗi lần chuyển giai đoạn (nộp, thẩm định, giải trình, chốt, mở lại) thêm một dòng. Không sửa, không xoá: khi chuyển giai đoạn, bên nhận đối chiếu lịch sử này.";
  const rows: LayoutCell[][] = [title, note, blank(), [...HEADERS]];
  entries.forEach((entry, i) => rows.push(entryRow(entry, i + 1)));
  const last = columnCount - 1;
  const lastRow = rows.length - 1;
  return {
    name,
    kind: "history",
    cells: rows,
    columnCount,
    columnWidths: [...WIDTHS],
    numberFormats: entries.length === 0 ? [] : [
      { range: rangeAddress(HEADER_ROW + 1, 1, lastRow, 6), format: "@" },
      { range: rangeAddress(HEADER_ROW + 1, 7, lastRow, 9), format: "0.00" },
    ],
    styles: [
      { range: rangeAddress(0, 0, 0, last), style: "title" },
      { range: rangeAddress(1, 0, 1, last), style: "note" },
      { range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, last), style: "header" },
      ...(entries.length === 0 ? [] : [{ range: rangeAddress(HEADER_ROW + 1, 0, lastRow, last), style: "staffText" as const }]),
    ],
    merges: [rangeAddress(0, 0, 0, last), rangeAddress(1, 0, 1, last)],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: HEADER_ROW + 1, last: HEADER_ROW + 1 } },
    // Nothing here is anyone's to type: the rows are the record of the moves.
    protection: { unlocked: [] },
    rowHeights: [],
  };
}

export interface HistoryRead {
  entries: HistoryEntry[];
  /** Rows that are not an entry (typed over, a stage that is not one): each as its sheet row (1-based). */
  damaged: number[];
  /** The raw cells of each entry row, for comparing with an earlier copy. */
  raw: string[][];
}

/** The entries of a history sheet read back; a sheet without the header reads as no history. */
export function readHistorySheet(values: Grid): HistoryRead {
  const header = values.findIndex((row) => cellText(row?.[0]) === HEADERS[0] && cellText(row?.[1]) === HEADERS[1]);
  const entries: HistoryEntry[] = [];
  const damaged: number[] = [];
  const raw: string[][] = [];
  if (header < 0) return { entries, damaged, raw };
  for (let r = header + 1; r < values.length; r += 1) {
    const row = values[r] ?? [];
    if (row.every((cell) => isBlank(cell))) continue;
    raw.push(HEADERS.map((_, c) => cellText(row[c])));
    const from = stageFromText(cellText(row[2]));
    const to = stageFromText(cellText(row[3]));
    const points = (c: number) => (typeof row[c] === "number" ? toHundredths(row[c] as number) : Number.NaN);
    const totals = { self: points(7), round1: points(8), result: points(9) };
    if (!from || !to || Object.values(totals).some(Number.isNaN)) {
      damaged.push(r + 1);
      continue;
    }
    const deadline = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(cellText(row[6]));
    entries.push({
      at: parseHistoryTime(cellText(row[1])),
      from,
      to,
      by: cellText(row[4]),
      note: cellText(row[5]),
      ...(deadline ? { deadline: `${deadline[3]}-${deadline[2]}-${deadline[1]}` } : {}),
      totals,
      changedItems: typeof row[10] === "number" ? row[10] : 0,
    });
  }
  return { entries, damaged, raw };
}
