// A1 addresses for the fake host, self-contained so the fake can be bundled into a browser page
// without the add-in's own code: cells, ranges, whole rows and columns, sheet-qualified addresses.

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Zero-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(column: number): string {
  let n = column + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3:F40", "B3", "A:J", "$5:$7" → rectangle; null when not an address. */
export function parseA1(address: string): Rect | null {
  const parts = address.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) return null;
  const first = parts[0] ?? "";
  const second = parts[1] ?? first;
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const column = /^([A-Za-z]{1,3})$/;
  const row = /^(\d{1,7})$/;
  const c1 = cell.exec(first);
  const c2 = cell.exec(second);
  if (c1 && c2) {
    const [r1, k1, r2, k2] = [Number(c1[2]) - 1, columnIndex(c1[1]!), Number(c2[2]) - 1, columnIndex(c2[1]!)];
    if (r1 < 0 || r2 < 0) return null;
    return { top: Math.min(r1, r2), left: Math.min(k1, k2), bottom: Math.max(r1, r2), right: Math.max(k1, k2) };
  }
  const k1 = column.exec(first);
  const k2 = column.exec(second);
  if (k1 && k2) {
    const [a, b] = [columnIndex(k1[1]!), columnIndex(k2[1]!)];
    return { top: 0, left: Math.min(a, b), bottom: MAX_ROWS - 1, right: Math.max(a, b) };
  }
  const w1 = row.exec(first);
  const w2 = row.exec(second);
  if (w1 && w2) {
    const [a, b] = [Number(w1[1]) - 1, Number(w2[1]) - 1];
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: MAX_COLUMNS - 1 };
  }
  return null;
}

export function formatA1(rect: Rect): string {
  const start = `${columnName(rect.left)}${rect.top + 1}`;
  const end = `${columnName(rect.right)}${rect.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** Excel quotes sheet names that are not plain identifiers: 'VPUB Sơn La 2021'!A1. */
export function qualify(sheet: string, rect: Rect): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${formatA1(rect)}`;
}

export function union(a: Rect, b: Rect): Rect {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

export function intersection(a: Rect, b: Rect): Rect | null {
  const rect = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return rect.top <= rect.bottom && rect.left <= rect.right ? rect : null;
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return row >= outer.top && row <= outer.bottom && column >= outer.left && column <= outer.right;
}

export function rowsOf(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columnsOf(rect: Rect): number {
  return rect.right - rect.left + 1;
}
