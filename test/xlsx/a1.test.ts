// A1 ranges and sliding relative formulas, as Excel anchors rules at their range's top-left cell.
import { formatRange, parseRange, slideFormula } from "../../src/xlsx/a1";

describe("parseRange / formatRange", () => {
  it.each([
    ["A5:O5", { top: 4, left: 0, bottom: 4, right: 14 }],
    ["E14", { top: 13, left: 4, bottom: 13, right: 4 }],
    ["$F$6:$G$10", { top: 5, left: 5, bottom: 9, right: 6 }],
  ])("reads %s", (range, corners) => {
    expect(parseRange(range)).toEqual(corners);
  });

  it("writes a single cell without a colon", () => {
    expect(formatRange({ top: 13, left: 4, bottom: 13, right: 4 })).toBe("E14");
    expect(formatRange({ top: 5, left: 5, bottom: 9, right: 6 })).toBe("F6:G10");
  });

  it("refuses what is not a range", () => {
    expect(() => parseRange("Tổng")).toThrow("not an A1 range");
  });
});

describe("slideFormula", () => {
  it.each([
    ["$C6", 4, 0, "$C10"],
    ["$C$6", 4, 3, "$C$6"],
    ["AND(ISNUMBER(F6),F6>$C6)", 2, 1, "AND(ISNUMBER(G8),G8>$C8)"],
    ['IF(TRIM(D6)="x",0,C6)', 1, 0, 'IF(TRIM(D7)="x",0,C7)'],
    ['"A1"&B2', 1, 0, '"A1"&B3'],
    ["LOG10(A1)", 1, 0, "LOG10(A2)"],
    ["'Chấm điểm'!A1", 1, 1, "'Chấm điểm'!B2"],
  ])("slides %s by (%i, %i) to %s", (formula, rows, columns, expected) => {
    expect(slideFormula(formula, rows, columns)).toBe(expected);
  });
});
