// Finding the header of a pasted criteria table: which row(s) hold the column labels (a Word
// header merged over two rows pastes as two rows, the group label only in its first cell) and
// which column each label names. Labels are matched accent- and case-insensitively.
import { cellText, isBlank, type CellValue, type Grid } from "../cells";
import { looksLikeData } from "./cellShapes";
import { foldText } from "./foldText";

export type ColumnRole = "code" | "name" | "max" | "method" | "leadUnit" | "coUnits" | "guidance" | "notApplicable";

export interface HeaderMatch {
  role: ColumnRole;
  /** How surely the label names the role: "Điểm tối đa" beats a bare "Điểm". */
  strength: number;
}

export interface Header {
  firstRow: number;
  /** Last grid row of the header, counting a column-numbering row such as (1) (2) (3). */
  lastRow: number;
  /** Each column's label, the parts from every header row joined: "Điểm Tối đa". */
  labels: string[];
  roles: Partial<Record<ColumnRole, number>>;
}

// Order matters: "Cách tính điểm" is guidance, not points; "Mã tiêu chí" is a code, not a name.
const LABELS: readonly { role: ColumnRole; strength: number; pattern: RegExp }[] = [
  { role: "notApplicable", strength: 2, pattern: /\bkhong ap dung\b/ },
  { role: "guidance", strength: 2, pattern: /\bcach tinh\b|\bhuong dan\b|\bcach cham\b|\bcach danh gia\b|\btinh diem\b/ },
  { role: "leadUnit", strength: 2, pattern: /\bchu tri\b/ },
  { role: "coUnits", strength: 2, pattern: /\bphoi hop\b/ },
  { role: "method", strength: 2, pattern: /\bphuong phap\b|\bphuong thuc\b|\bhinh thuc danh gia\b/ },
  { role: "code", strength: 2, pattern: /^(ma|ma so|ma tieu chi|ma so tieu chi|ky hieu|so hieu)$/ },
  { role: "code", strength: 1, pattern: /^(s?tt|so tt|so thu tu|thu tu)$/ },
  { role: "max", strength: 3, pattern: /\btoi da\b/ },
  { role: "max", strength: 2, pattern: /^(diem chuan|thang diem)\b/ },
  { role: "max", strength: 1, pattern: /^(diem|so diem|diem so)$/ },
  { role: "name", strength: 1, pattern: /^(noi dung|ten|tieu chi|linh vuc|chi tieu|cac tieu chi|cac linh vuc|danh muc)\b/ },
];

const MAX_LABEL_LENGTH = 80;
const HEADER_SEARCH_ROWS = 30;
const MAX_HEADER_ROWS = 3;

export function matchHeaderLabel(text: string): HeaderMatch | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  const folded = foldText(text);
  if (folded === "") return null;
  for (const { role, strength, pattern } of LABELS) if (pattern.test(folded)) return { role, strength };
  return null;
}

/** A row of labels: two different roles, one of them the name or the maximum, and no data in it. */
export function isHeaderRow(row: readonly CellValue[]): boolean {
  if (row.some(looksLikeData)) return false;
  const roles = new Set<ColumnRole>();
  for (const value of row) {
    const match = matchHeaderLabel(cellText(value));
    if (match) roles.add(match.role);
  }
  return roles.size >= 2 && (roles.has("name") || roles.has("max"));
}

/** "(1) (2) (3)" or "1 2 3 4" under a header: Vietnamese forms number their columns. */
export function isColumnNumberingRow(row: readonly CellValue[]): boolean {
  const texts = row.map(cellText).filter((text) => text !== "");
  if (texts.length < 2) return false;
  if (texts.every((text) => /^\(\s*[0-9A-Za-z]{1,2}\s*\)$/.test(text))) return true;
  if (texts.length < 3 || !texts.every((text) => /^\d{1,2}$/.test(text))) return false;
  return texts.every((text, i) => Number(text) === i + 1);
}

export function detectHeader(rows: Grid): Header | null {
  const searched = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let first = 0; first < searched; first += 1) {
    const firstCells = rows[first] ?? [];
    if (!isHeaderRow(firstCells)) continue;
    const headerRows: (readonly CellValue[])[] = [firstCells];
    let last = first;
    while (headerRows.length < MAX_HEADER_ROWS && continuesHeader(rows[last + 1], headerRows[headerRows.length - 1] ?? [])) {
      last += 1;
      headerRows.push(rows[last] ?? []);
    }
    if (isColumnNumberingRow(rows[last + 1] ?? [])) last += 1;
    const labels = combineLabels(headerRows);
    return { firstRow: first, lastRow: last, labels, roles: assignRoles(labels) };
  }
  return null;
}

/** The next row still belongs to the header when it holds only short labels and names a role or fills a gap above. */
function continuesHeader(row: readonly CellValue[] | undefined, above: readonly CellValue[]): boolean {
  if (!row || row.every(isBlank)) return false;
  if (row.some(looksLikeData)) return false;
  if (row.some((value) => cellText(value).length > MAX_LABEL_LENGTH)) return false;
  if (isColumnNumberingRow(row)) return false;
  return row.some((value, column) => {
    if (isBlank(value)) return false;
    return matchHeaderLabel(cellText(value)) !== null || isBlank(above[column]);
  });
}

/**
 * Joins each column's labels top to bottom. A merged group label ("Điểm" over "Tối đa | Tự chấm",
 * "Đơn vị" over "Chủ trì | Phối hợp") pastes into its first cell only, so it is carried right into
 * the blank cells beside it that have a label below.
 */
function combineLabels(headerRows: readonly (readonly CellValue[])[]): string[] {
  let width = 0;
  for (const row of headerRows) width = Math.max(width, row.length);
  const parts: string[][] = Array.from({ length: width }, () => []);
  headerRows.forEach((row, level) => {
    const below = headerRows[level + 1];
    let group = "";
    for (let column = 0; column < width; column += 1) {
      const text = cellText(row[column]);
      const hasBelow = below !== undefined && !isBlank(below[column]);
      if (text !== "") {
        group = hasBelow ? text : "";
        parts[column]?.push(text);
      } else if (group !== "" && hasBelow) {
        parts[column]?.push(group);
      } else {
        group = "";
      }
    }
  });
  return parts.map((labelParts) => labelParts.join(" "));
}

function assignRoles(labels: readonly string[]): Partial<Record<ColumnRole, number>> {
  const best = new Map<ColumnRole, { column: number; strength: number }>();
  labels.forEach((label, column) => {
    const match = matchHeaderLabel(label);
    if (!match) return;
    const current = best.get(match.role);
    if (!current || match.strength > current.strength) best.set(match.role, { column, strength: match.strength });
  });
  const roles: Partial<Record<ColumnRole, number>> = {};
  for (const [role, { column }] of best) roles[role] = column;
  return roles;
}
