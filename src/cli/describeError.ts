// Every failure that ends a command, as the one Vietnamese line the user reads (no stack trace).
// (Imports the error modules only, so a wrong call is answered without loading exceljs.)
import { TemplateNotFoundError } from "../domain/errors";
import { CellTextTooLongError, EXCEL_LIMITS } from "../domain/layout/excelLimits";
import {
  InputFileError,
  NoScoreSheetError,
  OutputExistsError,
  OutputFolderError,
  OutputIsInputError,
  OutputKindError,
  OutputWriteError,
  SheetNotFoundError,
  WorkbookReadError,
  WorkbookTooLargeError,
  type ReadFailure,
} from "../xlsx/errors";
import { describeLimit } from "./describeLimit";
import { UsageError } from "./usageError";

const OUTPUT_KIND_WORDS = { xlsx: "sổ tính Excel", json: "bộ tiêu chí JSON", docx: "tài liệu Word" } as const;

const SAVE_AS_XLSX = "mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dạng «Sổ làm việc Excel (.xlsx)» (File → Save As / Lưu thành)";

export function describeError(error: unknown): string {
  if (error instanceof UsageError) {
    return `${error.message} Xem: par-index ${error.command ? `${error.command} ` : ""}--help`;
  }
  if (error instanceof WorkbookReadError) return describeRead(error.path, error.reason, error.detail);
  if (error instanceof WorkbookTooLargeError) return describeLimit(error);
  if (error instanceof InputFileError) {
    const file = `«${error.path}»`;
    switch (error.reason) {
      case "not_found":
      case "is_directory":
      case "permission":
        // Said as for a workbook that cannot be opened: the same three ways a file is not there to read.
        return describeRead(error.path, error.reason, "");
      case "workbook":
        return `Tệp ${file} là sổ tính Excel, không phải bộ tiêu chí JSON. Tạo bộ tiêu chí từ bảng trong sổ tính bằng: par-index import ${error.path} --out bo-tieu-chi.json`;
      case "binary":
        return `Tệp ${file} không phải tệp văn bản JSON (có vẻ là tệp nhị phân). Cần tệp .json, ví dụ do lệnh par-index import tạo.`;
      case "not_utf8":
        return `Tệp ${file} không được lưu dạng UTF-8; hãy lưu lại bằng mã UTF-8 (Notepad: Save As → Encoding: UTF-8).`;
      case "too_large":
        return `Tệp ${file} quá lớn cho một bộ tiêu chí (${megabytes(Number(error.detail))}; tối đa 20 MB).`;
      default:
        return `Không đọc được tệp ${file}: ${oneLine(error.detail)}`;
    }
  }
  if (error instanceof OutputIsInputError) {
    return `Tệp kết quả «${error.path}» trùng với tệp đầu vào; hãy chọn tên khác (tệp đầu vào không bao giờ bị ghi đè, kể cả với --force).`;
  }
  if (error instanceof OutputKindError) {
    const kinds = error.expected;
    const endings = kinds.map((k) => `.${k}`).join(" hoặc ");
    // Each kind with what it holds: "đuôi .xlsx hoặc .docx: lệnh này ghi sổ tính Excel (.xlsx) hoặc tài liệu Word (.docx)".
    const words = kinds.length === 1 ? OUTPUT_KIND_WORDS[kinds[0]!] : kinds.map((k) => `${OUTPUT_KIND_WORDS[k]} (.${k})`).join(" hoặc ");
    return `Tệp kết quả «${error.path}» phải có đuôi ${endings}: lệnh này ghi ${words}.`;
  }
  if (error instanceof OutputExistsError) {
    return error.hint ?? `Tệp «${error.path}» đã có; chọn tên khác, hoặc thêm --force để ghi đè.`;
  }
  if (error instanceof OutputWriteError) {
    const file = `«${error.path}»`;
    switch (error.reason) {
      case "directory_missing":
        return `Không ghi được tệp ${file}: thư mục «${error.directory ?? "?"}» không tồn tại.`;
      case "not_a_directory":
        return `Không ghi được tệp ${file}: «${error.directory ?? "?"}» không phải thư mục.`;
      case "is_directory":
        return `Không ghi được: ${file} là một thư mục; hãy ghi rõ tên tệp, ví dụ ${joinName(error.path)}.`;
      case "permission":
        return `Không ghi được tệp ${file}: không có quyền ghi vào thư mục này (hoặc tệp đang mở ở chế độ chỉ đọc).`;
      case "no_space":
        return `Không ghi được tệp ${file}: ổ đĩa đã đầy.`;
      case "name_too_long":
        return `Không ghi được tệp ${file}: tên tệp quá dài; hãy chọn tên ngắn hơn.`;
      default:
        return `Không ghi được tệp ${file}: ${oneLine(error.detail)}`;
    }
  }
  if (error instanceof OutputFolderError) {
    const folder = `«${error.path}»`;
    switch (error.reason) {
      case "not_a_directory":
        return `${folder} đã có và là một tệp, không phải thư mục; hãy chọn một thư mục để ghi các tệp.`;
      case "parent_missing":
        return `Không tạo được thư mục ${folder}: thư mục «${error.parent ?? "?"}» không tồn tại.`;
      case "permission":
        return `Không tạo được thư mục ${folder}: không có quyền ghi vào thư mục chứa nó.`;
      default:
        return `Không tạo được thư mục ${folder}: ${oneLine(error.detail)}`;
    }
  }
  if (error instanceof NoScoreSheetError) {
    return `Tệp «${error.path}» không có trang chấm điểm nhận ra được (tạo bằng: par-index new hoặc add-in).`;
  }
  if (error instanceof SheetNotFoundError) {
    const list = error.available.length > 0 ? ` Các trang có thể dùng: ${error.available.map((n) => `«${n}»`).join(", ")}.` : "";
    return `Không có trang «${error.sheetName}».${list}`;
  }
  if (error instanceof CellTextTooLongError) {
    const cells = error.issues.slice(0, 5).map((i) => `${i.sheet ? `${quoteSheet(i.sheet)}!` : ""}${i.cell ?? ""}${"length" in i ? ` (${i.length.toLocaleString("vi-VN")} ký tự)` : ""}`);
    const more = error.issues.length > 5 ? ` và ${error.issues.length - 5} ô khác` : "";
    return `Chưa ghi tệp nào: ô ${cells.join(", ")}${more} dài quá giới hạn ${EXCEL_LIMITS.cellText.toLocaleString("vi-VN")} ký tự của một ô Excel; hãy rút gọn nội dung.`;
  }
  if (error instanceof TemplateNotFoundError) {
    return `Không có bộ tiêu chí «${error.templateId}». Xem danh sách: par-index templates`;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `Lỗi không mong đợi: ${oneLine(message)}`;
}

function describeRead(path: string, reason: ReadFailure, detail: string): string {
  const file = `«${path}»`;
  switch (reason) {
    case "not_found":
      return `Không tìm thấy tệp ${file}.`;
    case "is_directory":
      return `${file} là thư mục, không phải tệp.`;
    case "permission":
      return `Không có quyền đọc tệp ${file}.`;
    case "empty":
      return `Tệp ${file} rỗng (0 byte): có thể tệp chưa được lưu hoặc tải về chưa xong.`;
    case "encrypted":
      return `Sổ tính ${file} được đặt mật khẩu (mã hoá) nên không đọc được. Hãy bỏ mật khẩu rồi chạy lại: trong Excel, File → Info → Protect Workbook → Encrypt with Password, xoá mật khẩu, lưu; trong LibreOffice, File → Save As, bỏ chọn «Save with password».`;
    case "legacy_xls":
      return `Tệp ${file} là sổ tính Excel kiểu cũ (.xls/.xlsb), công cụ chỉ đọc .xlsx: ${SAVE_AS_XLSX}.`;
    case "ods":
      return `Tệp ${file} là bảng tính LibreOffice (.ods), công cụ chỉ đọc .xlsx: trong LibreOffice chọn File → Save As, kiểu «Excel 2007-365 (.xlsx)».`;
    case "text":
      return `Tệp ${file} là tệp văn bản (ví dụ .csv), không phải sổ tính Excel: ${SAVE_AS_XLSX}.`;
    case "other_office":
      return `Tệp ${file} là tài liệu Word/PowerPoint (hoặc OpenDocument), không phải sổ tính Excel. Dán bảng vào Excel rồi lưu dạng .xlsx.`;
    case "no_sheets":
      return `Sổ tính ${file} không có trang tính nào.`;
    case "damaged":
      return `Tệp ${file} bị hỏng hoặc không trọn vẹn (có thể tải về hoặc sao chép chưa xong); hãy lấy lại bản đầy đủ, hoặc mở bằng Excel để sửa rồi lưu lại.`;
    case "not_xlsx":
      return `Tệp ${file} không phải sổ tính Excel (.xlsx) đọc được.`;
    default:
      return `Không đọc được tệp ${file}: ${oneLine(detail)}`;
  }
}

/** As issueLines' quoteSheet (not imported: that module loads the whole core). */
function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function joinName(dir: string): string {
  return `${dir.replace(/[\\/]+$/, "")}/ten-tep.xlsx`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
