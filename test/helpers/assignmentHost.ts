// The synthetic provincial master (provinceTemplate.ts: seven departments, tiêu chí-level
// exceptions) in the fake Excel host, made as staff make it in the pane (loadTemplate), and the
// units' files made from what readSplitSource gives the pane: createUnitWorkbook from src/node,
// filled as a department would, saved and read back with src/node's readReturnedWorkbook, as the
// pane reads the files staff pick.
import path from "node:path";
import type ExcelJS from "exceljs";
import { cellAddress, type CellValue } from "../../src/domain/cells";
import type { ReturnedSheet } from "../../src/domain/assignment/mergeReturns";
import type { Assignment } from "../../src/domain/assignment/resolveAssignment";
import type { MasterSheet } from "../../src/domain/assignment/splitSheet";
import { layoutScoreSheet, type ScoreSheetLayout } from "../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import { parseTemplate } from "../../src/domain/template/parseTemplate";
import type { Template } from "../../src/domain/template/schema";
import type { SplitSourceResult, WorkbookOperations } from "../../src/excel/host/workbookOperations";
import { readScoreSheet } from "../../src/domain/layout/readScoreSheet";
import { checkScoreWorkbook, createUnitWorkbook, readReturnedWorkbook, saveWorkbook } from "../../src/node";
import { fakeHost, operationsOn } from "./excelHost";
import type { FakeExcelHost, FakeHostOptions } from "./fakeExcel";
import { provinceAssignmentTemplate } from "./provinceTemplate";

export interface MasterHost {
  host: FakeExcelHost;
  operations: WorkbookOperations;
  sheetName: string;
  template: Template;
  layout: ScoreSheetLayout;
  /** A1 address of an item's cell in the master. */
  cell: (code: string, column: number) => string;
}

export async function provinceMasterHost(
  options: FakeHostOptions & { template?: Template; otherSets?: Record<string, string> } = {},
): Promise<MasterHost> {
  const host = fakeHost({ ...options, sheets: ["Sheet1"] });
  const operations = operationsOn(host, options.otherSets ? { otherSets: options.otherSets } : {});
  // As the pane has it: parsed (a template restored into the metadata after a fault is written in the parsed key order).
  const parsed = parseTemplate(options.template ?? provinceAssignmentTemplate());
  if (!parsed.ok) throw new Error(`not a template: ${JSON.stringify(parsed.issues)}`);
  const template = parsed.value;
  const { sheetName } = await operations.loadTemplate({ template, unit: "tỉnh Kiên Giang", year: 2021 });
  const layout = layoutScoreSheet(template, { year: 2021 });
  return { host, operations, sheetName, template, layout, cell: (code, column) => cellAddress(layout.rowOf[code]!, column) };
}

export type SplitSource = Extract<SplitSourceResult, { ok: true }>;

export async function splitSource(operations: WorkbookOperations, request: Parameters<WorkbookOperations["readSplitSource"]>[0] = {}): Promise<SplitSource> {
  const result = await operations.readSplitSource(request);
  if (!result.ok) throw new Error(`readSplitSource refused: ${JSON.stringify(result.issues)}`);
  return result;
}

/** What a department types into its file, by item code. */
export type UnitEntries = Record<string, { self?: CellValue; evidence?: CellValue; explanation?: CellValue; appraised?: CellValue }>;

/** The unit's file as createUnitWorkbook makes it, filled in with exceljs as staff would in Excel. */
export function filledUnitWorkbook(master: MasterSheet, assignment: Assignment, unit: string, entries: UnitEntries, splitAt = "2022-01-10T08:00:00.000Z"): ExcelJS.Workbook {
  const { workbook, sheet } = createUnitWorkbook(master, assignment, { unit, schedule: { deadline: "2022-01-25" }, splitAt });
  const worksheet = workbook.getWorksheet(sheet.layout.name)!;
  for (const [code, entry] of Object.entries(entries)) {
    const row = sheet.layout.rowOf[code];
    if (row === undefined) throw new Error(`no row for ${code}`);
    for (const [field, column] of [["self", C.self], ["evidence", C.evidence], ["explanation", C.explanation], ["appraised", C.appraised]] as const) {
      const value = entry[field];
      if (value !== undefined) worksheet.getCell(row + 1, column + 1).value = value as ExcelJS.CellValue;
    }
  }
  return workbook;
}

/** Saved to `dir` and read back as the pane reads a picked file. */
export async function returnedFile(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<ReturnedSheet> {
  const file = path.join(dir, name);
  await saveWorkbook(workbook, file);
  const read = await readReturnedWorkbook(file);
  if (!read.ok) throw new Error(`not a unit's file: ${JSON.stringify(read.issue)}`);
  return { ...read.returned, file: name };
}

/** The same without a file: the workbook read as readReturnedWorkbook reads it (for the fault and size tests). */
export function returnedInMemory(workbook: ExcelJS.Workbook, name: string): ReturnedSheet {
  const sheet = checkScoreWorkbook(workbook, { file: name }).sheets.find((s) => s.managed.split)!;
  return {
    file: name,
    template: sheet.template,
    record: sheet.managed,
    read: readScoreSheet(sheet.template, sheet.grid.values, { sheet: sheet.sheetName, formulas: sheet.grid.formulas }),
  };
}
