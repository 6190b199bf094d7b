// What staff typed in an assignment sheet survives its rebuild: notes right of the table stay on
// the row of the same content and unit, or go below the table when that row is gone; rows below
// the table stay as typed (numbers as numbers, formulas as formulas); the table itself is new.
import { buildAssignmentTable } from "../../../src/domain/assignment/assignmentTable";
import { assignmentFromTemplate } from "../../../src/domain/assignment/resolveAssignment";
import { ASSIGNMENT_READ_COLUMNS, readAssignmentStaffText, withStaffText } from "../../../src/domain/layout/assignmentStaffText";
import { layoutAssignmentSheet } from "../../../src/domain/layout/layoutAssignmentSheet";
import type { CellValue, Grid } from "../../../src/domain/cells";
import type { Template } from "../../../src/domain/template/schema";
import { provinceAssignmentTemplate, TU_PHAP, VP_UBND } from "../../helpers/provinceTemplate";

const layoutOf = (template: Template) => layoutAssignmentSheet(buildAssignmentTable(template, assignmentFromTemplate(template), { year: 2021 }), { year: 2021 });

/** The layout as the sheet reads back (formulas), widened to the columns read, with staff cells typed in. */
function typed(cells: ReturnType<typeof layoutOf>["cells"], edits: [row: number, column: number, value: string | number][]): Grid {
  const grid: CellValue[][] = cells.map((row) => [...row.map((cell) => (cell === null ? "" : typeof cell === "object" ? cell.formula : cell)), ...new Array(ASSIGNMENT_READ_COLUMNS - row.length).fill("")]);
  for (const [row, column, value] of edits) {
    while (grid.length <= row) grid.push(new Array(ASSIGNMENT_READ_COLUMNS).fill(""));
    grid[row]![column] = value;
  }
  return grid;
}

describe("the assignment sheet's staff text through a rebuild", () => {
  const template = provinceAssignmentTemplate();
  const old = layoutOf(template);
  const rowOf = (lead: string) => old.cells.findIndex((row, i) => i >= old.firstTableRow && row[2] === lead);
  const end = old.cells.length;

  it("keeps a note on the row of the same content and unit, and the rows below the table as typed", () => {
    const grid = typed(old.cells, [
      [rowOf(TU_PHAP), 5, "Đã gửi văn bản ngày 05/01"],
      [end + 1, 1, "Nơi nhận: Sở Nội vụ; Lưu VT"],
      [end + 2, 1, 42],
      [end + 3, 1, "=SUM(B1:B2)"],
    ]);
    const rebuilt = withStaffText(layoutOf(template), readAssignmentStaffText(grid, old.firstTableRow, old.columnCount));
    expect(rebuilt.columnCount).toBe(6);
    expect(rebuilt.cells[rowOf(TU_PHAP)]![5]).toBe("Đã gửi văn bản ngày 05/01");
    expect(rebuilt.cells[rowOf(TU_PHAP)]![2]).toBe(TU_PHAP);
    expect(rebuilt.cells.slice(end).map((row) => row[1])).toEqual([null, "Nơi nhận: Sở Nội vụ; Lưu VT", 42, { formula: "=SUM(B1:B2)" }]);
    expect(rebuilt.columnWidths).toHaveLength(6);
  });

  it("moves a note whose row is gone below the table, with its row's text, instead of dropping it", () => {
    const grid = typed(old.cells, [[rowOf(VP_UBND), 6, "Hỏi lại VP UBND"]]);
    // Văn phòng UBND tỉnh no longer scores anything: its rows are gone from the new table.
    const without: Template = {
      ...template,
      areas: template.areas.map((area) => ({ ...area, ...(area.leadUnit === VP_UBND ? { leadUnit: "Sở Nội vụ" } : {}), children: area.children?.map((c) => ({ ...c, ...(c.leadUnit === VP_UBND ? { leadUnit: "Sở Nội vụ" } : {}) })) })),
    };
    const fresh = layoutOf(without);
    const rebuilt = withStaffText(fresh, readAssignmentStaffText(grid, old.firstTableRow, old.columnCount));
    expect(rebuilt.cells.slice(0, fresh.cells.length).some((row) => row[6] === "Hỏi lại VP UBND")).toBe(false);
    const moved = rebuilt.cells.slice(fresh.cells.length).find((row) => row[6] === "Hỏi lại VP UBND");
    expect(moved?.[2]).toBe(VP_UBND);
  });

  it("changes nothing when staff typed nothing", () => {
    const fresh = layoutOf(template);
    expect(withStaffText(fresh, readAssignmentStaffText(typed(old.cells, []), old.firstTableRow, old.columnCount))).toBe(fresh);
  });
});
