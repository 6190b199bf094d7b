// What staff read when Excel refuses an action: one sentence per kind of failure, in Vietnamese
// and English, saying what happened and what to do next. Unknown codes still show the code.
import type { Issue } from "../../domain/issues";
import { cellTextTooLongText } from "../../domain/messages/cellTextTooLong";
import type { Language } from "../../domain/messages/issueText";

export type HostErrorKind =
  // Refusals from Excel, recognised by OfficeExtension.Error.code
  | "cellEditMode"
  | "protected"
  | "itemMissing"
  | "payloadTooLarge"
  | "general"
  | "invalidArgument"
  | "apiMissing"
  | "conflict"
  | "network"
  | "invalidSelection"
  | "unavailable"
  | "formulaTooLong"
  | "unsupportedSheet"
  | "unknown"
  // Workbook states the add-in itself finds
  | "noScoreSheet"
  | "sheetMissing"
  | "sheetNotManaged"
  | "templateMissing"
  | "templateTooLarge"
  // A cell of the sheet to write holds more text than Excel keeps (CellTextTooLongError)
  | "cellTextTooLong"
  // Office did not open the browser it was asked to (Office.context.ui.openBrowserWindow)
  | "browserWindowFailed"
  // Nothing was picked to consolidate
  | "noUnitsToRank"
  // Phân công: no returned file picked to gather; a unit the assignment gives nothing to
  | "noReturnsToMerge"
  | "unitNotAssigned";

export interface HostErrorFacts {
  /** OfficeExtension.Error.code, when Excel raised the error. */
  code?: string;
  sheet?: string;
  /** Whether the add-in runs in Excel on the web, where each request is limited to 5 MB. */
  onWeb?: boolean;
  /** A template's number of items, and the most the add-in takes. */
  items?: number;
  maxItems?: number;
  /** The cells that are too long, as the core's issues (sheet, cell, length). */
  issues?: readonly Issue[];
  /** A unit (đơn vị) as staff named it. */
  unit?: string;
}

/** Cells named one by one in a message; the rest are counted. */
const LISTED_ISSUES = 5;

/**
 * Each overlong cell as «sheet», cell, then the issue's own sentence (cellTextTooLong.ts), taken without
 * the issue catalogues, so the pane's first download carries one language of them, not both.
 */
function issueList(issues: readonly Issue[] | undefined, language: Language): string {
  const all = issues ?? [];
  const listed = all.slice(0, LISTED_ISSUES).map((issue) => {
    const sheet = issue.sheet === undefined ? "" : language === "vi" ? `Trang «${issue.sheet}», ` : `Sheet "${issue.sheet}", `;
    const cell = issue.cell === undefined ? "" : language === "vi" ? `ô ${issue.cell}: ` : `cell ${issue.cell}: `;
    return `${sheet}${cell}${overlongText(issue, language)}`;
  });
  const rest = all.length - listed.length;
  if (rest > 0) listed.push(language === "vi" ? `… và ${rest} ô khác.` : `… and ${rest} more ${rest === 1 ? "cell" : "cells"}.`);
  return listed.join(" ");
}

function overlongText(issue: Issue, language: Language): string {
  if (issue.code !== "cell_text_too_long") return language === "vi" ? "Nội dung quá dài." : "The text is too long.";
  return cellTextTooLongText(issue, language);
}

/** 20000 → "20.000" (vi) / "20,000" (en). */
function count(n: number | undefined, language: "vi" | "en"): string {
  return (n ?? 0).toLocaleString(language === "vi" ? "vi-VN" : "en-US");
}

type Catalogue = Record<HostErrorKind, (facts: HostErrorFacts) => string>;

