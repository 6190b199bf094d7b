import fc from "fast-check";
import { parseCellAddress, type Grid } from "../../../src/domain/cells";
import { importTemplateFromGrid } from "../../../src/domain/import";
import type { Issue } from "../../../src/domain/issues";
import { formatIssue } from "../../../src/domain/messages/formatIssue";

const HEADER = ["TT", "Nội dung", "Điểm tối đa"];

/** [code, cell] of each issue, in the order returned. */
function where(issues: readonly Issue[]): [string, string | undefined][] {
  return issues.map((issue) => [issue.code, issue.cell]);
}

function failure(grid: Grid, options?: Parameters<typeof importTemplateFromGrid>[1]): Issue[] {
  const result = importTemplateFromGrid(grid, options);
  expect(result.ok).toBe(false);
  return result.issues;
}

describe("importTemplateFromGrid issues", () => {
  it.each<[string, Grid]>([
    ["an empty selection", []],
    ["blank cells only", [[null, ""], ["  ", undefined]]],
    ["a header without rows", [HEADER]],
    ["titles and totals only", [HEADER, ["BẢNG ĐIỂM", null, null], ["Tổng cộng", null, 100]]],
  ])("reports import_empty for %s", (_, grid) => {
    expect(failure(grid, { sheet: "Nhập" })).toEqual([{ code: "import_empty", severity: "error", sheet: "Nhập" }]);
  });

  it("reports each column it cannot find", () => {
    expect(where(failure([["Nội dung", "Điểm tối đa"], ["Công tác chỉ đạo", 2]]))).toEqual([["import_no_code_column", undefined]]);
    expect(where(failure([["1", 2], ["1.1", 2]]))).toEqual([["import_no_name_column", undefined]]);
    expect(where(failure([["TT", "Nội dung"], ["1", "Công tác chỉ đạo"]]))).toEqual([["import_no_max_column", undefined]]);
  });

  it("names the real cell when the selection starts at C5: a bad maximum in the grid's third row, second column is D7", () => {
    const issues = failure(
      [
        ["1", "Công tác chỉ đạo", ""],
        ["1.1", "Kế hoạch", 1],
        ["1.2", "Kiểm tra", "hai"],
      ],
      { sheet: "Nhập bộ tiêu chí", origin: { row: 4, column: 2 } },
    );
    expect(issues).toEqual([
      {
        code: "import_bad_max",
        severity: "error",
        sheet: "Nhập bộ tiêu chí",
        cell: "E7",
        path: ["1", "1.2"],
        itemCode: "1.2",
        text: "hai",
      },
    ]);
    const named = failure([HEADER, ["1", "", 2]], { origin: { row: 4, column: 2 } });
    expect(where(named)).toEqual([["import_missing_name", "D6"]]);
  });

  it.each([{ row: -1, column: 0 }, { row: 0, column: 1.5 }])("throws on the origin %p, which is a host's mistake", (origin) => {
    expect(() => importTemplateFromGrid([HEADER, ["1", "Công tác chỉ đạo", 1]], { origin })).toThrow(RangeError);
  });

  it.each<[string | number | boolean, string]>([
    ["1..2", "1..2"],
    ["1.a", "1.a"],
    ["#REF!", "#REF!"],
    ["0", "0"],
    ["1.0", "1.0"],
    ["Lĩnh vực một", "Lĩnh vực một"],
    ["IIII", "IIII"],
    [-1, "-1"],
    [true, "TRUE"],
  ])("reports import_bad_code for the code %p", (written, text) => {
    const issues = failure([HEADER, ["1", "Công tác chỉ đạo", 1], [written, "Kiểm tra", 2]], { sheet: "Nhập" });
    expect(issues).toEqual([{ code: "import_bad_code", severity: "error", sheet: "Nhập", cell: "A3", text }]);
  });

  it("reports import_missing_name at the name cell", () => {
    expect(failure([HEADER, ["1", "", 2]])).toEqual([
      { code: "import_missing_name", severity: "error", cell: "B2", path: ["1"], itemCode: "1" },
    ]);
  });

  it.each<[string | boolean, string]>([
    ["hai điểm", "hai điểm"],
    ["#VALUE!", "#VALUE!"],
    ["1,5,2", "1,5,2"],
    [true, "TRUE"],
  ])("reports import_bad_max for the maximum %p", (written, text) => {
    expect(failure([HEADER, ["1", "Công tác chỉ đạo", 1], ["2", "Cải cách thể chế", written]])).toEqual([
      { code: "import_bad_max", severity: "error", cell: "C3", path: ["2"], itemCode: "2", text },
    ]);
  });

  it("reports import_missing_max for a leaf without a maximum, and nothing more for its parent", () => {
    const issues = failure([HEADER, ["1", "Công tác chỉ đạo", ""], ["1.1", "Kế hoạch", 1], ["1.2", "Kiểm tra", null]]);
    expect(issues).toEqual([
      { code: "import_missing_max", severity: "error", cell: "C4", path: ["1", "1.2"], itemCode: "1.2" },
    ]);
  });

  it("does not report a given parent maximum as a mismatch when a child's maximum is unreadable", () => {
    const issues = failure([HEADER, ["1", "Công tác chỉ đạo", 3], ["1.1", "Kế hoạch", 1], ["1.2", "Kiểm tra", "?"]], {
      meta: { scale: 3 },
    });
    expect(where(issues)).toEqual([["import_bad_max", "C4"]]);
  });

  it("reports code_not_under_parent when the parent row is absent, and duplicate_code for a repeated code", () => {
    const issues = failure([
      HEADER,
      ["1", "Công tác chỉ đạo", ""],
      ["1.1", "Kế hoạch", 1],
      ["1.1", "Kế hoạch (lặp)", 1],
      ["3.1", "Tài chính công", 2],
    ]);
    expect(issues).toEqual([
      { code: "duplicate_code", severity: "error", cell: "A4", path: ["1", "1.1"], itemCode: "1.1" },
      { code: "code_not_under_parent", severity: "error", cell: "A5", path: ["3", "3.1"], itemCode: "3.1", parentCode: "3" },
    ]);
  });

  it("reports 1.10 typed as a number as a duplicate of 1.1 (Excel drops the zero)", () => {
    const issues = failure([HEADER, [1, "Công tác chỉ đạo", ""], [1.1, "Kế hoạch", 1], [1.1, "Mục thứ mười", 1]]);
    expect(where(issues)).toEqual([["duplicate_code", "A4"]]);
  });

  it("reports children_sum_mismatch at the parent's maximum cell when a given maximum differs from its items", () => {
    const issues = failure([HEADER, ["1", "Công tác chỉ đạo", "3,5"], ["1.1", "Kế hoạch", 1], ["1.2", "Kiểm tra", "2"]]);
    expect(issues).toEqual([
      {
        code: "children_sum_mismatch",
        severity: "error",
        cell: "C2",
        path: ["1"],
        itemCode: "1",
        max: 350,
        childrenSum: 300,
      },
    ]);
    expect(formatIssue(issues[0]!)).toBe("Ô C2: Điểm tối đa của 1 là 3,5 nhưng tổng điểm tối đa các mục con là 3.");
  });

  it.each<[string | number, string, Record<string, unknown>]>([
    [0, "max_not_positive", { max: 0 }],
    ["-1", "max_not_positive", { max: -100 }],
    ["1,255", "max_too_many_decimals", { max: 1.255 }],
  ])("reports the maximum %p as %s at its cell", (written, code, facts) => {
    const issues = failure([HEADER, ["1", "Công tác chỉ đạo", 1], ["2", "Cải cách thể chế", written]]);
    expect(issues).toEqual([expect.objectContaining({ code, cell: "C3", path: ["2"], itemCode: "2", ...facts })]);
  });

  it("reports too_deep at the code cell of a fourth level", () => {
    const issues = failure([HEADER, ["1", "A", ""], ["1.1", "B", ""], ["1.1.1", "C", ""], ["1.1.1.1", "D", 1]]);
    expect(where(issues)).toEqual([["too_deep", "A5"]]);
  });

  it("reports total_differs_from_scale only against a given scale, on the sheet but no cell", () => {
    const grid = [HEADER, ["1", "Công tác chỉ đạo", 10], ["2", "Cải cách thể chế", 20]];
    expect(importTemplateFromGrid(grid).ok).toBe(true);
    expect(failure(grid, { sheet: "Nhập", meta: { scale: 100 } })).toEqual([
      { code: "total_differs_from_scale", severity: "error", sheet: "Nhập", total: 3000, scale: 10000 },
    ]);
  });

  it("reports template_schema for metadata the template cannot hold", () => {
    const issues = failure([HEADER, ["1", "Công tác chỉ đạo", 10]], { meta: { id: "Sai Mã" } });
    expect(issues).toEqual([expect.objectContaining({ code: "template_schema", severity: "error", field: "id" })]);
  });

  it("warns about a method or a “Không áp dụng” mark it does not understand, and leaves them out", () => {
    const result = importTemplateFromGrid([
      ["TT", "Nội dung", "Điểm tối đa", "Phương pháp", "Không áp dụng được"],
      ["1", "Cải cách thủ tục hành chính", 2, "Phỏng vấn", "có thể"],
    ]);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.areas[0]).toEqual({ code: "1", name: "Cải cách thủ tục hành chính", maxPoints: 2 });
    expect(result.issues).toEqual([
      { code: "import_unknown_method", severity: "warning", cell: "D2", path: ["1"], itemCode: "1", text: "Phỏng vấn" },
      { code: "import_bad_not_applicable", severity: "warning", cell: "E2", path: ["1"], itemCode: "1", text: "có thể" },
    ]);
  });

  it("returns every issue at once, in reading order, with warnings kept beside the errors", () => {
    const issues = failure([
      HEADER,
      ["1", "Công tác chỉ đạo", ""],
      ["1.1", "", 1],
      ["1,1", "Kiểm tra", 1],
      ["Ghi chú", null, null],
      ["1.2", "Báo cáo", "?"],
    ]);
    expect(where(issues)).toEqual([
      ["import_missing_name", "B3"],
      ["import_bad_code", "A4"],
      ["import_row_skipped", "A5"],
      ["import_bad_max", "C6"],
    ]);
  });

  it("words the new import issues in Vietnamese and English", () => {
    const [method, mark] = importTemplateFromGrid([
      ["TT", "Nội dung", "Điểm tối đa", "Phương pháp", "Không áp dụng được"],
      ["1", "Cải cách thủ tục hành chính", 2, "Phỏng vấn", "có thể"],
    ]).issues;
    expect(formatIssue(method!)).toBe(
      "Ô D2: Không hiểu phương pháp «Phỏng vấn» của 1; đã để trống (dùng «Tự đánh giá», «Điều tra xã hội học» hoặc «SIPAS»).",
    );
    expect(formatIssue(mark!, "en")).toBe(
      "Cell E2: The «Không áp dụng được» cell of 1 only takes «x» or a blank (it holds «có thể»); the item may not be marked not applicable.",
    );
  });

  it("never throws on any grid, and places every issue inside the grid or on no cell", () => {
    const cell = fc.oneof(
      fc.constantFrom(null, "", "I", "II", "1", "1.1", "1.1.1", "1..2", "Tổng cộng", "- a", "x", "TT", "Nội dung", "Điểm tối đa", "1,5 điểm", "#N/A"),
      fc.string({ maxLength: 12 }),
      fc.double({ noNaN: false }),
      fc.boolean(),
    );
    const grid = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 });
    fc.assert(
      fc.property(grid, (rows) => {
        const result = importTemplateFromGrid(rows, { origin: { row: 2, column: 1 } });
        for (const issue of result.issues) {
          if (issue.cell === undefined) continue;
          const address = parseCellAddress(issue.cell);
          expect(address).not.toBeNull();
          expect(address!.row - 2).toBeLessThan(rows.length);
          expect(address!.column - 1).toBeGreaterThanOrEqual(0);
        }
        expect(result.ok || result.issues.some((issue) => issue.severity === "error")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
