// What a host reads from a scoring sheet for the engine: raw cell values per item, with the
// cells they came from so every issue can point at one.
import type { CellValue } from "../cells";
import type { Hundredths } from "../points";

export interface ScoreInput {
  code: string;
  /** Điểm tự đánh giá as typed. */
  self?: CellValue;
  /** Điểm thẩm định as typed. */
  appraised?: CellValue;
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
    notApplicable?: string;
    evidence?: string;
    explanation?: string;
    leadUnit?: string;
    coUnits?: string;
  };
  /** Score cells whose formula has no saved result (already reported): not "missing". */
  unresolved?: readonly ("self" | "appraised")[];
}

export interface AdjustmentInput {
  code: string;
  self?: CellValue;
  appraised?: CellValue;
  cells?: { self?: string; appraised?: string };
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
  /** Marked "không áp dụng" on the item itself or on an item above it. */
  notApplicable: boolean;
}

export interface AdjustmentScore {
  self: Hundredths | null;
  appraised: Hundredths | null;
}

export interface ScoreSet {
  items: ReadonlyMap<string, ItemScore>;
  adjustments: ReadonlyMap<string, AdjustmentScore>;
}
