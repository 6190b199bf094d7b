// Last year's ranking as staff paste it into the pane: rows copied from Excel or Word arrive as
// lines of tab-separated cells (semicolons when there is no tab; never commas, which are the
// decimal separator in 94,52). The table is read like a sheet (readPreviousRankingSheets); a table
// pasted without its header row is read as unit, rank, percent, in that order.
import type { Grid } from "../cells";
import { fail, type Result } from "../result";
import { readPreviousRankingSheets, type PreviousRanking } from "./previousRanking";

export const PASTED_TABLE_SOURCE = "bảng dán";
const ASSUMED_HEADER = ["Đơn vị", "Xếp hạng", "Chỉ số (%)"];

/** Pasted text as a grid: one row per line, cells split on tabs (or semicolons), blank lines dropped. */
export function gridFromPastedText(text: string): Grid {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").filter((line) => line.trim() !== "");
  const separator = lines.some((line) => line.includes("\t")) ? "\t" : ";";
  return lines.map((line) => line.split(separator).map((cell) => cell.trim()));
}

export function readPastedPreviousRanking(text: string, source = PASTED_TABLE_SOURCE): Result<PreviousRanking> {
  const grid = gridFromPastedText(text);
  const withHeader = readPreviousRankingSheets(source, [{ name: source, values: grid }]);
  if (withHeader.ok || !withHeader.issues.some((issue) => issue.code === "rank_previous_no_table")) return withHeader;
  if (grid.length === 0 || grid.some((row) => row.length < 2)) return withHeader;
  const assumed = readPreviousRankingSheets(source, [{ name: source, values: [ASSUMED_HEADER, ...grid] }]);
  return assumed.ok ? assumed : fail(withHeader.issues);
}
