// Every failure that ends a command, as the one Vietnamese line the user reads (no stack trace).
// (Imports the error modules only, so a wrong call is answered without loading exceljs.)
import { TemplateNotFoundError } from "../domain/errors";
import {
  InputFileError,
  NoScoreSheetError,
  OutputExistsError,
  OutputIsInputError,
  OutputWriteError,
  SheetNotFoundError,
  WorkbookReadError,
} from "../node/errors";
import { UsageError } from "./usageError";

export function describeError(error: unknown): string {
  if (error instanceof UsageError) {
    return `${error.message} Xem: par-index ${error.command ? `${error.command} ` : ""}--help`;
  }
  if (error instanceof WorkbookReadError || error instanceof InputFileError) {
    switch (error.reason) {
      case "not_found":
        return `Không tìm thấy tệp «${error.path}».`;
      case "is_directory":
        return `«${error.path}» là thư mục, không phải tệp.`;
      case "not_xlsx":
        return `Tệp «${error.path}» không phải sổ tính Excel (.xlsx) đọc được.`;
      default:
        return `Không đọc được tệp «${error.path}»: ${oneLine(error.detail)}`;
    }
  }
  if (error instanceof OutputIsInputError) {
    return `Tệp kết quả «${error.path}» trùng với tệp đầu vào; hãy chọn tên khác (tệp đầu vào không bao giờ bị ghi đè).`;
  }
  if (error instanceof OutputExistsError) {
    return `Tệp «${error.path}» đã có; chọn tên khác, hoặc thêm --force để ghi đè.`;
  }
  if (error instanceof OutputWriteError) return `Không ghi được tệp «${error.path}»: ${oneLine(error.detail)}`;
  if (error instanceof NoScoreSheetError) {
    return `Tệp «${error.path}» không có trang chấm điểm nhận ra được (tạo bằng: par-index new hoặc add-in).`;
  }
  if (error instanceof SheetNotFoundError) {
    const list = error.available.length > 0 ? ` Các trang có thể dùng: ${error.available.map((n) => `«${n}»`).join(", ")}.` : "";
    return `Không có trang «${error.sheetName}».${list}`;
  }
  if (error instanceof TemplateNotFoundError) {
    return `Không có bộ tiêu chí «${error.templateId}». Xem danh sách: par-index templates`;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `Lỗi không mong đợi: ${oneLine(message)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
