// Which scoring sheets a workbook holds and which of them a command used, said in one or two lines,
// so a copy made with Excel's Move or Copy is never checked (or skipped) without the user knowing.
import type { ScoreSheetOrigin, ScoreWorkbookCheck } from "../node";

const ORIGIN_NOTES: Readonly<Record<ScoreSheetOrigin, string>> = {
  metadata: "",
  copy: " (bản sao, nhận ra theo dòng tiêu đề)",
  header: " (không có trong siêu dữ liệu par-index; bộ tiêu chí đọc từ các cột Mã, tên, điểm tối đa)",
};

export function originNote(origin: ScoreSheetOrigin): string {
  return ORIGIN_NOTES[origin];
}

/** "Các trang chấm điểm: «A», «A (2)» (bản sao…). Đã kiểm tra: «A (2)»." */
export function scoreSheetListLines(result: ScoreWorkbookCheck, verb: "kiểm tra" | "lập kế hoạch cho"): string[] {
  const listed = result.found.map((f) => `«${f.sheetName}»${originNote(f.origin)}`).join(", ");
  const used = result.sheets.map((s) => `«${s.sheetName}»`).join(", ");
  const lines = [`${result.found.length === 1 ? "Trang chấm điểm" : `Có ${result.found.length} trang chấm điểm`}: ${listed}.`];
  if (result.found.length > 1) {
    const all = result.sheets.length === result.found.length;
    lines.push(all ? `Đã ${verb} cả ${result.found.length} trang.` : `Đã ${verb} trang ${used} (chọn trang khác bằng --sheet <tên trang>).`);
  }
  return lines;
}
