// Units' workbooks as the grids a host reads back (a scoring sheet with scores typed in, and the
// metadata sheet), for ranking tests; and a small synthetic template whose percentages are easy
// to aim at: lĩnh vực 1 has 60 points (1.1 = 60), lĩnh vực 2 has 40 (2.1 = 40, may be "không áp dụng").
import { isFormulaCell, type LayoutCell } from "../../src/domain/layout/sheetLayout";
import { layoutMetadata } from "../../src/domain/layout/metadata";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { readUnitWorkbook, type SheetSource } from "../../src/domain/ranking/readUnitWorkbook";
import type { UnitResult } from "../../src/domain/ranking/unitResult";
import type { Template } from "../../src/domain/template/schema";
import type { CellValue } from "../../src/domain/cells";
import { typeScores, type TypedScore } from "./scoreGrid";
import { makeTemplate } from "./templates";

export function hundredTemplate(extra: Partial<Template> = {}): Template {
  return makeTemplate(
    [
      { code: "1", name: "Công tác chỉ đạo điều hành", maxPoints: 60, children: [{ code: "1.1", name: "Kế hoạch CCHC", maxPoints: 60 }] },
      {
        code: "2",
        name: "Cải cách thủ tục hành chính",
        maxPoints: 40,
        allowNotApplicable: true,
        children: [{ code: "2.1", name: "Giải quyết thủ tục hành chính", maxPoints: 40, method: "dieu_tra_xhh" }],
      },
    ],
    { id: "thu-nghiem-100", ...extra },
  );
}

export interface UnitSheetOptions {
  unit?: string;
  year?: number;
  scores: Record<string, TypedScore | number>;
  sheetName?: string;
}

/** The sheets of a unit's workbook: its scoring sheet and the metadata (the way par-index new writes them). */
export function unitSheets(template: Template, options: UnitSheetOptions): SheetSource[] {
  const layout = layoutScoreSheet(template, {
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.sheetName ? { sheetName: options.sheetName } : {}),
  });
  const score = typeScores(layout, options.scores);
  const meta = layoutMetadata(
    [{ kind: "score", sheetName: layout.name, templateId: template.id, ...(options.unit ? { unit: options.unit } : {}), ...(options.year ? { year: options.year } : {}) }],
    [template],
  );
  return [
    { name: layout.name, visible: true, read: () => score },
    { name: "PARINDEX_META", visible: false, read: () => grids(meta) },
  ];
}

/** One unit's reading for ranking, from its sheets (fails the test when it is unusable). */
export function unitResult(template: Template, file: string, options: UnitSheetOptions): UnitResult {
  const reading = readUnitWorkbook(file, unitSheets(template, options));
  if (!reading.ok) throw new Error(`${file} unusable: ${JSON.stringify(reading.issues)}`);
  return reading.units[0]!;
}

/** A unit of hundredTemplate at `percent` (hundredths of points are hundredths of a percent). */
export function unitAt(unit: string, percent: number, options: { file?: string; year?: number; template?: Template } = {}): UnitResult {
  const template = options.template ?? hundredTemplate();
  const first = Math.min(percent, 60);
  const scores = { "1.1": first, "2.1": Math.round((percent - first) * 100) / 100 };
  return unitResult(template, options.file ?? `${unit}.xlsx`, { unit, ...(options.year ? { year: options.year } : {}), scores });
}

function grids(cells: readonly (readonly LayoutCell[])[]): { values: CellValue[][]; formulas: CellValue[][] } {
  return {
    values: cells.map((row) => row.map((cell) => (isFormulaCell(cell) ? "" : cell))),
    formulas: cells.map((row) => row.map((cell) => (isFormulaCell(cell) ? cell.formula : cell))),
  };
}
