// The rows of a pasted criteria table read in order: item rows, bullet lines that belong to the
// item above ("- Hoàn thành 100% kế hoạch"), and rows skipped as blank, titles, totals or repeated
// headers. Only rows that look like data but are not items are reported.
import { cellText, isBlank, rowIndexes, type CellValue, type Grid } from "../cells";
import { makeIssue, type Issue } from "../issues";
import { formatPoints, parsePoints } from "../points";
import type { ColumnMap } from "./detectColumns";
import { isColumnNumberingRow, isHeaderRow } from "./detectHeader";
import { collapseSpaces } from "./foldText";
import { locate, type GridPlace } from "./gridPlace";
import { isItemCode, readCodeCell, splitLeadingCode, type CodeCell, type ItemCode } from "./readCode";

export type ItemColumns = ColumnMap & { code: number; name: number; max: number };

export interface ItemRow {
  /** Zero-based grid row. */
  row: number;
  code: ItemCode;
  /** One line; "" when the row has none. */
  name: string;
  cells: readonly CellValue[];
  /** Bullet rows pasted beneath the item, kept as lines of its guidance. */
  guidanceLines: string[];
}

export interface ItemRowsReading {
  items: ItemRow[];
  issues: Issue[];
}

const BULLET_START = /^([-+•–—*·∙◦]|[a-zđ]\))\s*/u;
const TOTAL =
  /^(tổng cộng|tổng số điểm|tổng điểm|tổng số|tổng|cộng)(\s+điểm)?(\s+tối đa)?\s*:?\s*(\(.*\))?\s*[\d.,]*\s*(điểm)?$/u;
const SKIPPED_TEXT_LENGTH = 80;

export function readItemRows(rows: Grid, dataStart: number, columns: ItemColumns, place: GridPlace): ItemRowsReading {
  const items: ItemRow[] = [];
  const issues: Issue[] = [];
  // Only the rows the grid holds (a host may leave far gaps out).
  for (const row of rowIndexes(rows, dataStart)) {
    const cells = rows[row] ?? [];
    if (cells.every(isBlank)) continue;
    // "1 2 3 4" under a header repeated on a new page would otherwise read as item 1.
    if (row > 0 && isColumnNumberingRow(cells) && isHeaderRow(rows[row - 1] ?? [])) continue;
    const { code, name } = readCodeAndName(cells, columns);
    if (isItemCode(code)) {
      items.push({ row, code, name, cells, guidanceLines: [] });
      continue;
    }
    const previous = items[items.length - 1];
    // Above the first item are titles; a Word table repeats its header on every page.
    if (isTotalRow(cells, columns) || !previous || isHeaderRow(cells) || isColumnNumberingRow(cells)) continue;
    if (code.kind === "bad") {
      issues.push(makeIssue("import_bad_code", "error", { text: code.text }, locate(place, row, columns.code)));
    } else if (code.kind === "bullet" || (code.kind === "blank" && BULLET_START.test(name))) {
      if (name !== "") previous.guidanceLines.push(bulletLine(cells, columns, name));
    } else {
      const column = name !== "" ? columns.name : cells.findIndex((value) => !isBlank(value));
      const text = shorten(collapseSpaces(cellText(cells[column])));
      issues.push(makeIssue("import_row_skipped", "warning", { text }, locate(place, row, column)));
    }
  }
  return { items, issues };
}

/**
 * A Word row merged across the code and name columns pastes "I. CÔNG TÁC CHỈ ĐẠO" into the code
 * cell; a lĩnh vực may also be written only in the name cell ("Lĩnh vực 2: Cải cách thể chế").
 */
function readCodeAndName(cells: readonly CellValue[], columns: ItemColumns): { code: CodeCell; name: string } {
  const codeValue = cells[columns.code];
  const nameValue = cells[columns.name];
  const code = readCodeCell(codeValue);
  const name = collapseSpaces(cellText(nameValue));
  if (code.kind === "text" || code.kind === "bad") {
    const split = splitLeadingCode(codeValue);
    if (split) return { code: split.code, name: name !== "" ? name : collapseSpaces(split.rest) };
  }
  if (code.kind === "blank") {
    const split = splitLeadingCode(nameValue);
    if (split && split.code.kind === "area") return { code: split.code, name: collapseSpaces(split.rest) };
  }
  return { code, name };
}

function isTotalRow(cells: readonly CellValue[], columns: ItemColumns): boolean {
  const first = cells.find((value) => !isBlank(value));
  return [first, cells[columns.code], cells[columns.name]].some((value) =>
    TOTAL.test(collapseSpaces(cellText(value).normalize("NFC")).toLowerCase()),
  );
}

/** "- Hoàn thành 100% kế hoạch (1 điểm)": the bullet as written, with the points of its row. */
function bulletLine(cells: readonly CellValue[], columns: ItemColumns, name: string): string {
  const marker = cellText(cells[columns.code]);
  const line = marker !== "" && !BULLET_START.test(name) ? `${marker} ${name}` : name;
  const points = cells[columns.max];
  if (isBlank(points) || typeof points === "boolean") return line;
  const parsed = parsePoints(typeof points === "number" ? points : String(points));
  return `${line} (${parsed.ok ? `${formatPoints(parsed.value)} điểm` : cellText(points)})`;
}

function shorten(text: string): string {
  return text.length > SKIPPED_TEXT_LENGTH ? `${text.slice(0, SKIPPED_TEXT_LENGTH - 1)}…` : text;
}
