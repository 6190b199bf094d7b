import type { Grid } from "../../../src/domain/cells";
import { detectColumns } from "../../../src/domain/import/detectColumns";
import {
  detectHeader,
  isColumnNumberingRow,
  isHeaderRow,
  matchHeaderLabel,
} from "../../../src/domain/import/detectHeader";
import { romanAppendix, sonLaScoreTable } from "../../fixtures/import/pastedAppendices";

describe("matchHeaderLabel", () => {
  it.each([
    ["STT", "code", 1],
    ["TT", "code", 1],
    ["Số TT", "code", 1],
    ["Mã", "code", 2],
    ["Mã tiêu chí", "code", 2],
    ["Nội dung", "name", 1],
    ["Tên tiêu chí", "name", 1],
    ["Lĩnh vực, tiêu chí", "name", 1],
    ["Tiêu chí", "name", 1],
    ["TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN", "name", 1],
    ["Điểm tối đa", "max", 3],
    ["DIEM TOI DA", "max", 3],
    ["Điểm Tối đa", "max", 3],
    ["Điểm chuẩn", "max", 2],
    ["Thang điểm", "max", 2],
    ["Điểm", "max", 1],
    ["Phương pháp", "method", 2],
    ["Phương pháp đánh giá", "method", 2],
    ["Đơn vị chủ trì", "leadUnit", 2],
    ["Cơ quan chủ trì", "leadUnit", 2],
    ["Đơn vị phối hợp", "coUnits", 2],
    ["Cơ quan phối hợp", "coUnits", 2],
    ["Cách tính điểm", "guidance", 2],
    ["Hướng dẫn chấm điểm", "guidance", 2],
    ["Không áp dụng", "notApplicable", 2],
    ["Không áp dụng được", "notApplicable", 2],
  ])("reads %p as the %s column", (label, role, strength) => {
    expect(matchHeaderLabel(label)).toEqual({ role, strength });
  });

  it.each(["Điểm tự đánh giá", "Điểm thẩm định", "Điểm đạt", "Ghi chú", "Thời gian thực hiện", "", "Nội dung ".repeat(12)])(
    "reads %p as no column it knows",
    (label) => {
      expect(matchHeaderLabel(label)).toBeNull();
    },
  );

  it("matches decomposed (NFD) text as well", () => {
    expect(matchHeaderLabel("Điểm tối đa".normalize("NFD"))).toEqual({ role: "max", strength: 3 });
  });
});

describe("isHeaderRow", () => {
  it("takes a row of labels naming two columns, one of them the name or the maximum", () => {
    expect(isHeaderRow(["TT", "Nội dung", "Điểm tối đa"])).toBe(true);
    expect(isHeaderRow(["Nội dung", null, "Ghi chú", "Cách tính điểm"])).toBe(true);
  });

  it("refuses rows with data in them, or with only one column named", () => {
    expect(isHeaderRow(["1", "Nội dung", "Điểm tối đa"])).toBe(false);
    expect(isHeaderRow(["TT", "Nội dung", 2])).toBe(false);
    expect(isHeaderRow(["", "Lĩnh vực 1: Công tác", "Điểm"])).toBe(false);
    expect(isHeaderRow(["TT", "Đơn vị chủ trì"])).toBe(false);
    expect(isHeaderRow(["BẢNG TIÊU CHÍ"])).toBe(false);
  });
});

describe("isColumnNumberingRow", () => {
  it.each<[unknown[]]>([[["(1)", "(2)", "(3)"]], [["(A)", "(B)", "(1)", null]], [["1", "2", "3", "4"]], [[1, 2, 3]]])(
    "takes %p",
    (row) => {
      expect(isColumnNumberingRow(row as never)).toBe(true);
    },
  );

  it.each<[unknown[]]>([[["(1)"]], [["1", "2"]], [["1", "3", "4"]], [["1", "Công tác", 2]], [[]]])("refuses %p", (row) => {
    expect(isColumnNumberingRow(row as never)).toBe(false);
  });
});

