import {
  formatPoints,
  hasAtMostTwoDecimals,
  parsePoints,
  percentHundredths,
  roundTo2,
  sumHundredths,
  toHundredths,
} from "../../src/domain/points";

describe("parsePoints", () => {
  it.each([
    [3.61, 361],
    ["3,61", 361],
    ["3.61", 361],
    [" 2 ", 200],
    ["1,5 điểm", 150],
    [",5", 50],
    [0, 0],
    [0.1 + 0.2, 30],
    [16.5, 1650],
  ])("reads %p as %p hundredths", (raw, hundredths) => {
    expect(parsePoints(raw)).toEqual({ ok: true, value: hundredths });
  });

  it.each([["abc"], [""], ["1,2,3"], ["3,5x"], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "refuses %p as not a number",
    (raw) => {
      expect(parsePoints(raw)).toEqual({ ok: false, reason: "not_a_number" });
    },
  );

  it("refuses more than two decimals and negatives, keeping the value for the message", () => {
    expect(parsePoints("3,615")).toEqual({ ok: false, reason: "too_many_decimals", value: 3.615 });
    expect(parsePoints(-1)).toEqual({ ok: false, reason: "negative", value: -1 });
  });
});

describe("exact sums", () => {
  it("adds the seed's deductions to exactly 5,48", () => {
    const lost = [0.61, 0.28, 0, 0.65, 2.28, 0.26, 0.39, 1.01].map(toHundredths);
    expect(sumHundredths(lost)).toBe(548);
    expect(formatPoints(sumHundredths(lost))).toBe("5,48");
  });

  it("knows a binary 3.61 has two decimals and 3.615 has three", () => {
    expect(hasAtMostTwoDecimals(3.61)).toBe(true);
    expect(hasAtMostTwoDecimals(1.005)).toBe(false);
    expect(hasAtMostTwoDecimals(Number.NaN)).toBe(false);
  });
});

describe("formatPoints", () => {
  it.each([
    [1089, "10,89"],
    [200, "2"],
    [50, "0,5"],
    [-548, "-5,48"],
    [0, "0"],
    [5, "0,05"],
  ])("writes %p hundredths as %p", (h, text) => {
    expect(formatPoints(h)).toBe(text);
  });

  it("uses a decimal point for English", () => {
    expect(formatPoints(1089, ".")).toBe("10.89");
  });
});

describe("percentHundredths", () => {
  it("rounds half away from zero on integers", () => {
    expect(percentHundredths(9452, 10000)).toBe(9452);
    expect(percentHundredths(1, 8)).toBe(1250); // 12,5 %
    expect(percentHundredths(1, 3)).toBe(3333);
    expect(percentHundredths(2, 3)).toBe(6667);
    expect(percentHundredths(-1, 8)).toBe(-1250);
  });

  it("has no percentage without a maximum", () => {
    expect(percentHundredths(0, 0)).toBeNull();
  });
});

describe("roundTo2", () => {
  it("rounds like Excel's ROUND(x, 2)", () => {
    expect(roundTo2(1.005)).toBe(1.01);
    expect(roundTo2(2.675)).toBe(2.68);
    expect(roundTo2(-1.005)).toBe(-1.01);
    expect(roundTo2(0.1 + 0.2)).toBe(0.3);
  });
});