const vi: Catalogue = {
  cellEditMode: () => "Hãy thoát khỏi chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.",
  protected: () =>
    "Trang tính hoặc sổ làm việc đang được bảo vệ (hoặc bạn chỉ có quyền xem) nên không ghi được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
  itemMissing: () =>
    "Không tìm thấy trang tính hoặc vùng ô cần dùng: có thể nó vừa bị xoá hoặc đổi tên. Hãy kiểm tra lại rồi thử lại.",
  payloadTooLarge: (f) =>
    `Dữ liệu gửi tới Excel vượt giới hạn của một lần gửi${f.onWeb ? " (Excel trên web: 5 MB)" : ""}. Hãy thử lại; nếu vẫn lỗi, hãy dùng Excel trên máy tính hoặc chia nhỏ bộ tiêu chí.`,
  general: () =>
    "Excel gặp lỗi chung khi thực hiện thao tác. Hãy lưu sổ làm việc rồi thử lại; nếu vẫn lỗi, đóng và mở lại sổ.",
  invalidArgument: (f) =>
    `Excel không nhận một giá trị mà add-in gửi tới. Đây là lỗi của add-in: hãy báo bộ phận hỗ trợ kèm mã lỗi ${f.code ?? "InvalidArgument"}.`,
  apiMissing: () =>
    "Phiên bản Excel này chưa hỗ trợ chức năng add-in cần dùng. Hãy cập nhật Microsoft 365 hoặc dùng Excel trên web.",
  conflict: (f) =>
    f.code === "ItemAlreadyExists"
      ? "Đã có trang tính trùng tên (có thể vừa được tạo cùng lúc). Hãy thử lại."
      : "Sổ làm việc vừa bị thay đổi cùng lúc (có thể bởi người khác đang mở chung). Hãy thử lại.",
  network: () => "Mất kết nối với Excel hoặc Excel phản hồi quá lâu. Hãy kiểm tra mạng rồi thử lại.",
  invalidSelection: () => "Hãy chọn một vùng ô (không phải biểu đồ, hình hay nhiều vùng rời nhau) rồi thử lại.",
  unavailable: () => "Excel đang quá tải hoặc thiếu bộ nhớ nên chưa làm được thao tác này. Hãy đợi một lát, lưu sổ làm việc rồi thử lại.",
  formulaTooLong: () =>
    "Excel không nhận một công thức vì quá dài. Đây là lỗi của add-in: hãy báo bộ phận hỗ trợ kèm mã lỗi FormulaLengthExceedsLimit.",
  unsupportedSheet: () => "Trang đang chọn là trang biểu đồ hoặc trang macro, add-in không làm việc được trên đó. Hãy chọn một trang tính thường rồi thử lại.",
  unknown: (f) =>
    `Excel báo lỗi (mã ${f.code ?? "không rõ"}). Hãy thử lại; nếu vẫn lỗi, hãy báo bộ phận hỗ trợ kèm mã lỗi này.`,
  noScoreSheet: () => "Sổ làm việc chưa có trang chấm điểm nào do add-in tạo. Hãy tạo trang chấm điểm từ một bộ tiêu chí trước.",
  sheetMissing: (f) => `Không tìm thấy trang tính «${f.sheet ?? ""}»: có thể nó vừa bị xoá hoặc đổi tên.`,
  sheetNotManaged: (f) =>
    `Trang «${f.sheet ?? ""}» không phải trang chấm điểm do add-in tạo. Hãy chọn một trang chấm điểm.`,
  templateMissing: (f) =>
    `Không đọc được bộ tiêu chí của trang «${f.sheet ?? ""}» (dữ liệu ẩn của add-in bị thiếu hoặc hỏng). Hãy tạo lại trang chấm điểm.`,
  templateTooLarge: (f) =>
    `Bộ tiêu chí có ${count(f.items, "vi")} mục, quá ${count(f.maxItems, "vi")} mục mà add-in xử lý được; sổ làm việc chưa bị thay đổi. Hãy chia nhỏ bộ tiêu chí hoặc dùng công cụ dòng lệnh par-index.`,
  cellTextTooLong: (f) =>
    `Có ô dài hơn mức Excel giữ được trong một ô nên chưa ghi gì; sổ làm việc chưa bị thay đổi. ${issueList(f.issues, "vi")}`,
  browserWindowFailed: () =>
    "Excel không mở được trình duyệt để tải tệp. Hãy thử lại; nếu vẫn không được, hãy mở sổ làm việc bằng Excel trên web để tải văn bản.",
  noUnitsToRank: () =>
    "Chưa có đơn vị nào để tổng hợp: hãy chọn tệp chấm điểm của các đơn vị, hoặc dùng các trang chấm điểm có trong sổ này. Sổ làm việc chưa bị thay đổi.",
  noReturnsToMerge: () => "Chưa chọn tệp nào của các đơn vị gửi về để gộp. Sổ làm việc chưa bị thay đổi.",
  unitNotAssigned: (f) =>
    `Không có mục nào được phân công cho «${f.unit ?? ""}» ở trang «${f.sheet ?? ""}» (cột «Đơn vị chủ trì»). Hãy chọn một đơn vị trong danh sách.`,
};

