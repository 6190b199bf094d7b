// Which version of the scoring sheet's layout a sheet has. Layout 1 (the first release, 15
// columns) kept evidence and explanations in one column O "Tài liệu kiểm chứng, giải trình";
// layout 2 has "Tài liệu kiểm chứng" in O and "Giải trình" in P; layout 3 adds the appraisal
// rounds after them: Q the council's note, R the unit's explanation of it, S the round-2 score,
// T the council's round-2 note. Columns A…P are the same in every layout, so readers only need to
// know which of the later columns exist, and whether they were read.
import { cellText, type CellValue } from "../cells";
import { foldText } from "../import/foldText";
import { SCORE_COLUMNS as C, SCORE_HEADERS, type ScoreColumnKey } from "./scoreSheetColumns";

export type ScoreLayoutVersion = 1 | 2 | 3;

export const CURRENT_SCORE_LAYOUT_VERSION: ScoreLayoutVersion = 3;

/** Layout 1's header of column O. */
export const LEGACY_EVIDENCE_HEADER = "Tài liệu kiểm chứng, giải trình";

/** The columns layout 3 adds for the appraisal rounds. */
export const APPRAISAL_COLUMN_KEYS = ["councilNote", "reply", "round2", "councilNote2"] as const satisfies readonly ScoreColumnKey[];
export type AppraisalColumnKey = (typeof APPRAISAL_COLUMN_KEYS)[number];

export interface ScoreLayoutColumns {
  version: ScoreLayoutVersion;
  /** Column of the evidence text, null when the grid read does not reach it. */
  evidence: number | null;
  /** Column of the explanations, null in layout 1 or when the grid read does not reach it. */
  explanation: number | null;
  /** Whether the appraisal rounds' columns (Q…T) are there: layout 3. */
  rounds: boolean;
}

/** The columns of a layout version, in sheet order. */
export function scoreColumnKeys(version: ScoreLayoutVersion): ScoreColumnKey[] {
  const keys = Object.keys(C) as ScoreColumnKey[];
  const later = new Set<ScoreColumnKey>(version === 1 ? ["explanation", ...APPRAISAL_COLUMN_KEYS] : version === 2 ? APPRAISAL_COLUMN_KEYS : []);
  return keys.filter((key) => !later.has(key));
}

export function scoreHeaderOf(key: ScoreColumnKey, version: ScoreLayoutVersion): string {
  return version === 1 && key === "evidence" ? LEGACY_EVIDENCE_HEADER : SCORE_HEADERS[key];
}

/**
 * The layout of a sheet from its header row: layout 3 when column S is headed "Điểm thẩm định lần
 * 2", layout 2 when column P is headed "Giải trình" (compared without case or accents' encoding),
 * else layout 1. A header cell that is blank means the block read stops before it (the office-js
 * host may read fewer columns), not that it is empty.
 */
export function detectScoreLayout(headerRow: readonly CellValue[] | undefined): ScoreLayoutColumns {
  const header = (column: number) => foldText(cellText(headerRow?.[column]));
  const evidenceRead = header(C.evidence) !== "";
  if (header(C.explanation) === foldText(SCORE_HEADERS.explanation)) {
    const rounds = header(C.round2) === foldText(SCORE_HEADERS.round2);
    return { version: rounds ? 3 : 2, evidence: evidenceRead ? C.evidence : null, explanation: C.explanation, rounds };
  }
  return { version: 1, evidence: evidenceRead ? C.evidence : null, explanation: null, rounds: false };
}
