// Vietnamese text for every issue code: what staff read in the task pane, the CLI and the sheets.
import type { MergeField, ScoreColumn, StageName } from "../issues";
import { formatNumber, formatPoints } from "../points";
import { cellTextTooLongText } from "./cellTextTooLong";
import type { IssueCatalogue } from "./issueText";


const p = (h: number) => formatPoints(h);
const n = (v: number) => formatNumber(v);

const COLUMN: Record<ScoreColumn, string> = {
  self: "điểm tự đánh giá",
  appraised: "điểm thẩm định",
  round2: "điểm thẩm định lần 2",
  adjustment: "điểm",
};

const FIELD: Record<MergeField, string> = {
  self: "điểm tự đánh giá",
  evidence: "tài liệu kiểm chứng",
  explanation: "giải trình",
};

const FIELD_EXPECTED_VI = {
  integer: "một số nguyên dương",
  rank: "một thứ hạng: số nguyên dương, hoặc thứ hạng/số đơn vị (ví dụ 6 hoặc 6/20)",
  date: "ngày/tháng/năm (ví dụ 15/3/2022 hoặc …/…/2022)",
  rankChange: "«tăng 4», «giảm 2», «giữ nguyên» hoặc «mới»",
} as const;

const STAGE_VI: Record<StageName, string> = {
  self: "Đơn vị tự chấm",
  submitted: "Đã nộp",
  appraised: "Đã thẩm định lần 1",
  explained: "Đã giải trình",
  final: "Đã chốt",
};
const st = (stage: StageName) => `«${STAGE_VI[stage]}»`;
const shown = (text: string) => (text === "" ? "(trống)" : `«${text}»`);

