// Vietnamese labels of «Thẩm định» (the appraisal rounds: stage, holder, deadline, the next move
// and what blocks it, the move and the step back, the history, the items scored differently);
// the reference shape for appraisalEn.ts.
import type { Holder, StageId } from "../../domain/appraisal/stages";

export const appraisalVi = {
  intro:
    "Một tệp đi giữa đơn vị và Hội đồng thẩm định: đơn vị tự chấm và nộp; Hội đồng thẩm định lần 1 và ghi ý kiến; đơn vị giải trình; Hội đồng thẩm định lần 2 rồi chốt kết quả. Mỗi lần chuyển giai đoạn, trang chấm điểm chỉ mở các ô của bên nhận.",
  reading: "Đang đọc giai đoạn thẩm định…",
  read: "Đọc lại",
  stages: {
    self: "Đơn vị tự chấm",
    submitted: "Đã nộp",
    appraised: "Đã thẩm định lần 1",
    explained: "Đã giải trình",
    final: "Đã chốt",
  } satisfies Record<StageId, string>,
  holders: { unit: "Đơn vị", council: "Hội đồng thẩm định" } satisfies Record<Holder, string>,
  stageLine: (stage: string) => `Giai đoạn: ${stage}`,
  holderLine: (holder: string) => `Bên giữ tệp: ${holder}`,
  locked: "Kết quả đã chốt: không ai sửa được nữa.",
  deadlineLine: (date: string, days: number) =>
    `Hạn: ${date} (${days > 0 ? `còn ${days} ngày` : days === 0 ? "hạn hôm nay" : `quá hạn ${-days} ngày`})`,
  totals: (self: string, round1: string, result: string) => `Tự đánh giá ${self} · sau thẩm định lần 1 ${round1} · kết quả ${result} điểm`,
  nextHeading: "Bước tiếp theo",
  next: (stage: string) => `Chuyển sang «${stage}»`,
  ready: "Đã sẵn sàng.",
  blocking: (count: number) => `Còn ${count} việc cần xử lý trước khi chuyển (bấm để đến ô):`,
  byLabel: "Người thực hiện",
  noteLabel: "Ghi chú hoặc lý do",
  deadlineLabel: "Hạn cho bên nhận",
  move: (stage: string) => `Chuyển sang «${stage}»`,
  moving: "Đang chuyển giai đoạn…",
  coAuthors:
    "Chuyển giai đoạn khoá lại trang chấm điểm (chỉ mở các ô của bên nhận): người khác đang cùng mở sổ này cũng sẽ không sửa được các ô đã khoá.",
  backHeading: "Mở lại giai đoạn trước",
  back: (stage: string) => `Mở lại về «${stage}»`,
  backHint: "Ví dụ: đơn vị rút lại hồ sơ đã nộp để sửa. Cần ghi lý do.",
  noteRequired: "Ghi lý do mở lại vào ô «Ghi chú hoặc lý do».",
  moved: (from: string, to: string) => `Đã chuyển từ «${from}» sang «${to}».`,
  refused: {
    wrong_move: "Không chuyển được:",
    not_ready: "Chưa chuyển được; chưa ghi gì. Cần xử lý (bấm để đến ô):",
    tampered: "Không chuyển: có ô đã bị sửa mà bên giữ tệp không được sửa; chưa ghi gì.",
    upgrade: "Trang theo mẫu cũ chưa thêm được các cột thẩm định; chưa ghi gì:",
  },
  changedCell: (cell: string, before: string, after: string) => `Ô ${cell}: «${before}» → «${after}»`,
  warnings: (count: number) => `${count} cảnh báo (không chặn việc nộp):`,
  historyHeading: "Lịch sử chấm điểm",
  noHistory: "Chưa chuyển giai đoạn lần nào.",
  historyEntry: (at: string, from: string, to: string, by: string, note: string) =>
    [`${at}: ${from} → ${to}`, by, note].filter(Boolean).join(" · "),
  differencesHeading: "Các tiêu chí Hội đồng chấm khác đơn vị",
  noDifferences: "Chưa có tiêu chí nào có điểm thẩm định khác điểm tự đánh giá.",
  difference: (code: string, self: string, round1: string, round2: string | null) =>
    `${code}: tự đánh giá ${self}, thẩm định ${round1}${round2 === null ? "" : `, lần 2 ${round2}`}`,
  councilNote: (text: string) => `Ý kiến thẩm định: ${text}`,
  reply: (text: string) => `Giải trình: ${text}`,
  councilNote2: (text: string) => `Ý kiến lần 2: ${text}`,
  noticeHeading: "Thông báo kết quả thẩm định",
  noticeIntro:
    "Văn bản Hội đồng gửi đơn vị (.docx, theo mẫu Nghị định 30/2020/NĐ-CP): tổng điểm tự đánh giá, lần 1 và kết quả, cùng bảng các tiêu chí Hội đồng chấm khác đơn vị với ý kiến và giải trình đến giai đoạn hiện tại. Cơ quan, địa danh, ngày lấy từ trang «Thông tin văn bản» của đơn vị.",
  noticeDownload: "Tải thông báo kết quả thẩm định (.docx)",
  noticePreparing: "Đang tạo thông báo kết quả thẩm định…",
  noticeMade: (file: string, rows: number) => `Đã tạo «${file}»: ${rows} tiêu chí có điểm thẩm định khác điểm tự đánh giá.`,
  noticeNotYet: (stage: string) => `Trang đang ở giai đoạn «${stage}»: chưa có kết quả thẩm định để thông báo.`,
  noticeFields: (sheet: string | null) =>
    sheet ? `Cơ quan, địa danh, ngày lấy từ trang «${sheet}».` : "Sổ chưa có trang «Thông tin văn bản»: cơ quan, địa danh, ngày là nội dung mặc định.",
  noticeGaps: (count: number) => `Còn ${count} nội dung trên trang thông tin văn bản không đọc được; bấm để đến ô:`,
};
