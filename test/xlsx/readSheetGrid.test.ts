// readSheetGrid gives what Excel's range.values / range.formulas would: cached results, plain
// text for rich text and links, error codes as text, translated shared formulas; dates as the text
// staff see; each row only as long as its last filled cell, so a far stray cell costs one cell.
import path from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbook, readSheetGrid, saveWorkbook } from "../../src/node";
import { useTempDir } from "../helpers/tempDir";

const tempDir = useTempDir();

async function written(build: (sheet: ExcelJS.Worksheet) => void, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Trang"));
  const file = path.join(tempDir(), name);
  await saveWorkbook(workbook, file);
  return (await loadWorkbook(file)).getWorksheet("Trang")!;
}

describe("readSheetGrid", () => {
  it("reads from A1, each row to its last filled cell, blanks before it as empty text", async () => {
    const sheet = await written((s) => {
      s.getCell("B2").value = 1.5;
      s.getCell("C3").value = "x";
      s.getCell("E1").style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } } };
    }, "extent.xlsx");
    expect(readSheetGrid(sheet).values).toEqual([[], ["", 1.5], ["", "", "x"]]);
  });

  it("gives formula cells their cached result and the formula with its '='", async () => {
    const sheet = await written((s) => {
      s.getCell("A1").value = 2;
      s.getCell("B1").value = { formula: "A1*2", result: 4, date1904: false };
      s.getCell("C1").value = { formula: "1/0", result: { error: "#DIV/0!" }, date1904: false };
      s.getCell("D1").value = { formula: 'IF(A1>0,"","x")', result: "", date1904: false };
    }, "formulas.xlsx");
    const grid = readSheetGrid(sheet);
    expect(grid.values).toEqual([[2, 4, "#DIV/0!", ""]]);
    expect(grid.formulas).toEqual([[2, "=A1*2", "=1/0", '=IF(A1>0,"","x")']]);
  });

  it("turns rich text, hyperlinks, errors, booleans and dates into plain values", async () => {
    const sheet = await written((s) => {
      s.getCell("A1").value = { richText: [{ text: "Cải cách " , font: { bold: true } }, { text: "công vụ" }] };
      s.getCell("B1").value = { text: "Cổng thông tin", hyperlink: "https://example.vn" };
      s.getCell("C1").value = { error: "#N/A" };
      s.getCell("D1").value = true;
      s.getCell("E1").value = new Date(Date.UTC(2024, 0, 31));
    }, "kinds.xlsx");
    expect(readSheetGrid(sheet).values).toEqual([["Cải cách công vụ", "Cổng thông tin", "#N/A", true, "31/01/2024"]]);
  });

  it("translates shared formulas for each cell", async () => {
    const sheet = await written((s) => {
      s.getCell("A1").value = 1;
      s.getCell("A2").value = 2;
      s.getCell("B1").value = { formula: "A1*10", result: 10, shareType: "shared", ref: "B1:B2", date1904: false } as ExcelJS.CellFormulaValue;
      s.getCell("B2").value = { sharedFormula: "B1", result: 20, date1904: false } as unknown as ExcelJS.CellValue;
    }, "shared.xlsx");
    const grid = readSheetGrid(sheet);
    expect(grid.formulas).toEqual([
      [1, "=A1*10"],
      [2, "=A2*10"],
    ]);
    expect(grid.values).toEqual([
      [1, 10],
      [2, 20],
    ]);
  });

  it("gives a merged area's value in its top-left cell only", async () => {
    const sheet = await written((s) => {
      s.getCell("A1").value = "Tiêu đề";
      s.mergeCells("A1:C1");
      s.getCell("C2").value = 1;
    }, "merged.xlsx");
    expect(readSheetGrid(sheet).values).toEqual([["Tiêu đề"], ["", "", 1]]);
  });

  it("reads a value at XFD1048576 as one cell, not a grid to there", async () => {
    const sheet = await written((s) => {
      s.getCell("A1").value = "Mã";
      s.getCell("XFD1048576").value = "x";
    }, "stray.xlsx");
    const { values } = readSheetGrid(sheet);
    expect(values).toHaveLength(1048576);
    expect(values[0]).toEqual(["Mã"]);
    expect(values[1048575]).toHaveLength(16384);
    expect(values[1048575]![16383]).toBe("x");
    expect(Object.keys(values[1048575]!)).toEqual(["16383"]);
    // The rows between hold nothing and cost nothing.
    expect(Object.keys(values)).toEqual(["0", "1048575"]);
    expect(values[500]).toBeUndefined();
  });

  it("reads an empty sheet as an empty grid", async () => {
    const sheet = await written(() => undefined, "empty.xlsx");
    expect(readSheetGrid(sheet)).toEqual({ values: [], formulas: [] });
  });
});