const en: Catalogue = {
  cellEditMode: () => "Leave cell editing (press Enter or Esc), then try again.",
  protected: () =>
    "The sheet or workbook is protected (or you can only view it), so nothing can be written. Unprotect it (Review › Unprotect Sheet) and try again.",
  itemMissing: () => "A sheet or range the add-in needs was not found: it may have just been deleted or renamed. Check and try again.",
  payloadTooLarge: (f) =>
    `The data sent to Excel exceeds the size of one request${f.onWeb ? " (Excel on the web: 5 MB)" : ""}. Try again; if it persists, use desktop Excel or split the framework.`,
  general: () => "Excel hit a general error. Save the workbook and try again; if it persists, close and reopen it.",
  invalidArgument: (f) => `Excel rejected a value the add-in sent. This is an add-in bug: report it with the code ${f.code ?? "InvalidArgument"}.`,
  apiMissing: () => "This version of Excel lacks a feature the add-in needs. Update Microsoft 365 or use Excel on the web.",
  conflict: (f) =>
    f.code === "ItemAlreadyExists"
      ? "A sheet with that name already exists (it may have just been created). Try again."
      : "The workbook was changed at the same time (perhaps by someone co-authoring). Try again.",
  network: () => "The connection to Excel was lost or Excel took too long to answer. Check the network and try again.",
  invalidSelection: () => "Select a range of cells (not a chart, a shape or several separate ranges) and try again.",
  unavailable: () => "Excel is busy or short of memory and could not do this now. Wait a moment, save the workbook and try again.",
  formulaTooLong: () => "Excel rejected a formula as too long. This is an add-in bug: report it with the code FormulaLengthExceedsLimit.",
  unsupportedSheet: () => "The current sheet is a chart or macro sheet, which the add-in cannot work on. Select an ordinary worksheet and try again.",
  unknown: (f) => `Excel reported an error (code ${f.code ?? "unknown"}). Try again; if it persists, report this code.`,
  noScoreSheet: () => "The workbook has no scoring sheet made by the add-in yet. Create one from a criteria framework first.",
  sheetMissing: (f) => `Sheet "${f.sheet ?? ""}" was not found: it may have just been deleted or renamed.`,
  sheetNotManaged: (f) => `Sheet "${f.sheet ?? ""}" is not a scoring sheet made by the add-in. Pick a scoring sheet.`,
  templateMissing: (f) =>
    `The criteria of sheet "${f.sheet ?? ""}" cannot be read (the add-in's hidden data is missing or damaged). Create the scoring sheet again.`,
  templateTooLarge: (f) =>
    `The framework has ${count(f.items, "en")} items, more than the ${count(f.maxItems, "en")} the add-in handles; the workbook was not changed. Split the framework or use the par-index command line.`,
  cellTextTooLong: (f) => `A cell holds more text than Excel keeps in one cell, so nothing was written; the workbook was not changed. ${issueList(f.issues, "en")}`,
  browserWindowFailed: () => "Excel could not open the browser to save the file. Try again; if it persists, open the workbook in Excel on the web to save the document.",
  noUnitsToRank: () =>
    "There are no units to consolidate: pick the units' scoring files, or use the scoring sheets in this workbook. The workbook was not changed.",
  noReturnsToMerge: () => "No returned unit file was picked to gather. The workbook was not changed.",
  unitNotAssigned: (f) => `No item of sheet "${f.sheet ?? ""}" is assigned to "${f.unit ?? ""}" (column "Đơn vị chủ trì"). Pick a unit from the list.`,
};

export function describeHostError(kind: HostErrorKind, facts: HostErrorFacts, language: Language): string {
  return (language === "vi" ? vi : en)[kind](facts);
}
