// Rows of wrapped text get the height their lines need, from the column widths and the text.
import { countLines, fitRowHeights } from "../../../src/domain/layout/rowHeights";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { SCORE_HEADER_ROW } from "../../../src/domain/layout/scoreSheetColumns";
import { seed001Template } from "../../helpers/seed001";

describe("countLines", () => {
  it.each([
    ["", 10, 1],
    ["Cải cách công vụ", 60, 1],
    ["Cải cách công vụ", 8, 2],
    ["một\nhai\nba", 60, 3],
    ["x".repeat(200), 10, 21],
  ])("%j in a column %i wide takes %i lines", (text, width, lines) => {
    expect(countLines(text, width)).toBe(lines);
  });

  it("counts bold text wider", () => {
    const text = "Xây dựng và tổ chức thực hiện hệ thống văn bản quy phạm pháp luật";
    expect(countLines(text, 36, true)).toBeGreaterThanOrEqual(countLines(text, 36));
  });
});

describe("fitRowHeights", () => {
  it("gives only wrapped rows of more than one line a height, 15 points a line", () => {
    const heights = fitRowHeights({
      cells: [
        ["ngắn", "một dòng"],
        ["Nhiệm vụ, giải pháp khắc phục tồn tại, hạn chế của lĩnh vực này", "x"],
        ["Nhiệm vụ, giải pháp khắc phục tồn tại, hạn chế của lĩnh vực này", "x"],
      ],
      columnWidths: [20, 20],
      styles: [{ range: "A1:B2", style: "staffText" }],
      merges: [],
    });
    expect(heights).toEqual([{ row: 1, points: 45 }]);
  });

  it("gives the scoring sheet's header and long item names their lines", () => {
    const layout = layoutScoreSheet(seed001Template(), { year: 2021 });
    const header = layout.rowHeights.find((h) => h.row === SCORE_HEADER_ROW);
    // "Không áp dụng (x)" in a column 10 wide takes two lines, "Tài liệu kiểm chứng, giải trình" one.
    expect(header?.points).toBeGreaterThanOrEqual(30);
    for (const { row, points } of layout.rowHeights) {
      expect(points % 15).toBe(0);
      expect(row).toBeLessThan(layout.cells.length);
    }
  });
});
