// Very long or very wide pasted tables import without an internal error: column detection costs
// what the cells cost (a stray value far to the right adds one cell), and nothing spreads a row
// per argument (Math.max(...rows) overflows the stack past ~100 000 rows).
import { importTemplateFromGrid } from "../../../src/domain/import/importTemplateFromGrid";
import { layoutTemplateTable } from "../../../src/domain/import/templateTable";
import type { CellValue } from "../../../src/domain/cells";
import { generateTemplate } from "../../helpers/generateTemplate";

describe("importTemplateFromGrid on large tables", () => {
  it("imports a 150 000-row table", () => {
    const template = generateTemplate(10, 100, 149);
    const table = layoutTemplateTable(template);
    expect(table.length).toBeGreaterThan(150_000);
    const result = importTemplateFromGrid(table, { sheet: "Phụ lục" });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.areas.map((a) => a.maxPoints)).toEqual(template.areas.map((a) => a.maxPoints));
  });

  it("ignores a stray value at XFD1048576 beside a small table", () => {
    const table: CellValue[][] = layoutTemplateTable(generateTemplate(2, 2, 2));
    const stray: CellValue[] = [];
    stray[16383] = "x";
    const grid: CellValue[][] = [...table];
    grid[1048575] = stray;
    const result = importTemplateFromGrid(grid, { sheet: "Phụ lục" });
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
