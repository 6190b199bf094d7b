// Which version of the scoring sheet's layout a sheet has. Layout 1 (the first release, 15
// columns) kept evidence and explanations in one column O "Tài liệu kiểm chứng, giải trình";
// layout 2 has "Tài liệu kiểm chứng" in O and "Giải trình" in P. Every other column is the same,
// so readers only need to know where evidence and explanations are, and whether they were read.
import { cellText, type CellValue } from "../cells";
import { foldText } from "../import/foldText";
import { SCORE_COLUMNS as C, SCORE_HEADERS, type ScoreColumnKey } from "./scoreSheetColumns";

export type ScoreLayoutVersion = 1 | 2;

export const CURRENT_SCORE_LAYOUT_VERSION: ScoreLayoutVersion = 2;

/** Layout 1's header of column O. */
export const LEGACY_EVIDENCE_HEADER = "Tài liệu kiểm chứng, giải trình";

export interface ScoreLayoutColumns {
  version: ScoreLayoutVersion;
  /** Column of the evidence text, null when the grid read does not reach it. */
  evidence: number | null;
  /** Column of the explanations, null in layout 1 or when the grid read does not reach it. */
  explanation: number | null;
}

/** The columns of a layout version, in sheet order. */
export function scoreColumnKeys(version: ScoreLayoutVersion): ScoreColumnKey[] {
  const keys = Object.keys(C) as ScoreColumnKey[];
  return version === 1 ? keys.filter((key) => key !== "explanation") : keys;
}

export function scoreHeaderOf(key: ScoreColumnKey, version: ScoreLayoutVersion): string {
  return version === 1 && key === "evidence" ? LEGACY_EVIDENCE_HEADER : SCORE_HEADERS[key];
}

/**
 * The layout of a sheet from its header row: layout 2 when column P is headed "Giải trình"
 * (compared without case or accents' encoding), else layout 1. A header cell that is blank means
 * the block read stops before it (the office-js host may read fewer columns), not that it is empty.
 */
export function detectScoreLayout(headerRow: readonly CellValue[] | undefined): ScoreLayoutColumns {
  const header = (column: number) => foldText(cellText(headerRow?.[column]));
  const evidenceRead = header(C.evidence) !== "";
  if (header(C.explanation) === foldText(SCORE_HEADERS.explanation)) {
    return { version: 2, evidence: evidenceRead ? C.evidence : null, explanation: C.explanation };
  }
  return { version: 1, evidence: evidenceRead ? C.evidence : null, explanation: null };
}
