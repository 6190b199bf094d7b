// The scoring sheet's columns and fixed rows: shared by the layout that writes it and the
// reader that finds scores in it again.

export const SCORE_COLUMNS = {
  code: 0,
  name: 1,
  max: 2,
  notApplicable: 3,
  applicableMax: 4,
  self: 5,
  appraised: 6,
  score: 7,
  lostPoints: 8,
  percent: 9,
  method: 10,
  leadUnit: 11,
  coUnits: 12,
  guidance: 13,
  evidence: 14,
  /** Added in layout 2; layout 1 kept evidence and explanations together in column O. */
  explanation: 15,
  /** Added in layout 3 (the appraisal rounds): the council's round-1 note (why points were taken off). */
  councilNote: 16,
  /** The unit's explanation of the round-1 appraisal (giải trình sau thẩm định). */
  reply: 17,
  /** The council's round-2 score, after the unit's explanation. */
  round2: 18,
  /** The council's round-2 note. */
  councilNote2: 19,
} as const;

export type ScoreColumnKey = keyof typeof SCORE_COLUMNS;

/** Columns of the current layout (3); layout 2 has 16, layout 1 has 15. */
export const SCORE_COLUMN_COUNT = 20;

export const SCORE_HEADERS: Readonly<Record<ScoreColumnKey, string>> = {
  code: "Mã",
  name: "Lĩnh vực, tiêu chí, tiêu chí thành phần",
  max: "Điểm tối đa",
  notApplicable: "Không áp dụng (x)",
  applicableMax: "Điểm tối đa áp dụng",
  self: "Điểm tự đánh giá",
  appraised: "Điểm thẩm định",
  score: "Điểm đạt",
  lostPoints: "Điểm bị trừ",
  percent: "Tỷ lệ đạt (%)",
  method: "Phương pháp",
  leadUnit: "Đơn vị chủ trì",
  coUnits: "Đơn vị phối hợp",
  guidance: "Cách tính điểm",
  evidence: "Tài liệu kiểm chứng",
  explanation: "Giải trình",
  councilNote: "Ý kiến thẩm định",
  reply: "Giải trình sau thẩm định",
  round2: "Điểm thẩm định lần 2",
  councilNote2: "Ý kiến thẩm định lần 2",
};

export const SCORE_COLUMN_WIDTHS: Readonly<Record<ScoreColumnKey, number>> = {
  code: 8,
  name: 60,
  max: 9,
  notApplicable: 10,
  applicableMax: 10,
  self: 11,
  appraised: 11,
  score: 9,
  lostPoints: 9,
  percent: 9,
  method: 14,
  leadUnit: 24,
  coUnits: 24,
  guidance: 36,
  evidence: 36,
  explanation: 36,
  councilNote: 36,
  reply: 36,
  round2: 11,
  councilNote2: 36,
};

/** 0-based index of the header row (row 5 in Excel); items start on the next row. */
export const SCORE_HEADER_ROW = 4;
export const SCORE_FIRST_ITEM_ROW = SCORE_HEADER_ROW + 1;

export const TOTAL_LABEL = "Tổng cộng";
export const TREE_TOTAL_LABEL = "Tổng điểm các lĩnh vực";
export const ADJUSTMENTS_LABEL = "Điểm thưởng, điểm trừ (ngoài bộ tiêu chí)";

export const METHOD_LABELS = {
  tu_danh_gia: "Tự đánh giá",
  dieu_tra_xhh: "Điều tra XHH",
  sipas: "SIPAS",
} as const;

export const ADJUSTMENT_KIND_LABELS = { bonus: "Điểm thưởng", penalty: "Điểm trừ" } as const;
