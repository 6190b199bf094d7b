import { describeIssueDate, formatIssueDate, parseIssueDate } from "../../../src/domain/document/issueDate";

const blank = "\u00a0".repeat(6);

describe("the date line", () => {
  it("leaves day and month blank for the clerk, as seed 001 does", () => {
    expect(describeIssueDate("Sơn La", { year: 2022 })).toBe(`Sơn La, ngày ${blank} tháng ${blank} năm 2022`);
  });

  it("writes days below 10 and the months 1 and 2 with a leading zero (Nghị định 30)", () => {
    expect(describeIssueDate("Sơn La", { day: 5, month: 2, year: 2022 })).toBe("Sơn La, ngày 05 tháng 02 năm 2022");
    expect(describeIssueDate("Hà Nội", { day: 15, month: 3, year: 2022 })).toBe("Hà Nội, ngày 15 tháng 3 năm 2022");
    expect(describeIssueDate("", { day: 1, month: 12, year: 2024 })).toBe("ngày 01 tháng 12 năm 2024");
  });

  it.each([
    ["15/3/2022", { day: 15, month: 3, year: 2022 }],
    ["15-03-2022", { day: 15, month: 3, year: 2022 }],
    ["…/…/2022", { year: 2022 }],
    ["../../2022", { year: 2022 }],
    [" / /2022", { year: 2022 }],
    ["3/2022", { month: 3, year: 2022 }],
    ["2022", { year: 2022 }],
    ["ngày 15 tháng 3 năm 2022", { day: 15, month: 3, year: 2022 }],
    ["", {}],
    [null, {}],
    [44635, { day: 15, month: 3, year: 2022 }],
  ] as const)("reads %p", (value, date) => {
    expect(parseIssueDate(value)).toEqual(date);
  });

  it.each(["32/1/2022", "31/4/2022", "29/2/2023", "1/13/2022", "1/1/22", "mười lăm", "1/2/3/4", true])("cannot read %p", (value) => {
    expect(parseIssueDate(value)).toBeUndefined();
  });

  it("reads back what it writes for the fields sheet", () => {
    for (const date of [{ year: 2022 }, { day: 5, month: 2, year: 2022 }, {}, { month: 7, year: 2025 }]) {
      expect(parseIssueDate(formatIssueDate(date))).toEqual(date);
    }
  });
});
