import type { LayoutCell } from "../../../src/domain/layout/sheetLayout";
import { fitsFirstPage, layoutRankingSheet, rankingColumns } from "../../../src/domain/layout/layoutRankingSheet";
import { layoutAreaRankingSheet } from "../../../src/domain/layout/layoutAreaRankingSheet";
import { isRankingSheet, readRankingNotes } from "../../../src/domain/layout/readRankingSheet";
import { readPreviousRankingJson, readPreviousRankingSheets } from "../../../src/domain/ranking/previousRanking";
import { rankUnits } from "../../../src/domain/ranking/rankUnits";
import type { CellValue } from "../../../src/domain/cells";
import { hundredTemplate, unitAt, unitResult } from "../../helpers/rankingUnits";

const previous = readPreviousRankingJson("2020.json", { year: 2020, units: [{ unit: "Sở Y tế", rank: 3, percent: 80 }, { unit: "Sở Tư pháp", rank: 1, percent: 95 }] });
if (!previous.ok) throw new Error("previous");
const broken = unitResult(hundredTemplate(), "loi.xlsx", { unit: "Sở Lỗi", year: 2021, scores: { "1.1": 75, "2.1": 10 } });
const ranking = rankUnits(
  [unitAt("Sở Tư pháp", 89.99, { year: 2021, file: "tu-phap.xlsx" }), unitAt("Sở Y tế", 92.5, { year: 2021, file: "y-te.xlsx" }), broken, unitAt("Sở Mới", 70, { year: 2021, file: "moi.xlsx" })],
  { previous: previous.value },
);
const notes = new Map([
  ["sở y tế", { unit: "Sở Y tế", note: "Đã công bố" }],
  ["sở lỗi", { unit: "Sở Lỗi", note: "Đã nhắc sửa" }],
  ["sở cũ", { unit: "Sở Cũ", note: "Sáp nhập vào Sở Mới" }],
]);
const layout = layoutRankingSheet(ranking, { notes });
const text = (row: readonly LayoutCell[] | undefined) => (row ?? []).filter((c) => c !== null);
const asGrid = (cells: readonly (readonly LayoutCell[])[]): CellValue[][] => cells.map((row) => row.map((c) => (typeof c === "object" && c !== null ? "" : c)));

