// Rows staff add to a plan sheet without an item code — a second remedy line inserted in the
// table, a note typed under it, a row pasted twice — are carried below the rebuilt plan, never lost.
import { PLAN_COLUMN_COUNT, PLAN_COLUMNS as P } from "../../../src/domain/layout/planSheetColumns";
import { SECTION_TITLES } from "../../../src/domain/layout/planSheetTitles";
import { readPlanStaffRows } from "../../../src/domain/layout/readPlanSheet";
import { isFormulaCell, type LayoutCell } from "../../../src/domain/layout/sheetLayout";
import { buildPlanSheet, checkScoreSheet } from "../../../src/domain/workflow";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import type { CellValue } from "../../../src/domain/cells";
import { typeScores } from "../../helpers/scoreGrid";
import { smallTemplate } from "../../helpers/templates";

const template = smallTemplate();
const { values } = typeScores(layoutScoreSheet(template, { year: 2025 }), { "1.1": 0.5, "1.2.1": 0.5, "1.2.2": 1.5, "2": 3 });
const check = checkScoreSheet(template, values);
const asGrid = (cells: readonly (readonly LayoutCell[])[]): CellValue[][] => cells.map((row) => row.map((c) => (isFormulaCell(c) ? "" : (c as CellValue))));
const blank = () => new Array<CellValue>(PLAN_COLUMN_COUNT).fill("");

/** The first plan, with a row inserted after 1.1 holding a remedy, and a note two rows under the table. */
function editedPlan(): CellValue[][] {
  const first = buildPlanSheet(template, check, { year: 2025 });
  const grid = asGrid(first.layout.cells);
  const inserted = blank();
  inserted[P.remedy] = "Bổ sung: rà soát quy chế làm việc";
  inserted[P.leadUnit] = "Phòng Hành chính";
  grid.splice(first.layout.rowOf["1.1"]! + 1, 0, inserted);
  const note = blank();
  note[P.stt] = "Ghi chú: kế hoạch trình lãnh đạo ngày 20/12.";
  grid.push(blank(), note);
  return grid;
}

describe("the rows staff add to a plan sheet", () => {
  it("are read with their text by plan column and the code above them", () => {
    const rows = readPlanStaffRows(editedPlan());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ after: "1.1" });
    expect(rows[0]!.cells[P.remedy]).toBe("Bổ sung: rà soát quy chế làm việc");
    expect(rows[0]!.cells[P.leadUnit]).toBe("Phòng Hành chính");
    expect(rows[1]!.cells[P.stt]).toBe("Ghi chú: kế hoạch trình lãnh đạo ngày 20/12.");
  });

  it("are none in a plan as the tool wrote it (its titles, headers and rows are its own)", () => {
    const first = buildPlanSheet(template, check, { year: 2025 });
    expect(readPlanStaffRows(asGrid(first.layout.cells))).toEqual([]);
  });

  it("come back in part IV of the rebuilt plan, and stay there rebuild after rebuild", () => {
    const second = buildPlanSheet(template, check, { year: 2025, previousPlan: editedPlan() });
    const texts = second.layout.cells.map((row) => row.filter((c) => typeof c === "string").join(" | "));
    const title = texts.indexOf(SECTION_TITLES.staffRows);
    expect(title).toBeGreaterThan(0);
    expect(texts.slice(title + 2)).toEqual(["Bổ sung: rà soát quy chế làm việc | Phòng Hành chính", "Ghi chú: kế hoạch trình lãnh đạo ngày 20/12."]);
    // The note typed alone in the STT column reads across the table.
    const noteRow = texts.indexOf("Ghi chú: kế hoạch trình lãnh đạo ngày 20/12.");
    expect(second.layout.merges).toContain(`A${noteRow + 1}:L${noteRow + 1}`);
    const third = buildPlanSheet(template, check, { year: 2025, previousPlan: asGrid(second.layout.cells) });
    expect(third.layout.cells).toEqual(second.layout.cells);
    // Carried once, a row's first place is no longer known.
    expect(second.plan.staffRows.map((row) => row.after)).toEqual(["1.1", "2"]);
    expect(third.plan.staffRows.map((row) => row.after)).toEqual([null, null]);
  });

  it("include a row pasted with a code already used, and text in a column the plan does not have", () => {
    const first = buildPlanSheet(template, check, { year: 2025 });
    const grid = asGrid(first.layout.cells).map((row) => [...row, ""]);
    const copy = [...grid[first.layout.rowOf["1.1"]!]!];
    copy[P.remedy] = "Bản sao có nội dung khác";
    grid.push(copy);
    grid[first.layout.rowOf["2"]!]![PLAN_COLUMN_COUNT] = "ý kiến bên lề";
    const rows = readPlanStaffRows(grid);
    expect(rows.map((row) => [row.cells[P.name], row.cells[P.remedy] || row.cells[P.note]])).toEqual([
      ["(dòng 2)", "ý kiến bên lề"],
      [copy[P.name], "Bản sao có nội dung khác"],
    ]);
  });
});
