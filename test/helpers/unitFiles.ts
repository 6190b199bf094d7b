// The split / fill / gather cycle as the core sees it, without files: a master grid from the
// layout with typed values, a unit's sheet from layoutUnitSheet filled in like staff would, and
// both read back as the hosts read them.
import type { CellValue } from "../../src/domain/cells";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import type { ManagedSheet } from "../../src/domain/layout/metadata";
import { readScoreSheet } from "../../src/domain/layout/readScoreSheet";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import { isFormulaCell, type LayoutCell } from "../../src/domain/layout/sheetLayout";
import { layoutUnitSheet, type MasterSheet, type UnitSheet } from "../../src/domain/assignment/splitSheet";
import type { Assignment } from "../../src/domain/assignment/resolveAssignment";
import type { CellChange, ReturnedSheet } from "../../src/domain/assignment/mergeReturns";
import type { Template } from "../../src/domain/template/schema";

export interface Entry {
  self?: CellValue;
  appraised?: CellValue;
  notApplicable?: CellValue;
  evidence?: CellValue;
  explanation?: CellValue;
  leadUnit?: CellValue;
}

const COLUMNS: Record<keyof Entry, number> = {
  self: C.self,
  appraised: C.appraised,
  notApplicable: C.notApplicable,
  evidence: C.evidence,
  explanation: C.explanation,
  leadUnit: C.leadUnit,
};

function gridOf(cells: readonly (readonly LayoutCell[])[]): CellValue[][] {
  return cells.map((row) => row.map((cell) => (cell === null ? "" : isFormulaCell(cell) ? "" : cell)));
}

function type(values: CellValue[][], rowOf: Readonly<Record<string, number>>, entries: Record<string, Entry>): void {
  for (const [code, entry] of Object.entries(entries)) {
    const row = rowOf[code];
    if (row === undefined) throw new Error(`no row for ${code}`);
    for (const [key, value] of Object.entries(entry) as [keyof Entry, CellValue][]) values[row]![COLUMNS[key]] = value;
  }
}

export function masterOf(template: Template, entries: Record<string, Entry> = {}, record: Partial<ManagedSheet> = {}): MasterSheet {
  const layout = layoutScoreSheet(template, { year: 2021 });
  const values = gridOf(layout.cells);
  type(values, layout.rowOf, entries);
  return {
    template,
    record: { kind: "score", sheetName: layout.name, templateId: template.id, year: 2021, sheetId: "master-1", ...record },
    values,
    read: readScoreSheet(template, values, { sheet: layout.name }),
  };
}

/** A master with the changes applied, as the host would leave it. */
export function applied(master: MasterSheet, changes: readonly CellChange[]): MasterSheet {
  const values = master.values.map((row) => [...row]);
  for (const change of changes) values[change.row]![change.column] = change.after;
  return { ...master, values, read: readScoreSheet(master.template, values, { sheet: master.record.sheetName }) };
}

export function splitFor(master: MasterSheet, assignment: Assignment, unit: string, splitAt = "2022-01-10T08:00:00.000Z", deadline?: string): UnitSheet {
  return layoutUnitSheet(master, assignment, { unit, splitAt, ...(deadline ? { schedule: { deadline } } : {}) });
}

/** The unit's file filled in (anywhere, even in locked rows, as a tool ignoring protection could). */
export function filled(sheet: UnitSheet, template: Template, file: string, entries: Record<string, Entry>): ReturnedSheet {
  const values = gridOf(sheet.layout.cells);
  type(values, sheet.layout.rowOf, entries);
  return { file, template, record: sheet.record, read: readScoreSheet(template, values, { sheet: sheet.layout.name }) };
}
