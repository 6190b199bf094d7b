// Vietnamese labels of the task pane: the reference catalogue whose shape every other language must match.
import type { HostFeature, ProgressStep } from "../../excel/host/workbookOperations";
import { methodLabel } from "../../domain/scoring/methodParts";
import type { ScoringMethod } from "../../domain/template/schema";

/** "điểm thẩm định" → "Điểm thẩm định": the core's labels begin mid-sentence. */
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);

export const vi = {
  decimalSeparator: "," as "," | ".",
  appTitle: "Chỉ số CCHC",
  appSubtitle: "Chấm điểm Chỉ số cải cách hành chính (PAR INDEX)",
  refreshState: "Đọc lại sổ làm việc",
  readingWorkbook: "Đang đọc sổ làm việc…",
  noScoreSheet: "Chưa có trang chấm điểm nào trong sổ làm việc này.",
  currentSheet: (sheet: string) => `Trang chấm điểm: ${sheet}`,
  sheetDetails: (unit: string | undefined, year: number | undefined) =>
    [unit, year === undefined ? undefined : `năm ${year}`].filter(Boolean).join(", "),
  sheetPickerLabel: "Trang chấm điểm đang dùng",

  stepsLabel: "Các bước",
  steps: {
    template: "Bộ tiêu chí",
    scores: "Nhập điểm",
    check: "Kiểm tra",
    totals: "Tổng hợp",
    plan: "Kế hoạch",
    ranking: "Tổng hợp đơn vị",
    assignment: "Phân công",
    appraisal: "Thẩm định",
  },
  stepHeadings: {
    template: "Bước 1. Chọn bộ tiêu chí",
    scores: "Bước 2. Nhập điểm",
    check: "Bước 3. Kiểm tra điểm",
    totals: "Bước 4. Tổng hợp điểm",
    plan: "Bước 5. Kế hoạch khắc phục",
    ranking: "Bước 6. Tổng hợp nhiều đơn vị",
    assignment: "Bước 7. Phân công, gửi và gộp điểm",
    appraisal: "Bước 8. Thẩm định",
  },

  progress: {
    reading: "Đang đọc dữ liệu từ Excel…",
    checking: "Đang kiểm tra điểm…",
    writing: "Đang ghi vào Excel…",
    done: "Đã xong.",
  } satisfies Record<ProgressStep, string>,
  working: "Đang xử lý…",
  errorTitle: "Không thực hiện được",
  unexpectedError: (detail: string) => `Đã xảy ra lỗi không mong muốn. Chi tiết: ${detail}`,
  dismiss: "Đóng",
  renderFailed: "Ngăn tác vụ gặp lỗi và không hiển thị được. Hãy đóng rồi mở lại phần bổ trợ.",

  unitLabel: "Tên đơn vị",
  unitHint: "Ví dụ: Văn phòng UBND tỉnh Sơn La",
  yearLabel: "Năm đánh giá",
  yearInvalid: "Năm phải là số nguyên từ 1990 đến 2100.",
  sourceLabel: "Lấy bộ tiêu chí từ",
  sourceBundled: "Mẫu có sẵn",
  sourcePaste: "Dán bộ tiêu chí (JSON)",
  sourceSelection: "Vùng đang chọn trong Excel",
  bundledLabel: "Mẫu bộ tiêu chí",
  templateSource: "Nguồn",
  templateMaxTotal: "Tổng điểm tối đa",
  templateDescription: "Mô tả",
  templateAreaCount: "Số lĩnh vực",
  loadTemplate: "Tạo trang chấm điểm",
  templateLoaded: (sheet: string, rows: number) => `Đã tạo trang «${sheet}» (${rows} dòng). Hãy nhập điểm.`,
  assignmentsLeftOut: (owner: string, unit: string) =>
    `Cột Đơn vị chủ trì, phối hợp để trống: phân công trong bộ tiêu chí là của ${owner}, không phải của ${unit}.`,
  pasteLabel: "Nội dung JSON của bộ tiêu chí",
  pasteHint: "Dán bộ tiêu chí đã xuất hoặc đã chỉnh sửa, rồi bấm «Đọc bộ tiêu chí».",
  readJson: "Đọc bộ tiêu chí",
  pasteEmpty: "Hãy dán nội dung JSON trước.",
  pasteInvalid: "Bộ tiêu chí có lỗi, chưa dùng được:",
  pasteRead: (name: string) => `Đã đọc bộ tiêu chí «${name}».`,
  warningsTitle: "Lưu ý",
  selectionHelp:
    "Chọn trong Excel bảng bộ tiêu chí (các cột Mã, Tên tiêu chí, Điểm tối đa; có thể thêm Phương pháp, Đơn vị chủ trì, Đơn vị phối hợp), rồi bấm nút dưới đây.",
  importSelection: "Dùng vùng đang chọn làm bộ tiêu chí",
  selectionFailed: (address: string) => `Không đọc được bộ tiêu chí từ vùng ${address}:`,
  selectionImported: (sheet: string, name: string) => `Đã tạo trang «${sheet}» từ bộ tiêu chí «${name}». Hãy nhập điểm.`,

  scoresIntro: (sheet: string) => `Nhập điểm ngay trên trang «${sheet}»:`,
  scoresSelf: "Cột F: điểm tự đánh giá.",
  scoresAppraised: "Cột G: điểm thẩm định (khi có).",
  scoresNotApplicable: "Cột D: gõ x nếu tiêu chí không áp dụng với đơn vị.",
  scoresDecimals: "Điểm có tối đa 2 chữ số thập phân, ví dụ 3,61.",
  scoresFormulas: "Điểm đạt, điểm bị trừ và tỷ lệ được tính tự động; không sửa các cột công thức.",
  goToFirstScore: "Đến ô nhập điểm đầu tiên",
  goingToCell: (cell: string) => `Đang chuyển đến ô ${cell}…`,

  checkIntro: "Tìm điểm không phải là số, vượt điểm tối đa, quá 2 chữ số thập phân, thiếu điểm hoặc công thức bị sửa.",
  checkScores: "Kiểm tra điểm",
  checkAgain: "Kiểm tra lại",
  issueCounts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  checkPassed: "Không có lỗi: có thể xem tổng hợp điểm.",
  checkFailed: "Hãy sửa các lỗi rồi kiểm tra lại. Bấm vào từng dòng để đến ô có lỗi.",
  checkDone: (errors: number, warnings: number) => `Đã kiểm tra: ${errors} lỗi, ${warnings} cảnh báo.`,
  issuesLabel: "Lỗi và cảnh báo",
  severity: { error: "Lỗi", warning: "Cảnh báo" },
  convertedCells: (count: number) => `Đã chuyển ${count} ô điểm dạng chữ thành số để công thức tính được:`,
  convertedCellsLabel: "Ô đã chuyển thành số",
  viewTotals: "Xem tổng hợp điểm",

  totalsNeedCheck: "Hãy kiểm tra điểm trước để xem tổng hợp.",
  totalsCaption: (sheet: string) => `Điểm theo lĩnh vực, trang «${sheet}»`,
  columns: { area: "Lĩnh vực", max: "Tối đa", score: "Đạt", lost: "Bị trừ", percent: "Tỷ lệ" },
  grandTotal: "Tổng cộng",
  bonus: "Điểm thưởng",
  penalty: "Điểm trừ",
  chartLabel: "Biểu đồ tỷ lệ điểm đạt theo lĩnh vực",
  barLabel: (code: string, name: string, score: string, max: string, percent: string) =>
    `Lĩnh vực ${code}. ${name}: đạt ${score}/${max} điểm (${percent})`,
  notApplicable: "không áp dụng",
  goToPlan: "Lập kế hoạch khắc phục",
  byMethod: {
    caption: "Điểm theo phương pháp chấm",
    method: "Phương pháp",
    label: (method: ScoringMethod, appraised: boolean) => capitalize(methodLabel(method, appraised)),
  },

  planIntro:
    "Kế hoạch liệt kê các tiêu chí bị trừ điểm theo từng lĩnh vực. Khi lập lại, nội dung đã nhập trong trang kế hoạch được giữ nguyên.",
  leadUnitLabel: "Đơn vị chủ trì mặc định",
  leadUnitHint: "Dùng cho các tiêu chí mà bộ tiêu chí chưa phân công đơn vị.",
  timeFrameLabel: "Thời gian thực hiện mặc định",
  buildPlan: "Lập kế hoạch khắc phục",
  rebuildPlan: "Lập lại kế hoạch khắc phục",
  planCreated: (sheet: string) => `Đã tạo trang «${sheet}».`,
  planRebuilt: (sheet: string) => `Đã cập nhật trang «${sheet}», giữ nguyên nội dung đã nhập.`,
  planSections: (count: number) => `${count} lĩnh vực có tồn tại, hạn chế.`,
  planKeptAside: (count: number) =>
    `${count} mục không còn bị trừ điểm nhưng có nội dung đã nhập, được giữ riêng ở cuối trang.`,
  planStaffRows: (count: number) => `${count} dòng cán bộ đã thêm không gắn mã mục, được giữ ở mục IV cuối trang.`,
  planLost: (points: string) => `Tổng điểm bị trừ: ${points}.`,
  planNoShortcomings: "Không lĩnh vực nào bị trừ điểm.",
  goToCell: (sheet: string, cell: string) => `Đến ô ${cell} trên trang ${sheet}`,

  planDocument: {
    heading: "Văn bản kế hoạch",
    intro:
      "Văn bản kế hoạch khắc phục để trình ký, theo mẫu của Nghị định 30/2020/NĐ-CP: điểm lấy từ trang chấm điểm, nhiệm vụ, giải pháp, đơn vị, thời gian từ trang kế hoạch; số, ngày, người ký, nơi nhận… từ trang «Thông tin văn bản».",
    download: "Tải văn bản kế hoạch (.docx)",
    preparing: "Đang tạo văn bản kế hoạch…",
    made: (file: string) => `Đã tạo văn bản «${file}».`,
    notMade: (errors: number) => `Chưa tạo văn bản: trang chấm điểm còn ${errors} lỗi.`,
    fieldsCreated: (sheet: string) => `Đã thêm trang «${sheet}»: nhập số, ngày, người ký, nơi nhận… của văn bản ở đó.`,
    scoreErrors: (count: number) => `Trang chấm điểm còn ${count} lỗi nên chưa tạo văn bản. Hãy sửa rồi tải lại:`,
    sources: (plan: string | null, fields: string | null) =>
      [
        plan ? `Nhiệm vụ, giải pháp lấy từ trang «${plan}»` : "Sổ chưa có trang kế hoạch: văn bản chưa có nhiệm vụ, giải pháp",
        fields ? `số, ngày, người ký… từ trang «${fields}».` : "số, ngày, người ký… là nội dung mặc định (lập kế hoạch để có trang «Thông tin văn bản»).",
      ].join("; "),
    gaps: (count: number) => `Văn bản còn ${count} chỗ để «…» hoặc nội dung không đọc được; bấm vào từng dòng để đến ô cần điền, rồi tải lại.`,
    gapsLabel: "Chỗ cần điền trong văn bản",
    saved: {
      web: (file: string, size: string) =>
        `Đã tải «${file}» (${size}) về máy: tệp nằm trong thư mục Tải xuống (Downloads) của trình duyệt, hoặc nơi trình duyệt hỏi lưu.`,
      windows: (file: string, size: string) =>
        `Đã lưu «${file}» (${size}) vào thư mục Tải xuống (Downloads). Thanh tải xuống hiện ngay trong ngăn tác vụ này: bấm vào tên tệp để mở bằng Word.`,
      other: (file: string, size: string) => `Đã tải «${file}» (${size}) về thư mục Tải xuống (Downloads) của trình duyệt.`,
    },
    openedInBrowser: (file: string, size: string) =>
      `Đã mở trình duyệt để tải «${file}» (${size}): chuyển sang cửa sổ trình duyệt, tệp được lưu vào thư mục Tải xuống (Downloads); nếu chưa thấy, bấm «Tải văn bản» trên trang đó.`,
    unavailable:
      "Excel trên máy này không cho ngăn tác vụ lưu tệp và không mở được trình duyệt (cần OpenBrowserWindowApi 1.1). Hãy mở sổ làm việc bằng Excel trên web để tải văn bản, hoặc dùng lệnh par-index document.",
    tooLarge: (size: string, limit: string) =>
      `Văn bản (${size}) lớn hơn mức ${limit} có thể chuyển sang trình duyệt trên máy này. Hãy mở sổ làm việc bằng Excel trên web để tải, hoặc dùng lệnh par-index document.`,
    size: (kilobytes: string) => `${kilobytes} KB`,
  },

  skippedFeatures: (list: string) => `Excel này chưa hỗ trợ hoặc không nhận ${list}; trang vẫn dùng được bình thường.`,
  features: {
    dataValidation: "kiểm tra dữ liệu nhập vào ô điểm",
    pageLayout: "khổ in A4 ngang",
    fitToWidth: "in vừa một trang theo chiều ngang",
    freezePanes: "cố định dòng tiêu đề",
    chartNumberFormat: "định dạng số trên biểu đồ",
    columnWidths: "độ rộng các cột thẩm định mới thêm",
  } satisfies Record<HostFeature, string>,
};
