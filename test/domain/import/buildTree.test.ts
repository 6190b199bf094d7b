import type { Grid } from "../../../src/domain/cells";
import { buildTree } from "../../../src/domain/import/buildTree";
import type { GridPlace } from "../../../src/domain/import/gridPlace";
import { readItemRows, type ItemColumns } from "../../../src/domain/import/readItemRows";
import { resolveCodes } from "../../../src/domain/import/resolveCodes";

const COLUMNS: ItemColumns = { code: 0, name: 1, max: 2, method: 3, notApplicable: 4 };
const PLACE: GridPlace = { sheet: "Nhập", origin: { row: 0, column: 0 } };

function build(grid: Grid) {
  const { items } = readItemRows(grid, 0, COLUMNS, PLACE);
  return buildTree(items, resolveCodes(items.map((item) => item.code)), COLUMNS, PLACE);
}

describe("readItemRows", () => {
  it("reads item rows, hangs bullet rows on the item above, and skips blanks, titles and totals", () => {
    const grid: Grid = [
      ["BẢNG ĐIỂM", null, null],
      ["1", "Công tác  chỉ đạo", 2],
      ["a)", "Có kế hoạch", 1],
      [null, "+ Không có kế hoạch", "0"],
      [],
      ["Cộng", null, 2],
    ];
    const { items, issues } = readItemRows(grid, 0, COLUMNS, PLACE);
    expect(issues).toEqual([]);
    expect(items).toEqual([
      {
        row: 1,
        code: { kind: "numeric", segments: [1], absolute: false },
        name: "Công tác chỉ đạo",
        cells: grid[1],
        guidanceLines: ["a) Có kế hoạch (1 điểm)", "+ Không có kế hoạch (0 điểm)"],
      },
    ]);
  });

  it("reports a bad code below the items and warns about a row that is not an item", () => {
    const grid: Grid = [
      ["1", "Công tác chỉ đạo", 2],
      ["1.x", "Kế hoạch", 1],
      ["", "Mục không có mã", 1],
    ];
    expect(readItemRows(grid, 0, COLUMNS, PLACE).issues).toEqual([
      { code: "import_bad_code", severity: "error", sheet: "Nhập", cell: "A2", text: "1.x" },
      { code: "import_row_skipped", severity: "warning", sheet: "Nhập", cell: "B3", text: "Mục không có mã" },
    ]);
  });

  it("finds no items in a grid of titles", () => {
    expect(readItemRows([["PHỤ LỤC"], ["(Kèm theo Quyết định)"]], 0, COLUMNS, PLACE)).toEqual({ items: [], issues: [] });
  });
});

describe("buildTree", () => {
  it("nests items under their parents, derives blank parent maxima and keeps given ones", () => {
    const tree = build([
      ["1", "Công tác chỉ đạo", "", "Tự đánh giá", "x"],
      ["1.1", "Kế hoạch", "0,75"],
      ["1.2", "Kiểm tra", "2,25 điểm", "SIPAS"],
      ["2", "Thể chế", 4],
    ]);
    expect(tree.issues).toEqual([]);
    expect(tree.areas).toEqual([
      {
        code: "1",
        name: "Công tác chỉ đạo",
        maxPoints: 3,
        method: "tu_danh_gia",
        allowNotApplicable: true,
        children: [
          { code: "1.1", name: "Kế hoạch", maxPoints: 0.75 },
          { code: "1.2", name: "Kiểm tra", maxPoints: 2.25, method: "sipas" },
        ],
      },
      { code: "2", name: "Thể chế", maxPoints: 4 },
    ]);
    expect([...tree.rowOf.entries()].map(([code, item]) => [code, item.row])).toEqual([
      ["1", 0],
      ["1.1", 1],
      ["1.2", 2],
      ["2", 3],
    ]);
  });

  it("keeps maxima with too many decimals or below zero as typed, for the template rules to report", () => {
    const tree = build([
      ["1", "A", "1,255"],
      ["2", "B", -1],
    ]);
    expect(tree.issues).toEqual([]);
    expect(tree.areas.map((area) => area.maxPoints)).toEqual([1.255, -1]);
  });

  it("marks maxima it could not read, and the parents summed from them, as unknown", () => {
    const tree = build([
      ["1", "A", ""],
      ["1.1", "B", "?"],
      ["2", "C", 3],
      ["2.1", "D", ""],
    ]);
    expect(tree.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["import_bad_max", "C2"],
      ["import_missing_max", "C4"],
    ]);
    expect([...tree.unknownMax]).toEqual(["1.1", "1", "2.1"]);
    expect([...tree.unknownChildrenSum]).toEqual(["2"]);
  });

  it("leaves out a duplicate and an item whose parent is absent, reporting both", () => {
    const tree = build([
      ["1", "A", 1],
      ["1", "A lặp", 1],
      ["2.1", "Mồ côi", 1],
    ]);
    expect(tree.areas).toEqual([{ code: "1", name: "A", maxPoints: 1 }]);
    expect(tree.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["duplicate_code", "A2"],
      ["code_not_under_parent", "A3"],
    ]);
  });
});
