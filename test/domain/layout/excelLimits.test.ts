// Excel keeps at most 32 767 characters in a cell: longer text is an issue at its cell, on import
// and before a layout is written, the same for both hosts.
import { assertLayoutFitsExcel, CellTextTooLongError, EXCEL_LIMITS, overlongCells } from "../../../src/domain/layout/excelLimits";
import { importTemplateFromGrid } from "../../../src/domain/import/importTemplateFromGrid";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { smallTemplate } from "../../helpers/templates";

const long = "a".repeat(EXCEL_LIMITS.cellText + 1);

describe("overlongCells", () => {
  it.each([
    [EXCEL_LIMITS.cellText, 0],
    [EXCEL_LIMITS.cellText + 1, 1],
  ])("a cell of %i characters gives %i issue", (length, count) => {
    expect(overlongCells([["x", "a".repeat(length)]])).toHaveLength(count);
  });

  it("names the cell in the sheet and says the limit in Vietnamese", () => {
    const [issue] = overlongCells([[], ["", long]], { sheet: "Phụ lục", origin: { row: 4, column: 2 } });
    expect(issue).toMatchObject({ code: "cell_text_too_long", sheet: "Phụ lục", cell: "D6", length: 32768 });
    expect(formatIssue(issue!)).toBe("Ô D6: Nội dung dài 32.768 ký tự, vượt giới hạn 32.767 ký tự của một ô Excel; hãy rút gọn hoặc chia ra nhiều ô.");
  });
});

describe("the limit on import and before writing", () => {
  it("fails an import whose criterion name is too long, at its cell", () => {
    const result = importTemplateFromGrid(
      [
        ["Mã", "Nội dung", "Điểm tối đa"],
        ["1", long, 10],
      ],
      { sheet: "Phụ lục" },
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([["cell_text_too_long", "B2"]]);
  });

  it("refuses to write a layout whose title would be too long", () => {
    const template = { ...smallTemplate(), source: long };
    const layout = layoutScoreSheet(template);
    const error = (() => {
      try {
        assertLayoutFitsExcel(layout);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CellTextTooLongError);
    expect((error as CellTextTooLongError).issues.map((i) => i.cell)).toEqual(["A3"]);
  });
});