describe("detectHeader", () => {
  it("finds a header below the title rows, merged over two rows, with its column-numbering row", () => {
    const header = detectHeader(romanAppendix);
    expect(header).toEqual({
      firstRow: 4,
      lastRow: 6,
      labels: [
        "STT",
        "Lĩnh vực, tiêu chí, tiêu chí thành phần",
        "Điểm tối đa",
        "Phương pháp đánh giá",
        "Đơn vị thực hiện Chủ trì",
        "Đơn vị thực hiện Phối hợp",
        "Cách tính điểm",
      ],
      roles: { code: 0, name: 1, max: 2, method: 3, leadUnit: 4, coUnits: 5, guidance: 6 },
    });
  });

  it("carries a merged “Điểm” over “Tối đa | Tự chấm” only to the cells under it", () => {
    const header = detectHeader([
      ["TT", "Nội dung", "Điểm", "", "Ghi chú"],
      ["", "", "Tối đa", "Tự chấm", ""],
      ["1", "Công tác", 2, 1.5, ""],
    ]);
    expect(header?.labels).toEqual(["TT", "Nội dung", "Điểm Tối đa", "Điểm Tự chấm", "Ghi chú"]);
    expect(header?.roles).toEqual({ code: 0, name: 1, max: 2 });
    expect(header?.lastRow).toBe(1);
  });

  it("prefers “Mã” to “STT” and “Điểm tối đa” to a bare “Điểm”", () => {
    expect(detectHeader([["STT", "Mã", "Nội dung", "Điểm", "Điểm tối đa"]])?.roles).toEqual({ code: 1, name: 2, max: 4 });
  });

  it("finds no header in a table that has none, or whose labels come after row 30", () => {
    expect(detectHeader([["1", "Công tác", 2]])).toBeNull();
    expect(detectHeader([...Array.from({ length: 30 }, () => ["Tiêu đề"]), ["TT", "Nội dung", "Điểm"]])).toBeNull();
    expect(detectHeader([])).toBeNull();
  });
});

describe("detectColumns", () => {
  it("takes the columns the header names and starts the data below it", () => {
    expect(detectColumns(sonLaScoreTable)).toMatchObject({ dataStart: 1, columns: { code: 0, name: 1, max: 2 } });
  });

  it("finds code, name, maximum and method from the cells when there is no header", () => {
    const grid: Grid = [
      ["I", "Công tác chỉ đạo điều hành", null, null, "Văn phòng"],
      ["1.1", "Ban hành kế hoạch cải cách", "1,5", "Tự đánh giá", "Văn phòng"],
      ["1.2", "Mức độ hài lòng của người dân", 2, "Điều tra XHH", ""],
    ];
    expect(detectColumns(grid)).toEqual({ header: null, dataStart: 0, columns: { name: 1, code: 0, max: 2, method: 3 } });
  });

  it("tells a code column from an STT column by its dotted codes", () => {
    const grid: Grid = [
      [1, "1", "Công tác chỉ đạo", 3],
      [2, "1.1", "Kế hoạch", 1],
      [3, "1.2", "Kiểm tra", 2],
    ];
    expect(detectColumns(grid).columns).toMatchObject({ code: 1, name: 2, max: 3 });
  });

  it("takes the name column as the one filled on every row, not the longer guidance", () => {
    const grid: Grid = [
      ["1", "Công tác", 2, ""],
      ["2", "Thể chế", 1, "Một hướng dẫn rất dài về cách tính điểm của tiêu chí này, dài hơn mọi tên"],
      ["3", "Tài chính", 1, ""],
    ];
    expect(detectColumns(grid).columns).toMatchObject({ code: 0, name: 1, max: 2 });
  });

  it("leaves a column out when nothing in the grid looks like it", () => {
    expect(detectColumns([["Nội dung", "Điểm"], ["Công tác", 2]]).columns).toEqual({ name: 0, max: 1 });
    expect(detectColumns([]).columns).toEqual({});
  });
});
