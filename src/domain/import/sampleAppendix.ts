// A criteria table laid out as staff paste an appendix — a title and a note, a header with STT /
// Lĩnh vực, tiêu chí / Điểm tối đa / Đơn vị chủ trì, Roman numerals for the lĩnh vực, a Tổng cộng
// row — built from a bundled template, so `par-index sample` gives anyone a table to try `import`
// on, wherever the command is installed. The points are the template's own (never invented).
import type { CellValue } from "../cells";
import { indexTemplate } from "../template/tree";
import type { Template } from "../template/schema";

export const SAMPLE_APPENDIX_SHEET = "Phụ lục";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

export function sampleAppendixRows(template: Template): CellValue[][] {
  const index = indexTemplate(template);
  const rows: CellValue[][] = [
    ["PHỤ LỤC"],
    [template.name],
    [`(Mẫu để thử lệnh import: các tiêu chí do ${template.source} nêu, với điểm tối đa của kế hoạch; phần còn lại của mỗi lĩnh vực ghi là «Các nội dung còn lại…»)`],
    ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Đơn vị chủ trì"],
  ];
  for (const item of index.items) {
    const code = item.depth === 1 ? (ROMAN[Number(item.code) - 1] ?? item.code) : item.code;
    rows.push([code, item.name, item.max / 100, item.criterion.leadUnit ?? ""]);
  }
  rows.push(["", "Tổng cộng", index.areas.reduce((sum, area) => sum + area.max, 0) / 100, ""]);
  return rows;
}
