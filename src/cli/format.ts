// Small text helpers for the command line's tables: Vietnamese numbers and padded columns.
import { formatPoints, type Hundredths } from "../domain";

export function points(value: Hundredths | null): string {
  return value === null ? "—" : formatPoints(value);
}

export function percent(value: Hundredths | null): string {
  return value === null ? "—" : `${formatPoints(value)}%`;
}

/** Columns padded to the widest cell; `right` marks the columns aligned right (numbers). */
export function renderTable(rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, length(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - length(cell));
        return right[i] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}

/** Visible length: NFC code points, so "Cải cách" counts 8. */
function length(text: string): number {
  return [...text.normalize("NFC")].length;
}

/** Shortens long names for a terminal table. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
