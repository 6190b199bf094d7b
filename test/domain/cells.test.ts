import {
  cellAddress,
  cellText,
  columnLetter,
  isBlank,
  isFormulaError,
  parseCellAddress,
  quoteSheetName,
  rangeAddress,
} from "../../src/domain/cells";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("names column %p %p", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(parseCellAddress(`${letters}1`)).toEqual({ row: 0, column: index });
  });

  it("turns 0-based positions into cells and ranges", () => {
    expect(cellAddress(13, 4)).toBe("E14");
    expect(rangeAddress(0, 0, 1, 2)).toBe("A1:C2");
    expect(rangeAddress(4, 5, 4, 5)).toBe("F5");
  });

  it("reads absolute and lower-case addresses", () => {
    expect(parseCellAddress("$e$14")).toEqual({ row: 13, column: 4 });
  });

  it.each([["14E"], ["A0"], ["Sheet1!A1"], [""], ["ABCD1"]])("refuses %p as an address", (text) => {
    expect(parseCellAddress(text)).toBeNull();
  });

  it("throws on negative or fractional positions, which only a bug produces", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => cellAddress(1.5, 0)).toThrow(RangeError);
  });
});

describe("cell values", () => {
  it.each([["#DIV/0!", true], ["#N/A", true], [" #VALUE! ", true], ["#không", false], [3, false], [null, false]])(
    "knows whether %p is a formula error",
    (value, expected) => {
      expect(isFormulaError(value)).toBe(expected);
    },
  );

  it.each([[null, true], [undefined, true], ["  ", true], ["\u00a0x", false], [0, false], [false, false]])(
    "knows whether %p is blank",
    (value, expected) => {
      expect(isBlank(value)).toBe(expected);
    },
  );

  it("reads a cell as label text", () => {
    expect(cellText(" Lĩnh vực\u00a01 ")).toBe("Lĩnh vực 1");
    expect(cellText(1.5)).toBe("1.5");
    expect(cellText(null)).toBe("");
  });

  it("quotes sheet names for formulas, doubling apostrophes", () => {
    expect(quoteSheetName("Chấm điểm 2021")).toBe("'Chấm điểm 2021'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });
});