export const messagesVi: IssueCatalogue = {
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
  evidence_missing: (i) => `${i.itemCode} đã tự chấm điểm nhưng chưa có tài liệu kiểm chứng hoặc giải trình.`,
  self_score_on_survey: (i) =>
    `${i.itemCode} được chấm bằng ${i.method === "sipas" ? "Chỉ số SIPAS" : "điều tra xã hội học"}, không tự chấm: điểm lấy theo kết quả điều tra được công bố (nhập ở cột điểm thẩm định); điểm tự chấm ở đây không được tính.`,
  item_unassigned: (i) => `${i.itemCode} chưa được phân công cho đơn vị nào (cột «Đơn vị chủ trì» trống ở dòng này và các dòng trên nó).`,
  return_not_split: (i) => `Tệp «${i.file}» không phải tệp tách cho một đơn vị (tạo bằng «Tạo tệp cho từng đơn vị» hoặc par-index split); không gộp.`,
  return_other_template: (i) =>
    `Tệp «${i.file}» được tách từ bộ tiêu chí khác («${i.templateName}»), không phải «${i.masterTemplateName}» của sổ tổng hợp; không gộp.`,
  return_other_master: (i) => `Tệp «${i.file}» được tách từ một sổ tổng hợp khác (cùng bộ tiêu chí nhưng khác sổ); không gộp.`,
  return_newer_layout: (i) => `Tệp «${i.file}» có cột «Giải trình» mà trang tổng hợp (mẫu cũ) không có; không gộp.`,
  return_unit_unknown: (i) => `Tệp «${i.file}» của ${i.unit}, nhưng sổ tổng hợp hiện không giao mục nào cho đơn vị này; không gộp điểm nào của tệp.`,
  return_stale: (i) =>
    `Tệp «${i.file}» của ${i.unit} được tách lúc ${i.splitAt}, trước khi phân công thay đổi${i.added.length ? `; nay giao thêm: ${i.added.join(", ")}` : ""}${i.removed.length ? `; không còn giao: ${i.removed.join(", ")}` : ""}. Chỉ gộp các mục đang giao cho đơn vị.`,
  return_score_invalid: (i) => `Điểm tự đánh giá «${i.text}» của ${i.itemCode} trong tệp «${i.file}» không hợp lệ (không phải số, hoặc vượt điểm tối đa); không gộp.`,
  merge_conflict: (i) =>
    `${cap(FIELD[i.field])} của ${i.itemCode} khác nhau giữa các tệp ${i.files.map((f) => `«${f}»`).join(", ")}; giữ nguyên sổ tổng hợp ở mục này.`,
  merge_held_back: (i) =>
    `${cap(FIELD[i.field])} của ${i.itemCode} trong tệp ${i.files.map((f) => `«${f}»`).join(", ")} chưa được gộp vì ${i.disputed.map((f) => FIELD[f]).join(", ")} của mục này đang khác nhau giữa các tệp; thống nhất rồi gộp lại.`,
  score_outside_assignment: (i) =>
    `Tệp «${i.file}» (${i.unit}) có nội dung ở ${i.itemCode}, mục ${i.assignedTo.length ? `giao cho ${i.assignedTo.join(", ")}` : "không giao cho đơn vị nào"}; không gộp.`,
  item_row_missing: (i) => `Không tìm thấy dòng của ${i.itemCode} trong trang chấm điểm.`,
  item_row_unknown: (i) => `Dòng mã ${i.itemCode} không có trong bộ tiêu chí; bỏ qua.`,
  item_row_duplicate: (i) => `Mã ${i.itemCode} xuất hiện nhiều lần trong trang chấm điểm; chỉ dùng dòng đầu.`,
  formula_replaced: (i) => `Công thức của ${i.itemCode} đã bị sửa hoặc xoá; hãy tạo lại trang chấm điểm.`,
  document_field_invalid: (i) =>
    i.expected === "sameRankOf"
      ? `«${i.field}» xếp trên cùng số đơn vị với thứ hạng PAR INDEX${i.rankOf ? ` (${i.rankOf} đơn vị)` : ""} (đang là «${i.text}»); văn bản bỏ qua nội dung này.`
      : `«${i.field}» cần ${FIELD_EXPECTED_VI[i.expected]} (đang là «${i.text}»); văn bản bỏ qua nội dung này.`,
  document_remedy_missing: (i) =>
    `Lĩnh vực ${i.itemCode} (${i.name}) chưa có nhiệm vụ, giải pháp khắc phục trong trang kế hoạch; văn bản để dấu «…» ở chỗ này.`,
  document_signer_missing: () => "Chưa có chức vụ, họ tên người ký; văn bản để dấu «…» ở chỗ ký.",
  document_ranking_not_ranking: (i) => `Tệp «${i.file}» không phải bảng xếp hạng (tạo bằng par-index rank); --ranking cần bảng xếp hạng các đơn vị.`,
  document_ranking_year_mismatch: (i) =>
    `Bảng xếp hạng «${i.file}» là của năm ${i.years.join(", ")}, sổ chấm điểm là năm ${i.expectedYear}; hãy dùng bảng xếp hạng năm ${i.expectedYear}.`,
  document_ranking_template_mismatch: (i) =>
    i.templateName === i.expectedTemplateName
      ? `Bảng xếp hạng «${i.file}» so sánh các đơn vị chấm theo bộ tiêu chí «${i.templateName}» với điểm tối đa khác sổ chấm điểm này; thứ hạng trong đó không phải của sổ này.`
      : `Bảng xếp hạng «${i.file}» so sánh các đơn vị chấm theo bộ tiêu chí «${i.templateName}», sổ chấm điểm này theo «${i.expectedTemplateName}»; thứ hạng trong đó không phải của sổ này.`,
  document_ranking_unit_missing: (i) =>
    `Không có ${i.unit} trong bảng xếp hạng «${i.file}» (trang «${i.sheet}», ${i.ranked} đơn vị được xếp hạng); kiểm tra tên đơn vị trong sổ chấm điểm, hoặc ghi thứ hạng bằng --rank.`,
  document_ranking_total_differs: (i) =>
    `Trang «${i.rankingSheet}» của «${i.file}» ghi tổng điểm của ${i.unit} là ${p(i.rankingTotal)}, còn sổ chấm điểm này cho ${p(i.workbookTotal)}: thứ hạng có thể đã tính trên điểm cũ; hãy xếp hạng lại (par-index rank) nếu điểm đã đổi.`,
  document_ranking_unit_excluded: (i) =>
    `${i.unit} có trong bảng xếp hạng «${i.file}» (trang «${i.sheet}») nhưng chưa được xếp hạng: ${i.reason.replace(/\.$/, "")}.`,
  rank_no_score_sheet: (i) =>
    i.rankingWorkbook
      ? `Tệp «${i.file}» là bảng tổng hợp xếp hạng, không phải sổ chấm điểm của một đơn vị; bảng năm trước chỉ dùng để so sánh.`
      : `Tệp «${i.file}» không có trang chấm điểm nhận ra được (tạo bằng par-index new hoặc add-in).`,
  rank_template_mismatch: (i) => {
    const only = "chỉ so sánh các đơn vị cùng bộ tiêu chí, cùng điểm tối đa.";
    if (i.difference === "id") {
      return `Tệp «${i.file}» dùng bộ tiêu chí «${i.templateId}», khác bộ tiêu chí «${i.expectedTemplateId}» của các đơn vị khác (như «${i.expectedFile}»); ${only}`;
    }
    if (i.difference === "max") {
      return `Tệp «${i.file}» dùng bộ tiêu chí «${i.templateId}» nhưng điểm tối đa của ${i.itemCode} là ${p(i.max ?? 0)}, khác ${p(i.expectedMax ?? 0)} trong «${i.expectedFile}»; ${only}`;
    }
    return `Tệp «${i.file}» dùng bộ tiêu chí «${i.templateId}» nhưng mục ${i.itemCode} chỉ có ở một trong hai tệp «${i.file}», «${i.expectedFile}»; ${only}`;
  },
  rank_year_mismatch: (i) => `Sổ chấm điểm «${i.file}» của ${i.unit} là năm ${i.year}, khác năm ${i.expectedYear} của các đơn vị khác.`,
  rank_duplicate_unit: (i) =>
    `${i.unit} có nhiều sổ chấm điểm: «${i.file}» và ${i.otherFiles.map((f) => `«${f}»`).join(", ")}; giữ lại một tệp rồi tổng hợp lại.`,
  rank_has_errors: (i) => `${i.unit} («${i.file}») còn ${i.errors} lỗi về điểm; sửa xong mới được xếp hạng.`,
  rank_no_applicable_max: (i) => `${i.unit} («${i.file}») không còn tiêu chí nào áp dụng (điểm tối đa áp dụng bằng 0), không tính được chỉ số.`,
  rank_unit_from_file_name: (i) => `Tệp «${i.file}» không ghi tên đơn vị; dùng tên tệp «${i.unit}».`,
  rank_not_final: (i) => `${i.unit} (${i.file}): kết quả chưa chốt (đang ở giai đoạn ${st(i.stage)}); --final-only chỉ xếp hạng đơn vị đã chốt.`,
  rank_previous_unreadable: (i) => `Không đọc được bảng xếp hạng năm trước «${i.file}»: ${i.detail}`,
  rank_previous_no_table: (i) =>
    `Tệp «${i.file}» không có bảng xếp hạng năm trước nhận ra được (cần cột «Đơn vị» và cột «Xếp hạng», có thể thêm cột «Chỉ số (%)»).`,
  rank_previous_bad_rank: (i) => `Thứ hạng «${i.text}» của ${i.unit} trong bảng năm trước không phải số; bỏ qua đơn vị này.`,
  rank_previous_bad_percent: (i) => `Chỉ số «${i.text}» của ${i.unit} trong bảng năm trước không phải số; không so sánh chỉ số của đơn vị này.`,
  rank_previous_duplicate_unit: (i) => `${i.unit} có nhiều dòng trong bảng năm trước; dùng dòng đầu.`,
  rank_groups_invalid: (i) => {
    switch (i.problem) {
      case "empty":
        return "Chưa có ngưỡng xếp nhóm (ví dụ 90,80,70).";
      case "not_a_number":
        return `Ngưỡng xếp nhóm «${i.text}» không phải số.`;
      case "out_of_range":
        return `Ngưỡng xếp nhóm «${i.text}» phải lớn hơn 0 và không quá 100.`;
      case "not_descending":
        return `Các ngưỡng xếp nhóm phải giảm dần (ví dụ 90,80,70); «${i.text}» không nhỏ hơn ngưỡng đứng trước.`;
      case "too_many_decimals":
        return `Ngưỡng xếp nhóm «${i.text}» có quá 2 chữ số thập phân.`;
      default:
        return `Cần ${i.expected ?? 0} tên nhóm cho các ngưỡng đã cho (đang có «${i.text}»).`;
    }
  },
  stage_move_invalid: (i) =>
    `Không chuyển được từ ${st(i.from)} sang ${st(i.to)}: mỗi lần chỉ tiến hoặc lùi một giai đoạn. Từ đây có thể chuyển sang ${i.possible.map(st).join(" hoặc ")}.`,
  stage_note_required: (i) => `Mở lại từ ${st(i.from)} về ${st(i.to)} cần ghi lý do (--note).`,
  stage_appraisal_missing: (i) => `Mục ${i.itemCode} chưa có điểm thẩm định lần 1.`,
  stage_appraisal_note_missing: (i) =>
    `Mục ${i.itemCode}: điểm thẩm định ${p(i.appraised)} thấp hơn điểm tự đánh giá ${p(i.self)} nhưng chưa có ý kiến thẩm định (lý do trừ điểm).`,
  stage_round2_note_missing: (i) =>
    `Mục ${i.itemCode}: điểm thẩm định lần 2 ${p(i.round2)} khác lần 1${i.appraised === null ? " (chưa có)" : ` ${p(i.appraised)}`} nhưng chưa có ý kiến thẩm định lần 2.`,
  stage_locked_cell_changed: (i) =>
    `Mục ${i.itemCode}: ${i.column} đã bị sửa ${i.against === "earlier" ? "so với bản đã gửi" : "sau lần chuyển giai đoạn trước"} (${shown(i.before)} → ${shown(i.after)}), trong khi bên giữ tệp không được sửa ô này.`,
  stage_record_mismatch: (i) =>
    `Ghi nhận giai đoạn (${st(i.stage)}, ${n(i.moves)} lần chuyển) không khớp trang lịch sử (${i.historyStage === null ? "chưa có lần chuyển nào" : `${st(i.historyStage)}, ${n(i.historyMoves)} lần chuyển`}).`,
  stage_history_damaged: (i) => `Dòng ${i.row} của trang lịch sử không đọc được (đã bị sửa).`,
  stage_history_skip: (i) => `Dòng ${i.row} của trang lịch sử chuyển từ ${st(i.from)} sang ${st(i.to)}: không phải một bước liền kề.`,
  stage_history_rewritten: (i) => `Dòng ${i.row} của trang lịch sử khác bản đã gửi (bị xoá hoặc sửa).`,
  stage_earlier_newer: (i) =>
    `Bản đối chiếu (--against) đã qua ${n(i.earlierMoves)} lần chuyển giai đoạn, nhiều hơn tệp này (${n(i.moves)}): tệp này cũ hơn bản đã gửi.`,
  stage_upgrade_blocked: (i) =>
    i.reason === "text"
      ? `Trang theo mẫu cũ (bố cục ${n(i.version)}) cần thêm các cột thẩm định Q…T, nhưng ô này đã có nội dung: chuyển nội dung đi nơi khác rồi chạy lại.`
      : `Trang theo mẫu cũ (bố cục ${n(i.version)}) cần thêm các cột thẩm định, nhưng các dòng tiêu chí đã bị di chuyển nên không viết lại công thức tại chỗ được: tạo trang mới (par-index new) và chép điểm sang.`,
  cell_text_too_long: (i) => cellTextTooLongText(i, "vi"),
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
