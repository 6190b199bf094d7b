// Vietnamese labels of «Tổng hợp nhiều đơn vị» (the ranking step) and of picking other workbooks;
// the reference shape for rankingEn.ts.
import type { ExclusionReason } from "../../domain/ranking/rankUnits";
import { formatRankChange, type RankMove } from "../../domain/ranking/rankChange";
import type { WorkbookBytesProblem } from "../files/workbookBytes";

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;

export const rankingVi = {
  intro:
    "Tổng hợp, so sánh và xếp hạng các đơn vị: chọn các tệp chấm điểm (.xlsx) của đơn vị và/hoặc dùng các trang chấm điểm có trong sổ này. Kết quả ghi vào hai trang «Xếp hạng …» và «Theo lĩnh vực …» kèm biểu đồ; lập lại vẫn giữ các ghi chú đã nhập, theo đơn vị.",
  pickFiles: "Chọn tệp của các đơn vị…",
  pickFilesLabel: "Tệp chấm điểm của các đơn vị (.xlsx)",
  filesLabel: "Tệp đã chọn",
  fileCount: (count: number) => `Đã chọn ${count} tệp.`,
  clearFiles: "Bỏ chọn tất cả",
  removeFile: (name: string) => `Bỏ tệp ${name}`,
  duplicatesSkipped: (names: string) => `Đã có trong danh sách, không thêm lại: ${names}.`,
  overLimit: (count: number, max: number) => `Mỗi lần tổng hợp tối đa ${max} tệp: ${count} tệp chưa được thêm.`,
  fileState: {
    waiting: "chờ đọc",
    reading: "đang đọc…",
    read: (sheets: number) => (sheets === 1 ? "đã đọc" : `đã đọc ${sheets} trang chấm điểm`),
    unusable: "không dùng được",
  },
  fileProblem: {
    tooLarge: (bytes: number, max: number) => `Tệp quá lớn (${mb(bytes)}; ngăn tác vụ đọc tệp đến ${mb(max)}). Hãy dùng công cụ dòng lệnh par-index rank.`,
    damaged: "Tệp bị hỏng hoặc chưa tải về hết; hãy chép lại tệp từ đơn vị.",
    noSheets: "Sổ không có trang tính nào.",
    bytes: {
      empty: "Tệp rỗng.",
      encrypted: "Tệp có mật khẩu: hãy mở, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.",
      legacy_xls: "Tệp Excel 97–2003 (.xls): hãy mở và lưu thành .xlsx.",
      ods: "Tệp LibreOffice (.ods): hãy lưu thành .xlsx.",
      text: "Tệp văn bản (CSV…), không phải sổ Excel.",
      not_xlsx: "Không phải tệp Excel (.xlsx).",
    } satisfies Record<WorkbookBytesProblem, string>,
  },
  includeWorkbook: (count: number) => `Dùng cả ${count} trang chấm điểm có trong sổ này`,
  noWorkbookSheets: "Sổ này chưa có trang chấm điểm nào; chỉ tổng hợp các tệp đã chọn.",
  previousLabel: "So sánh với kết quả năm trước",
  previousNone: "Không so sánh",
  previousFile: "Tệp xếp hạng năm trước (.xlsx hoặc .json)",
  previousPaste: "Dán bảng (đơn vị, xếp hạng, chỉ số %)",
  pickPrevious: "Chọn tệp năm trước…",
  pickPreviousLabel: "Tệp xếp hạng năm trước",
  previousPicked: (name: string) => `Tệp năm trước: ${name}`,
  pasteLabel: "Bảng xếp hạng năm trước",
  pasteHint: "Dán từ Excel các cột Đơn vị, Xếp hạng, Chỉ số (%), có hoặc không có dòng tiêu đề.",
  previousRead: (count: number, year: number | null) => `Năm trước: đã đọc ${count} đơn vị${year === null ? "" : ` (năm ${year})`}.`,
  previousMissing: "Hãy chọn tệp hoặc dán bảng năm trước, hoặc chọn «Không so sánh».",
  groupsLabel: "Ngưỡng các nhóm (%)",
  groupsHint: "Từ cao xuống thấp, ví dụ 90, 80, 70: nhóm đầu từ 90 %, nhóm cuối dưới 70 %.",
  labelsLabel: "Tên các nhóm",
  labelsHint: "Ví dụ A, B, C, D hoặc Tốt, Khá, Trung bình, Yếu (nhiều hơn số ngưỡng một tên).",
  build: "Tổng hợp và xếp hạng",
  rebuild: "Lập lại bảng xếp hạng",
  nothingToRank: "Hãy chọn tệp của các đơn vị, hoặc dùng các trang chấm điểm trong sổ này.",
  readingFiles: "Đang đọc các tệp…",
  created: (sheet: string, areas: string, charts: number) => `Đã tạo trang «${sheet}» và «${areas}» (${charts} biểu đồ).`,
  rebuilt: (sheet: string, notes: number) => `Đã cập nhật trang «${sheet}», giữ ${notes} ghi chú theo đơn vị.`,
  rankedCaption: (count: number, year: number | null) => `${count} đơn vị được xếp hạng${year === null ? "" : ` năm ${year}`}`,
  columns: { rank: "Hạng", unit: "Đơn vị", percent: "Chỉ số", group: "Nhóm", change: "So năm trước", stage: "Giai đoạn" },
  finalOnly: "Chỉ xếp hạng đơn vị đã chốt kết quả thẩm định",
  finalOnlyHint: "Đơn vị chưa chốt được liệt kê riêng, chưa xếp hạng.",
  notFinal: (count: number) =>
    `${count} đơn vị được xếp hạng khi kết quả chưa chốt (đánh dấu *): thứ hạng có thể thay đổi sau thẩm định. Chọn «Chỉ xếp hạng đơn vị đã chốt kết quả thẩm định» để loại các đơn vị này.`,
  rankChange: (change: RankMove) => formatRankChange(change),
  excludedTitle: (count: number) => `${count} đơn vị chưa được xếp hạng`,
  reasons: {
    template_mismatch: "khác bộ tiêu chí",
    year_mismatch: "khác năm",
    duplicate_unit: "trùng đơn vị",
    has_errors: "còn lỗi điểm",
    no_applicable_max: "không có điểm tối đa áp dụng",
    not_final: "kết quả chưa chốt (thẩm định chưa xong)",
  } satisfies Record<ExclusionReason, string>,
  inThisWorkbook: "trong sổ này: bấm vào lỗi để đến ô",
  unusableTitle: (count: number) => `${count} tệp không đọc được, chưa đưa vào bảng xếp hạng:`,
  openSheet: (sheet: string) => `Mở trang «${sheet}»`,
};
