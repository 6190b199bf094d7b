// What a pasted cell looks like to column detection: a code, a number of points, or words.
import { isBlank, type CellValue } from "../cells";
import { parsePoints } from "../points";
import { readCodeCell, splitLeadingCode } from "./readCode";

export function looksLikeCode(value: CellValue): boolean {
  const kind = readCodeCell(value).kind;
  return kind === "numeric" || kind === "area";
}

/** A code with a dot or a Roman numeral: a plain 1, 2, 3 may just as well be an STT column or points. */
export function looksLikeStructuredCode(value: CellValue): boolean {
  const code = readCodeCell(value);
  return code.kind === "area" || (code.kind === "numeric" && code.segments.length > 1);
}

/** A code, points, or text led by a code ("Lĩnh vực 1: …"): what a data row holds and a header does not. */
export function looksLikeData(value: CellValue): boolean {
  return looksLikeCode(value) || looksLikePoints(value) || splitLeadingCode(value) !== null;
}

export function looksLikePoints(value: CellValue): boolean {
  if (isBlank(value) || typeof value === "boolean") return false;
  return parsePoints(typeof value === "number" ? value : String(value)).ok;
}

/** Text that is neither a code nor points: names, units, guidance, titles. */
export function wordsIn(value: CellValue): string {
  if (typeof value !== "string" || looksLikePoints(value)) return "";
  const code = readCodeCell(value);
  return code.kind === "text" ? code.text : "";
}
