// Which layout strings Excel would not keep as typed, and how they are written so it does.
import { isRiskyText, toFormulaInput } from "../../../src/excel/sheets/textCells";
import { borderRects } from "../../../src/excel/sheets/sheetStyles";
import { parseRangeAddress, splitSheetAddress } from "../../../src/excel/sheets/addresses";
import { charactersToPoints } from "../../../src/excel/sheets/writeLayout";
import { utf8Length } from "../../../src/excel/host/requestBudget";

describe("isRiskyText", () => {
  it.each(["=SUM(A1)", "+84", "-Tăng cường", "@user", "'quoted", "#N/A", "1.10", "3,61", "12/2022", "10:30", "50%", "1e5", "TRUE", "Jan 2022", " 42 "])(
    "treats %p as something Excel would convert",
    (text) => expect(isRiskyText(text)).toBe(true),
  );

  it.each(["Công tác chỉ đạo điều hành", "Quý IV/2022", "Thường xuyên", "Lĩnh vực 1", "Đề án 06", "", "x"])(
    "leaves %p alone",
    (text) => expect(isRiskyText(text)).toBe(false),
  );
});

describe("toFormulaInput", () => {
  it("prefixes risky text with an apostrophe outside text-formatted cells only", () => {
    expect(toFormulaInput("-Tăng cường", false)).toBe("'-Tăng cường");
    expect(toFormulaInput("-Tăng cường", true)).toBe("-Tăng cường");
    expect([toFormulaInput(null, false), toFormulaInput(2.5, false), toFormulaInput({ formula: "=A1" }, true)]).toEqual(["", 2.5, "=A1"]);
  });
});

describe("borderRects", () => {
  it("merges bordered ranges of the same columns on touching rows and drops ranges inside them", () => {
    const rects = borderRects([
      { range: "A1:O1", style: "title" },
      { range: "A5:O5", style: "header" },
      { range: "A6:O9", style: "subCriterion" },
      { range: "A10:O10", style: "area" },
      { range: "F6:G9", style: "input" },
      { range: "A12:O12", style: "total" },
    ]);
    expect(rects).toEqual([
      { top: 4, left: 0, bottom: 9, right: 14 },
      { top: 11, left: 0, bottom: 11, right: 14 },
    ]);
  });
});

describe("addresses", () => {
  it("splits sheet-qualified addresses and undoes Excel's quoting", () => {
    expect(splitSheetAddress("'Kế hoạch ''2021'''!B3:F40")).toEqual({ sheet: "Kế hoạch '2021'", range: "B3:F40" });
    expect(splitSheetAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", range: "A1" });
    expect(parseRangeAddress("B3:F40")).toEqual({ top: 2, left: 1, bottom: 39, right: 5 });
    expect(parseRangeAddress("A:C")).toBeNull();
  });

  it("converts Excel character widths to the points office-js expects", () => {
    expect(charactersToPoints(8.43)).toBeCloseTo(48, 0);
  });
});

describe("utf8Length", () => {
  it.each(["", "abc", "Lĩnh vực", "điểm ₫", "😀 emoji"])("counts %p as UTF-8 does", (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});
