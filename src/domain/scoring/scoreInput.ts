// What a host reads from a scoring sheet for the engine: raw cell values per item, with the
// cells they came from so every issue can point at one.
import type { CellValue } from "../cells";
import type { Hundredths } from "../points";

export interface ScoreInput {
  code: string;
  /** Điểm tự đánh giá as typed. */
  self?: CellValue;
  /** Điểm thẩm định (round 1) as typed. */
  appraised?: CellValue;
  /** Điểm thẩm định lần 2 (layout 3) as typed. */
  round2?: CellValue;
  /** The council's round-1 note, the unit's explanation of it and the council's round-2 note (layout 3). */
  councilNote?: CellValue;
  reply?: CellValue;
  councilNote2?: CellValue;
  /** The "không áp dụng" cell: "x" marks the item (and everything under it) not applicable. */
  notApplicable?: CellValue;
  /** Tài liệu kiểm chứng (text or a link), as typed. */
  evidence?: CellValue;
  /** Giải trình (layout 2 only), as typed. */
  explanation?: CellValue;
  /** Đơn vị chủ trì and đơn vị phối hợp as the sheet holds them (staff may have changed the template's). */
  leadUnit?: CellValue;
  coUnits?: CellValue;
  cells?: {
    self?: string;
    appraised?: string;
    round2?: string;
    councilNote?: string;
    reply?: string;
    councilNote2?: string;
    notApplicable?: string;
    evidence?: string;
    explanation?: string;
    leadUnit?: string;
    coUnits?: string;
  };
  /** Score cells whose formula has no saved result (already reported): not "missing". */
  unresolved?: readonly RoundColumn[];
}

/** The score columns of an item: self, round-1 appraisal, round-2 appraisal. */
export type RoundColumn = "self" | "appraised" | "round2";

export interface AdjustmentInput {
  code: string;
  self?: CellValue;
  appraised?: CellValue;
  round2?: CellValue;
  cells?: { self?: string; appraised?: string; round2?: string };
}

export interface ScoreSheetInput {
  sheet?: string;
  /**
   * Whether the evidence and explanation columns were read: a host may read fewer columns, and
   * blank cells it never read must not count as missing evidence.
   */
  evidenceRead?: boolean;
  items: readonly ScoreInput[];
  adjustments?: readonly AdjustmentInput[];
}

/** A scored item after validation; invalid values are dropped (null) and reported as issues. */
export interface ItemScore {
  self: Hundredths | null;
  appraised: Hundredths | null;
  /** Round-2 appraisal; absent in sheets without the appraisal rounds' columns. */
  round2?: Hundredths | null;
  /** Marked "không áp dụng" on the item itself or on an item above it. */
  notApplicable: boolean;
}

export interface AdjustmentScore {
  self: Hundredths | null;
  appraised: Hundredths | null;
  round2?: Hundredths | null;
}

/** The rule every total uses: the round-2 score where one is entered, else round 1, else self. */
export function resultOf(score: { self: Hundredths | null; appraised: Hundredths | null; round2?: Hundredths | null }): Hundredths | null {
  return score.round2 ?? score.appraised ?? score.self;
}

export interface ScoreSet {
  items: ReadonlyMap<string, ItemScore>;
  adjustments: ReadonlyMap<string, AdjustmentScore>;
}
