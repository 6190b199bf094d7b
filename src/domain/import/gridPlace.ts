// Where a pasted grid sits in its sheet, so an issue names the real cell (the selection may start at C5).
import { cellAddress } from "../cells";
import type { IssueLocation } from "../issues";

export interface GridPlace {
  sheet?: string;
  /** Zero-based sheet position of grid[0][0]. */
  origin: { row: number; column: number };
}

export type Location = Omit<IssueLocation, "severity">;

/** The issue location of a grid cell (zero-based in the grid), with the item path when known. */
export function locate(place: GridPlace, row: number, column: number, path?: string[]): Location {
  const location: Location = { cell: cellAddress(place.origin.row + row, place.origin.column + column) };
  if (place.sheet !== undefined) location.sheet = place.sheet;
  if (path) location.path = path;
  return location;
}

/** Codes from the lĩnh vực down: "2.1.3" → ["2", "2.1", "2.1.3"]. */
export function pathOf(code: string): string[] {
  const segments = code.split(".");
  return segments.map((_, i) => segments.slice(0, i + 1).join("."));
}
