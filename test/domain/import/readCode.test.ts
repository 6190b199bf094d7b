import { readCodeCell, readRoman, splitLeadingCode } from "../../../src/domain/import/readCode";

describe("readCodeCell", () => {
  it.each<[unknown, number[]]>([
    ["1", [1]],
    ["1.1", [1, 1]],
    ["1.1.1", [1, 1, 1]],
    ["1.2.", [1, 2]],
    [" 3 ", [3]],
    ["3)", [3]],
    ["01.02", [1, 2]],
    ["1.10", [1, 10]],
    [1, [1]],
    [1.1, [1, 1]],
    [2.15, [2, 15]],
  ])("reads %p as the numeric code %p", (value, segments) => {
    expect(readCodeCell(value as never)).toEqual({ kind: "numeric", segments, absolute: false });
  });

  it.each<[string, number]>([
    ["I", 1],
    ["II", 2],
    ["IV", 4],
    ["VIII", 8],
    ["IX.", 9],
    ["Lĩnh vực 1", 1],
    ["LĨNH VỰC I", 1],
    ["lĩnh vực IV:", 4],
    ["Linh vuc 3", 3],
    ["Lĩnh vực 10", 10],
  ])("reads %p as lĩnh vực %p", (value, area) => {
    expect(readCodeCell(value)).toEqual({ kind: "area", area });
  });

  it("cannot tell 1.10 typed as a number from 1.1: Excel stored the same number", () => {
    expect(readCodeCell(1.1)).toEqual(readCodeCell(1.10));
    expect(readCodeCell("1.10")).toEqual({ kind: "numeric", segments: [1, 10], absolute: false });
  });

  it("reads II.1 as the absolute code 2.1", () => {
    expect(readCodeCell("II.1")).toEqual({ kind: "numeric", segments: [2, 1], absolute: true });
  });

  it.each([null, undefined, "", "   ", "\u00a0"])("reads %p as blank", (value) => {
    expect(readCodeCell(value)).toEqual({ kind: "blank" });
  });

  it.each(["-", "+", "•", "a)", "(b)", "–"])("reads %p as a bullet of the row above", (value) => {
    expect(readCodeCell(value)).toEqual({ kind: "bullet" });
  });

  it.each(["A", "B", "C."])("reads %p as a section letter", (value) => {
    expect(readCodeCell(value)).toEqual({ kind: "section", letter: value.replace(".", "") });
  });

  it.each<[unknown, string]>([
    ["1..2", "1..2"],
    ["1.a", "1.a"],
    ["1,1", "1,1"],
    ["0", "0"],
    ["1.0", "1.0"],
    ["IIII", "IIII"],
    ["IIX.2", "IIX.2"],
    ["Lĩnh vực", "Lĩnh vực"],
    ["Lĩnh vực một", "Lĩnh vực một"],
    ["#REF!", "#REF!"],
    [0, "0"],
    [-2, "-2"],
    [0.5, "0.5"],
    [1e21, "1e+21"],
    [Number.NaN, "NaN"],
    [true, "TRUE"],
    [false, "FALSE"],
  ])("reads %p as a bad code", (value, text) => {
    expect(readCodeCell(value as never)).toEqual({ kind: "bad", text });
  });

  it.each(["Ghi chú", "PHỤ LỤC 1", "Tổng cộng", "TT", "Vi phạm", "Các nội dung còn lại của lĩnh vực 1 và lĩnh vực 2"])(
    "reads %p as words, not a code",
    (value) => {
      expect(readCodeCell(value)).toEqual({ kind: "text", text: value });
    },
  );
});

describe("readRoman", () => {
  it.each([
    ["I", 1],
    ["iii", 3],
    ["XIV", 14],
    ["XXXIX", 39],
  ])("reads %p as %p", (text, value) => {
    expect(readRoman(text)).toBe(value);
  });

  it.each(["", "IIII", "VV", "IC", "L", "ABC"])("refuses %p", (text) => {
    expect(readRoman(text)).toBeNull();
  });
});

describe("splitLeadingCode", () => {
  it.each<[string, unknown, string]>([
    ["I. CÔNG TÁC CHỈ ĐẠO", { kind: "area", area: 1 }, "CÔNG TÁC CHỈ ĐẠO"],
    ["II CẢI CÁCH THỂ CHẾ", { kind: "area", area: 2 }, "CẢI CÁCH THỂ CHẾ"],
    ["Lĩnh vực 2: Cải cách thể chế", { kind: "area", area: 2 }, "Cải cách thể chế"],
    ["LĨNH VỰC IV - CẢI CÁCH CÔNG VỤ", { kind: "area", area: 4 }, "CẢI CÁCH CÔNG VỤ"],
    ["1.2. Kiểm tra cải cách", { kind: "numeric", segments: [1, 2], absolute: false }, "Kiểm tra cải cách"],
    ["3) Tài chính công", { kind: "numeric", segments: [3], absolute: false }, "Tài chính công"],
  ])("splits %p", (text, code, rest) => {
    expect(splitLeadingCode(text)).toEqual({ code, rest });
  });

  it.each<[unknown]>([["Công tác chỉ đạo"], ["1.a"], ["1 2"], ["1.2.3"], ["Vi phạm hành chính"], [12], [null], ["I."]])(
    "does not split %p",
    (value) => {
      expect(splitLeadingCode(value as never)).toBeNull();
    },
  );
});
