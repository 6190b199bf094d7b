// Workbooks as the first release wrote them (scoring layout 1: 15 columns, evidence and
// explanations together in column O; metadata records without layout version or sheet id), to
// prove that every reader still understands them.
import ExcelJS from "exceljs";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import type { Template } from "../../src/domain/template/schema";
import { writeLayout, writeWorkbookMetadata } from "../../src/node";

export function createFirstReleaseWorkbook(template: Template, options: { unit?: string; year?: number } = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const layout = layoutScoreSheet(template, { ...options, layoutVersion: 1 });
  writeLayout(workbook.addWorksheet(layout.name), layout);
  writeWorkbookMetadata(
    workbook,
    [{ kind: "score", sheetName: layout.name, templateId: template.id, ...(options.unit ? { unit: options.unit } : {}), ...(options.year ? { year: options.year } : {}) }],
    [template],
  );
  return workbook;
}