describe("layoutRankingSheet", () => {
  it("has the ranking table's columns, with last year's and the method split only when there are any", () => {
    expect(layout.columns.map((key) => layout.cells[layout.headerRow]![layout.columns.indexOf(key)])).toEqual([
      "Hạng", "Đơn vị", "Tổng điểm", "Điểm tối đa áp dụng", "Chỉ số (%)", "Xếp hạng", "Nhóm", "Hạng năm trước", "Thay đổi thứ hạng",
      "Chỉ số năm trước (%)", "Thay đổi chỉ số (điểm %)", "Điểm thẩm định", "Điểm điều tra XHH", "Điểm tự chấm", "Chênh lệch tự chấm – thẩm định", "Tệp", "Ghi chú",
    ]);
    expect(rankingColumns({ hasPrevious: false, methods: ["tu_danh_gia"] })).toEqual(["rank", "unit", "score", "max", "percent", "rankOf", "group", "selfScore", "gap", "file", "notes"]);
  });

  it("writes one row per ranked unit in rank order, with the staff note kept by unit", () => {
    const rows = ranking.units.map((u) => layout.cells[layout.rowOfUnit[u.unit.toLocaleLowerCase("vi")]!]);
    expect(rows).toEqual([
      [1, "Sở Y tế", 92.5, 100, 92.5, "01/03", "A", "03/03", "tăng 02 bậc", 80, 12.5, 60, 32.5, null, null, "y-te.xlsx", "Đã công bố"],
      [2, "Sở Tư pháp", 89.99, 100, 89.99, "02/03", "B", "01/03", "giảm 01 bậc", 95, -5.01, 60, 29.99, null, null, "tu-phap.xlsx", null],
      [3, "Sở Mới", 70, 100, 70, "03/03", "C", null, "mới", null, null, 60, 10, null, null, "moi.xlsx", null],
    ]);
    expect(layout.cells.slice(0, 3).map(text)).toEqual([
      ["BẢNG TỔNG HỢP KẾT QUẢ, XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      ["Bộ tiêu chí: Bộ tiêu chí thử nghiệm. 3 đơn vị được xếp hạng, 1 đơn vị chưa được xếp hạng."],
      ["Nhóm — A: từ 90 %; B: từ 80 % đến dưới 90 %; C: từ 70 % đến dưới 80 %; D: dưới 70 %. So sánh với kết quả năm 2020."],
    ]);
  });

  it("lists the unit left out with its reason and errors, and keeps the notes of units no longer present", () => {
    const excludedRow = layout.cells[layout.rowOfUnit["sở lỗi"]!]!;
    expect(text(excludedRow)).toEqual([
      1,
      "Sở Lỗi",
      "Sở Lỗi («loi.xlsx») còn 1 lỗi về điểm; sửa xong mới được xếp hạng.\nÔ G7: Điểm thẩm định 75 vượt điểm tối đa 60 của 1.1.",
      "loi.xlsx",
      "Đã nhắc sửa",
    ]);
    expect(text(layout.cells[layout.rowOfUnit["sở cũ"]!])).toEqual(["Sở Cũ", "Sáp nhập vào Sở Mới"]);
    expect(layout.cells.map((row) => row[0]).filter((c) => typeof c === "string" && /^[IV]+\. /.test(c))).toEqual([
      "I. XẾP HẠNG CÁC ĐƠN VỊ",
      "II. ĐƠN VỊ CHƯA ĐƯỢC XẾP HẠNG",
      "III. GHI CHÚ CỦA ĐƠN VỊ KHÔNG CÒN TRONG BẢNG (giữ lại để tham khảo)",
      "IV. BIỂU ĐỒ CHỈ SỐ CỦA CÁC ĐƠN VỊ",
    ]);
  });

  it("reads its own notes back, so rebuilding keeps every one of them", () => {
    const grid = asGrid(layout.cells);
    expect(isRankingSheet(grid)).toBe(true);
    expect([...readRankingNotes(grid).values()]).toEqual([
      { unit: "Sở Y tế", note: "Đã công bố" },
      { unit: "Sở Lỗi", note: "Đã nhắc sửa" },
      { unit: "Sở Cũ", note: "Sáp nhập vào Sở Mới" },
    ]);
    const again = layoutRankingSheet(ranking, { notes: readRankingNotes(grid) });
    expect(again.cells).toEqual(layout.cells);
  });

  it("serves as last year's ranking next year", () => {
    const read = readPreviousRankingSheets("2021.xlsx", [{ name: layout.name, values: asGrid(layout.cells) }]);
    expect(read.ok && [read.value.year, [...read.value.entries.values()]]).toEqual([
      2021,
      [
        { unit: "Sở Y tế", rank: 1, percent: 9250 },
        { unit: "Sở Tư pháp", rank: 2, percent: 8999 },
        { unit: "Sở Mới", rank: 3, percent: 7000 },
      ],
    ]);
  });

  it("colours the groups by the percentage with live rules: A from 90, B from 80 below 90, …", () => {
    expect(layout.conditionalFormats.map((f) => [f.range, f.formula, f.style, f.description])).toEqual([
      ["E9:G11", "=AND(ISNUMBER($E9),$E9>=90)", "success", "Nhóm A"],
      ["E9:G11", "=AND(ISNUMBER($E9),$E9>=80,$E9<90)", "info", "Nhóm B"],
      ["E9:G11", "=AND(ISNUMBER($E9),$E9>=70,$E9<80)", "warning", "Nhóm C"],
      ["E9:G11", "=AND(ISNUMBER($E9),$E9<70)", "danger", "Nhóm D"],
    ]);
  });

  it("prints on A4 landscape, keeps «06/20» and notes as text; a table that fits its first page repeats no header", () => {
    // Excel would print a repeated header alone above the chart on the next page.
    expect(layout.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true });
    const many = layoutRankingSheet(rankUnits(Array.from({ length: 80 }, (_, i) => unitAt(`Sở số ${i + 1}`, 50 + i / 2))));
    expect(many.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: many.headerRow + 1, last: many.headerRow + 1 } });
    expect(fitsFirstPage([10, 40], [], 20)).toBe(true);
    expect(fitsFirstPage([10, 40], [], 40)).toBe(false);
    expect(fitsFirstPage([10, 40], [{ row: 3, points: 400 }], 5)).toBe(false);
    expect(layout.freeze).toEqual({ rows: 8, columns: 2 });
    expect(layout.numberFormats).toEqual(expect.arrayContaining([{ range: "F9:F11", format: "@" }, { range: "K9:K11", format: "+0.00;-0.00;0.00" }]));
  });

  it("makes the header and the wrapped reasons tall enough to read, and shows file names without folders", () => {
    const height = (r: number) => layout.rowHeights?.find((h) => h.row === r)?.points;
    // Lines × 15 pt (Calibri 11), measured as fitRowHeights measures every layout.
    expect(height(layout.headerRow)).toBe(45);
    expect(height(layout.rowOfUnit["sở lỗi"]!)).toBe(30);
    expect(height(layout.rowOfUnit["sở y tế"]!)).toBeUndefined();
    const dir = rankUnits([unitAt("Sở A", 90, { file: "don-vi/2021/so-a.xlsx" })]);
    const one = layoutRankingSheet(dir);
    expect(one.cells[one.headerRow + 1]![one.columns.indexOf("file")]).toBe("so-a.xlsx");
  });

  it("charts the units by percentage, each bar in its group's colour, rank 1 at the top", () => {
    expect(layout.charts).toEqual([
      {
        id: "units-by-percent",
        type: "bar",
        title: "Chỉ số cải cách hành chính của các đơn vị (%)",
        categories: "B9:B11",
        series: [{ name: "Chỉ số (%)", values: "E9:E11", color: "#2E7D32", pointColors: ["#2E7D32", "#2F75B5", "#C98A00"] }],
        anchor: { from: { row: layout.cells.length - 16, column: 0 }, to: { row: layout.cells.length, column: 8 } },
        valueAxis: { min: 0, max: 100, majorUnit: 10, numberFormat: "0" },
        categoriesTopDown: true,
        dataLabels: { numberFormat: "0.00" },
        legend: "none",
      },
    ]);
  });
});

