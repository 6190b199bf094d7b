// Vietnamese text for every issue code: what staff read in the task pane, the CLI and the sheets.
import type { IssueCode, IssueOf, ScoreColumn } from "../issues";
import { formatNumber, formatPoints } from "../points";

type Catalogue = { [C in IssueCode]: (issue: IssueOf<C>) => string };

const p = (h: number) => formatPoints(h);
const n = (v: number) => formatNumber(v);

const COLUMN: Record<ScoreColumn, string> = {
  self: "điểm tự đánh giá",
  appraised: "điểm thẩm định",
  adjustment: "điểm",
};

export const messagesVi: Catalogue = {
  template_schema: (i) =>
    i.field ? `Bộ tiêu chí không đúng cấu trúc ở trường «${i.field}»: ${i.detail}` : `Bộ tiêu chí không đọc được: ${i.detail}`,
  template_empty: () => "Bộ tiêu chí chưa có lĩnh vực nào.",
  template_too_nested: (i) =>
    `Bộ tiêu chí lồng nhau quá sâu (hơn ${i.limit} cấp ngoặc): cây tiêu chí chỉ có tối đa 3 cấp (lĩnh vực > tiêu chí > tiêu chí thành phần).`,
  invalid_code: (i) => `Mã «${i.itemCode}» không hợp lệ: mã phải có dạng 1, 1.2 hoặc 1.2.3.`,
  duplicate_code: (i) => `Mã ${i.itemCode} bị trùng.`,
  code_not_under_parent: (i) =>
    i.parentCode
      ? `Mã ${i.itemCode} không nằm dưới mã cha ${i.parentCode} (phải có dạng ${i.parentCode}.n).`
      : `Mã ${i.itemCode} là mã cấp dưới nhưng không có mục cha.`,
  too_deep: (i) => `Tiêu chí ${i.itemCode} sâu quá 3 cấp (lĩnh vực > tiêu chí > tiêu chí thành phần).`,
  max_not_positive: (i) => `Điểm tối đa của ${i.itemCode} phải lớn hơn 0 (đang là ${p(i.max)}).`,
  max_too_many_decimals: (i) => `Điểm tối đa của ${i.itemCode} có quá 2 chữ số thập phân (${String(i.max).replace(".", ",")}).`,
  children_sum_mismatch: (i) =>
    `Điểm tối đa của ${i.itemCode} là ${p(i.max)} nhưng tổng điểm tối đa các mục con là ${p(i.childrenSum)}.`,
  total_differs_from_scale: (i) => `Tổng điểm tối đa các lĩnh vực là ${p(i.total)}, khác thang điểm ${p(i.scale)}.`,
  import_empty: () => "Vùng được chọn không có dòng tiêu chí nào.",
  import_no_code_column: () => "Không tìm thấy cột mã tiêu chí (1, 1.1, 1.1.1 hoặc I, II…).",
  import_no_name_column: () => "Không tìm thấy cột tên tiêu chí.",
  import_no_max_column: () => "Không tìm thấy cột điểm tối đa.",
  import_bad_code: (i) => `Không hiểu mã «${i.text}».`,
  import_missing_name: (i) => `Tiêu chí ${i.itemCode} chưa có tên.`,
  import_bad_max: (i) => `Điểm tối đa «${i.text}» của ${i.itemCode} không phải là số.`,
  import_missing_max: (i) => `Tiêu chí ${i.itemCode} chưa có điểm tối đa.`,
  import_row_skipped: (i) => `Bỏ qua dòng «${i.text}» (không phải tiêu chí).`,
  import_unknown_method: (i) =>
    `Không hiểu phương pháp «${i.text}» của ${i.itemCode}; đã để trống (dùng «Tự đánh giá», «Điều tra xã hội học» hoặc «SIPAS»).`,
  import_bad_not_applicable: (i) =>
    `Cột «Không áp dụng được» của ${i.itemCode} chỉ nhận «x» hoặc để trống (đang là «${i.text}»); coi như không được đánh dấu không áp dụng.`,
  score_not_a_number: (i) => `${cap(COLUMN[i.column])} «${i.text}» của ${i.itemCode} không phải là số.`,
  score_negative: (i) => `${cap(COLUMN[i.column])} ${n(i.value)} của ${i.itemCode} không được âm.`,
  score_out_of_range: (i) => `${cap(COLUMN[i.column])} «${i.text}» của ${i.itemCode} quá lớn, không thể là điểm.`,
  score_too_many_decimals: (i) =>
    `${cap(COLUMN[i.column])} ${String(i.value).replace(".", ",")} của ${i.itemCode} có quá 2 chữ số thập phân.`,
  score_above_max: (i) =>
    `${cap(COLUMN[i.column])} ${p(i.value)} vượt điểm tối đa ${p(i.max)} của ${i.itemCode}.`,
  score_formula_error: (i) => `Ô ${COLUMN[i.column]} của ${i.itemCode} đang báo lỗi ${i.error}.`,
  score_formula_no_result: (i) =>
    `${cap(COLUMN[i.column])} của ${i.itemCode} là công thức «${i.formula}» chưa có kết quả lưu trong tệp (tệp được ghi bằng chương trình không tính công thức): mở tệp bằng Excel hoặc LibreOffice rồi lưu lại, hoặc nhập điểm dạng số.`,
  score_on_not_applicable: (i) => `${i.itemCode} được đánh dấu không áp dụng nhưng vẫn có ${COLUMN[i.column]}.`,
  score_missing: (i) => `${i.itemCode} chưa có điểm.`,
  score_is_text: (i) =>
    `${cap(COLUMN[i.column])} «${i.text}» của ${i.itemCode} đang ở dạng chữ: đã tính là ${p(i.value)}, nhưng công thức Excel bỏ qua ô chữ — hãy nhập lại dạng số.`,
  not_applicable_not_allowed: (i) => `${i.itemCode} không được phép đánh dấu không áp dụng.`,
  not_applicable_invalid: (i) => `Cột «Không áp dụng» của ${i.itemCode} chỉ nhận «x» (đang là «${i.text}»).`,
  item_row_missing: (i) => `Không tìm thấy dòng của ${i.itemCode} trong trang chấm điểm.`,
  item_row_unknown: (i) => `Dòng mã ${i.itemCode} không có trong bộ tiêu chí; bỏ qua.`,
  item_row_duplicate: (i) => `Mã ${i.itemCode} xuất hiện nhiều lần trong trang chấm điểm; chỉ dùng dòng đầu.`,
  formula_replaced: (i) => `Công thức của ${i.itemCode} đã bị sửa hoặc xoá; hãy tạo lại trang chấm điểm.`,
  cell_text_too_long: (i) =>
    `Nội dung dài ${i.length.toLocaleString("vi-VN")} ký tự, vượt giới hạn ${i.limit.toLocaleString("vi-VN")} ký tự của một ô Excel; hãy rút gọn hoặc chia ra nhiều ô.`,
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
