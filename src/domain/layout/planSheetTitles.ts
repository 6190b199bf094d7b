// The lines the plan sheet writes in its own words, shared by its layout and its reader (which
// must tell them from what staff typed).
export const SECTION_TITLES = {
  summary: "I. KẾT QUẢ ĐÁNH GIÁ",
  plan: "II. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC TỒN TẠI, HẠN CHẾ",
  keptAside: "III. NỘI DUNG ĐÃ NHẬP CHO CÁC MỤC KHÔNG CÒN BỊ TRỪ ĐIỂM (giữ lại để tham khảo)",
  staffRows: "IV. CÁC DÒNG CÁN BỘ ĐÃ THÊM VÀO TRANG (không gắn mã mục; giữ lại mỗi lần lập lại kế hoạch)",
} as const;

/** Summary rows under Tổng cộng giving the points of one scoring method. */
export const METHOD_ROW_PREFIX = "Trong đó: ";

export const NO_SHORTCOMINGS = "Không có lĩnh vực, tiêu chí nào bị trừ điểm.";
export const KEPT_ASIDE_SHORTCOMING = "Không còn bị trừ điểm";
