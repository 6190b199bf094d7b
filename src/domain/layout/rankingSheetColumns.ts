// The ranking sheets' headers, titles and widths, shared by the layouts that write them and the
// readers that find staff notes and last year's ranks in them again.
import type { ScoringMethod } from "../template/schema";

export type RankingColumnKey =
  | "rank"
  | "unit"
  | "score"
  | "max"
  | "percent"
  | "rankOf"
  | "group"
  | "stage"
  | "previousRank"
  | "rankChange"
  | "previousPercent"
  | "percentChange"
  | "method_tu_danh_gia"
  | "method_dieu_tra_xhh"
  | "method_sipas"
  | "selfScore"
  | "gap"
  | "file"
  | "notes";

export const RANKING_HEADERS: Readonly<Record<RankingColumnKey, string>> = {
  rank: "Hạng",
  unit: "Đơn vị",
  score: "Tổng điểm",
  max: "Điểm tối đa áp dụng",
  percent: "Chỉ số (%)",
  rankOf: "Xếp hạng",
  group: "Nhóm",
  stage: "Giai đoạn thẩm định",
  previousRank: "Hạng năm trước",
  rankChange: "Thay đổi thứ hạng",
  previousPercent: "Chỉ số năm trước (%)",
  percentChange: "Thay đổi chỉ số (điểm %)",
  // Seed 001: "94,52 điểm, trong đó điểm thẩm định: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm".
  method_tu_danh_gia: "Điểm thẩm định",
  method_dieu_tra_xhh: "Điểm điều tra XHH",
  method_sipas: "Điểm SIPAS",
  selfScore: "Điểm tự chấm",
  gap: "Chênh lệch tự chấm – thẩm định",
  file: "Tệp",
  notes: "Ghi chú",
};

export const RANKING_WIDTHS: Readonly<Record<RankingColumnKey, number>> = {
  rank: 6,
  unit: 36,
  score: 9,
  max: 10,
  percent: 9,
  rankOf: 9,
  group: 10,
  stage: 16,
  previousRank: 9,
  rankChange: 13,
  previousPercent: 10,
  percentChange: 10,
  method_tu_danh_gia: 10,
  method_dieu_tra_xhh: 10,
  method_sipas: 10,
  selfScore: 9,
  gap: 12,
  file: 26,
  notes: 30,
};

export const METHOD_COLUMN: Readonly<Record<ScoringMethod, RankingColumnKey>> = {
  tu_danh_gia: "method_tu_danh_gia",
  dieu_tra_xhh: "method_dieu_tra_xhh",
  sipas: "method_sipas",
};

export const RANKING_TITLE = "BẢNG TỔNG HỢP KẾT QUẢ, XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH";
export const AREA_RANKING_TITLE = "ĐIỂM, CHỈ SỐ VÀ THỨ HẠNG THEO LĨNH VỰC";
export const RANKING_SHEET_BASE_NAME = "Xếp hạng";
export const AREA_RANKING_SHEET_BASE_NAME = "Theo lĩnh vực";

/** Section titles; the layouts number them (I, II, …) in the order they appear. */
export const RANKING_SECTIONS = {
  ranked: "XẾP HẠNG CÁC ĐƠN VỊ",
  excluded: "ĐƠN VỊ CHƯA ĐƯỢC XẾP HẠNG",
  keptNotes: "GHI CHÚ CỦA ĐƠN VỊ KHÔNG CÒN TRONG BẢNG (giữ lại để tham khảo)",
  chart: "BIỂU ĐỒ CHỈ SỐ CỦA CÁC ĐƠN VỊ",
  areaSummary: "TỔNG HỢP THEO LĨNH VỰC",
  crossTab: "ĐIỂM, CHỈ SỐ VÀ THỨ HẠNG CỦA TỪNG ĐƠN VỊ THEO LĨNH VỰC",
} as const;

export const CHART_TITLES = {
  unitsByPercent: "Chỉ số cải cách hành chính của các đơn vị (%)",
  areas: "Chỉ số theo lĩnh vực: trung bình, cao nhất, thấp nhất (%)",
} as const;

export const AREA_CHART_COLORS = { mean: "#70AD47", highest: "#2F75B5", lowest: "#C0392B" } as const;

export const EXCLUDED_HEADERS = { index: "STT", unit: "Đơn vị", reason: "Lý do", file: "Tệp", notes: "Ghi chú" } as const;

export const AREA_SUMMARY_HEADERS = ["Mã", "Lĩnh vực", "Điểm tối đa", "Chỉ số trung bình (%)", "Cao nhất (%)", "Thấp nhất (%)"] as const;

export const CROSS_TAB_SUBHEADERS = ["Điểm", "%", "Hạng"] as const;
export const CROSS_TAB_TOTAL = "Tổng";
