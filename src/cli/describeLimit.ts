// The message for a workbook past the size the tool reads, with the limit stated.
import type { WorkbookTooLargeError } from "../xlsx/errors";

const LIMIT_WORDS = {
  file_bytes: "dung lượng tệp",
  part_bytes: "dung lượng một phần của sổ tính khi giải nén",
  cells: "số ô có dữ liệu",
  rows: "số dòng được định dạng",
  merged_cells: "số ô trong các vùng gộp ô",
} as const;

export function describeLimit(error: WorkbookTooLargeError): string {
  const bytes = error.limit === "file_bytes" || error.limit === "part_bytes";
  const show = (n: number) => (bytes ? `${Math.ceil(n / 1024 / 1024)} MB` : n.toLocaleString("vi-VN"));
  const where = error.where ? ` (ở ${error.where})` : "";
  const advice =
    error.limit === "merged_cells"
      ? " Hãy bỏ gộp vùng đó (Merge & Center → Unmerge Cells) rồi lưu lại."
      : error.limit === "rows" || error.limit === "cells"
        ? " Có thể trang có dữ liệu hoặc định dạng thừa ở rất xa bảng: xoá các dòng/cột thừa rồi lưu lại." +
          (error.where ? ` Nếu «${error.where}» là trang nháp không dùng cho việc chấm điểm, hãy chuyển nó sang một sổ tính khác.` : "")
        : "";
  return `Sổ tính «${error.path}» quá lớn để đọc: ${LIMIT_WORDS[error.limit]} ${show(error.actual)}${where} vượt giới hạn ${show(error.maximum)}.${advice}`;
}
