// Layouts written with exceljs to a real .xlsx file and read back give the same cells, formulas,
// validations, formats, merges, panes and print setup (no outline); text is never turned into a formula.
import path from "node:path";
import ExcelJS, { ValueType } from "exceljs";
import { getBundledTemplate } from "../../src/domain/template/bundledTemplates";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { layoutPlanSheet } from "../../src/domain/layout/layoutPlanSheet";
import { isFormulaCell, type LayoutCell, type SheetLayout } from "../../src/domain/layout/sheetLayout";
import { loadWorkbook, readSheetGrid, saveWorkbook, writeLayout } from "../../src/node";
import { conditionalFormatsOf, dataValidationsOf } from "../../src/xlsx/exceljsModel";
import { generateTemplate } from "../helpers/generateTemplate";
import { useTempDir } from "../helpers/tempDir";

const tempDir = useTempDir();

async function roundTrip(layout: SheetLayout, name = "layout.xlsx"): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  writeLayout(workbook.addWorksheet(layout.name), layout);
  const file = path.join(tempDir(), name);
  await saveWorkbook(workbook, file);
  return (await loadWorkbook(file)).getWorksheet(layout.name)!;
}

/** The grid a host should read back: formulas as "=…", values as written, blanks as "". */
function expectedGrids(cells: readonly (readonly LayoutCell[])[]) {
  const formulas = cells.map((row) => row.map((cell) => (cell === null ? "" : isFormulaCell(cell) ? cell.formula : cell)));
  return { formulas };
}

function trimGrid(grid: unknown[][]): unknown[][] {
  const rows = grid.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === "") copy.pop();
    return copy;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

describe("writeLayout", () => {
  const template = generateTemplate(3, 3, 2, { allowNotApplicable: true, adjustments: true, leafCriterionEvery: 3 });
  const layout = layoutScoreSheet(template, { unit: "Sở Nội vụ", year: 2024 });
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = await roundTrip(layout, "score.xlsx");
  });

  it("writes every cell: formulas with their text, numbers as numbers, text as text", () => {
    const { formulas } = readSheetGrid(sheet);
    expect(trimGrid(formulas)).toEqual(trimGrid(expectedGrids(layout.cells).formulas));
    const first = layout.rowOf["1"]! + 1;
    expect(sheet.getCell(first, 3).type).toBe(ValueType.Number);
    expect(sheet.getCell(first, 5).type).toBe(ValueType.Formula);
    expect(sheet.getCell(first, 1).type).toBe(ValueType.String);
  });

  it("keeps the column widths, number formats and named styles", () => {
    // exceljs omits 9-wide columns; the sheet's default width carries them.
    const width = (i: number) => sheet.getColumn(i + 1).width ?? sheet.properties.defaultColWidth;
    expect(layout.columnWidths.map((_, i) => width(i))).toEqual(layout.columnWidths);
    const item = layout.rowOf["1.1"]! + 1;
    expect(sheet.getCell(item, 1).numFmt).toBe("@");
    expect(sheet.getCell(item, 10).numFmt).toBe("0.00");
    const header = sheet.getCell(5, 1);
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F6E43" } });
    expect(header.font?.color?.argb).toBe("FFFFFFFF");
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(header.border?.top?.style).toBe("thin");
    // "area" then "computed": the later fill wins, the area's bold stays.
    const areaComputed = sheet.getCell(layout.rowOf["1"]! + 1, 8);
    expect(areaComputed.font?.bold).toBe(true);
    expect(areaComputed.fill).toMatchObject({ fgColor: { argb: "FFF2F2F2" } });
  });

  it("merges the title rows", () => {
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual([...layout.merges].sort());
  });

  it("groups no rows, as the add-in draws the same sheet without an outline", () => {
    const levels = layout.cells.map((_, r) => sheet.getRow(r + 1).outlineLevel ?? 0);
    expect(new Set(levels)).toEqual(new Set([0]));
    expect(sheet.properties.outlineLevelRow ?? 0).toBe(0);
  });

  it("keeps each validation on its range with its relative maximum formula", () => {
    const model = dataValidationsOf(sheet).model;
    const written = Object.entries(model)
      .map(([range, rule]) => ({ range, type: rule!.type, formulae: rule!.formulae }))
      .sort((a, b) => a.range.localeCompare(b.range));
    const expected = layout.validations
      .map(({ range, rule }) => ({
        range,
        type: rule.kind,
        formulae: rule.kind === "decimal" ? [rule.min, rule.maxFormula.slice(1)] : [`"${rule.values.join(",")}"`],
      }))
      .sort((a, b) => a.range.localeCompare(b.range));
    expect(written).toEqual(expected);
    const decimal = Object.values(model).find((rule) => rule?.type === "decimal")!;
    expect(decimal).toMatchObject({ operator: "between", allowBlank: true, showErrorMessage: true, errorTitle: "Điểm không hợp lệ" });
  });

  it("keeps the conditional formats as expression rules in the layout's order", () => {
    const written = conditionalFormatsOf(sheet).map((cf) => ({
      range: cf.ref,
      formula: (cf.rules[0] as { formulae: string[] }).formulae[0],
      priority: cf.rules[0]!.priority,
      type: cf.rules[0]!.type,
    }));
    expect(written).toEqual(
      layout.conditionalFormats.map((f, i) => ({ range: f.range, formula: f.formula.slice(1), priority: i + 1, type: "expression" })),
    );
  });

  it("freezes the header and the code and name columns, and prints A4 landscape at 90 % with code and name on every page", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 5 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: false, scale: 90, printTitlesRow: "5:5", printTitlesColumn: "A:B" });
  });

  it.each(["=SUM(A1:A3)", "-Tăng cường kiểm tra", "+ Đôn đốc", "@mention", "=1+1", "'quoted"])(
    "keeps staff text %p as text, never a formula",
    async (text) => {
      const plan = layoutPlanSheet({ summary: [], total: { max: 0, score: 0, lostPoints: 0 }, sections: [], keptAside: [], staffRows: [] });
      plan.cells[0]![0] = text;
      const written = await roundTrip(plan, `text-${Buffer.from(text).toString("hex")}.xlsx`);
      expect(written.getCell("A1").type).toBe(ValueType.String);
      expect(written.getCell("A1").value).toBe(text);
      expect(readSheetGrid(written).values[0]![0]).toBe(text);
    },
  );

  it("writes the seed's scoring sheet whole", async () => {
    const seed = layoutScoreSheet(getBundledTemplate("son-la-vpub-2021"), { year: 2021 });
    const written = await roundTrip(seed, "seed.xlsx");
    expect(trimGrid(readSheetGrid(written).formulas)).toEqual(trimGrid(expectedGrids(seed.cells).formulas));
  });
});