describe("layoutAreaRankingSheet", () => {
  const areas = layoutAreaRankingSheet(ranking);
  const [h1, h2] = areas.crossTabHeaderRows;

  it("sums up each lĩnh vực over the ranked units and charts it", () => {
    expect(areas.cells.slice(4, 7).map((row) => row.slice(0, 6))).toEqual([
      ["Mã", "Lĩnh vực", "Điểm tối đa", "Chỉ số trung bình (%)", "Cao nhất (%)", "Thấp nhất (%)"],
      ["1", "Công tác chỉ đạo điều hành", 60, 100, 100, 100],
      ["2", "Cải cách thủ tục hành chính", 40, 60.41, 81.25, 25],
    ]);
    expect(areas.charts?.map((c) => [c.id, c.categories, c.series.map((s) => s.values)])).toEqual([["areas-compared", "B6:B7", ["D6:D7", "E6:E7", "F6:F7"]]]);
  });

  it("cross-tabulates units × lĩnh vực: score, % and rank, then the total", () => {
    expect(areas.cells[h1]!.slice(0, 11)).toEqual(["Hạng", "Đơn vị", "1. Công tác chỉ đạo điều hành", null, null, "2. Cải cách thủ tục hành chính", null, null, "Tổng", null, null]);
    expect(areas.cells[h2]!.slice(0, 11)).toEqual([null, null, "Điểm", "%", "Hạng", "Điểm", "%", "Hạng", "Điểm", "%", "Hạng"]);
    expect(areas.cells.slice(h2 + 1).map((row) => row.slice(0, 11))).toEqual([
      [1, "Sở Y tế", 60, 100, 1, 32.5, 81.25, 1, 92.5, 92.5, 1],
      [2, "Sở Tư pháp", 60, 100, 1, 29.99, 74.98, 2, 89.99, 89.99, 2],
      [3, "Sở Mới", 60, 100, 1, 10, 25, 3, 70, 70, 3],
    ]);
    expect(areas.print.repeatRows).toEqual({ first: h1 + 1, last: h2 + 1 });
  });
});
