// Everything a user could see or the add-in could read in a fake workbook, as plain data to
// compare before and after an action: the sheets in order with their visibility, each sheet's
// cells, merges, formats, rules, charts, frozen panes, page setup and page breaks, the active sheet
// and its selection.
// Sheet ids are left out (a sheet made again is the same sheet to staff).
import type { FakeExcelHost, FakeSheet } from "./fakeExcel";

export interface SheetFingerprint {
  name: string;
  visibility: string;
  cells: Record<string, unknown>;
  merges: unknown[];
  formats: unknown[];
  conditionalFormats: unknown[];
  columnWidths: unknown[];
  validations: unknown[];
  charts: unknown[];
  freeze: unknown;
  pageSetup: unknown;
  pageBreaks: number[];
  /** Sheet protection and the cells left unlocked, as they take effect (not the log of lock changes). */
  protection: { protected: boolean; options: Record<string, unknown>; unlocked: string[] };
}

export interface WorkbookFingerprint {
  sheets: SheetFingerprint[];
  active: string;
  selection: unknown;
}

export function fingerprint(host: FakeExcelHost): WorkbookFingerprint {
  const workbook = host.workbook;
  return {
    sheets: workbook.sheets.map((sheet) => sheetFingerprint(sheet, (id) => workbook.sheetById(id)?.name ?? "#REF!")),
    active: workbook.activeSheet.name,
    selection: workbook.selection.rect,
  };
}

function sheetFingerprint(sheet: FakeSheet, sheetName: (id: string) => string): SheetFingerprint {
  const cells: Record<string, unknown> = {};
  for (const key of [...sheet.cells.keys()].sort()) {
    const cell = sheet.cells.get(key)!;
    if (cell.type === "empty" && cell.numberFormat === "General") continue;
    cells[key] = { ...cell };
  }
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells,
    merges: sheet.merges.map((rect) => ({ ...rect })),
    formats: sheet.formats.filter((entry) => entry.property !== "protection.locked").map((entry) => ({ ...entry })),
    conditionalFormats: sheet.conditionalFormats.map((entry) => ({ ...entry })),
    columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    validations: sheet.validations.map((entry) => ({ ...entry })),
    // Charts plot cells of sheets known by id; a made-again sheet is the same sheet to staff, so by name.
    charts: sheet.charts.map((chart) => ({
      ...chart,
      series: chart.series.map((series) => ({
        ...series,
        values: series.values && { sheet: sheetName(series.values.sheetId), rect: { ...series.values.rect } },
        xValues: series.xValues && { sheet: sheetName(series.xValues.sheetId), rect: { ...series.xValues.rect } },
        pointFills: { ...series.pointFills },
      })),
    })),
    freeze: { ...sheet.freeze },
    pageSetup: { ...sheet.pageSetup },
    pageBreaks: [...sheet.pageBreaks],
    protection: { protected: sheet.protected, options: { ...sheet.protectionOptions }, unlocked: unlockedCells(sheet) },
  };
}

/** Cells whose lock was ever changed and that are unlocked now, in row order. */
function unlockedCells(sheet: FakeSheet): string[] {
  const keys = new Set<string>();
  for (const entry of sheet.formats) {
    if (entry.property !== "protection.locked") continue;
    for (let r = entry.rect.top; r <= entry.rect.bottom; r += 1) for (let c = entry.rect.left; c <= entry.rect.right; c += 1) keys.add(`${r},${c}`);
  }
  return [...keys]
    .filter((key) => {
      const [r, c] = key.split(",").map(Number) as [number, number];
      return !sheet.lockedAt(r, c);
    })
    .sort((a, b) => {
      const [ar, ac] = a.split(",").map(Number) as [number, number];
      const [br, bc] = b.split(",").map(Number) as [number, number];
      return ar - br || ac - bc;
    });
}

/** What each optional finish adds to a sheet, to take out of a fingerprint when it was skipped. */
const FINISH_PARTS: Record<string, (sheet: SheetFingerprint) => SheetFingerprint> = {
  freezePanes: (sheet) => ({ ...sheet, freeze: { rows: 0, columns: 0 } }),
  dataValidation: (sheet) => ({ ...sheet, validations: [] }),
  pageLayout: (sheet) => {
    // A sheet printed at a scale has it set by this finish, not by fitToWidth.
    const { orientation: _o, paperSize: _p, printTitleRows: _t, printTitleColumns: _c, zoom: _z, ...rest } = sheet.pageSetup as Record<string, unknown>;
    return { ...sheet, pageSetup: rest, pageBreaks: [] };
  },
  fitToWidth: (sheet) => {
    const { zoom: _z, ...rest } = sheet.pageSetup as Record<string, unknown>;
    return { ...sheet, pageSetup: rest };
  },
};

/** The fingerprint with the named finishes of one sheet taken out. */
export function withoutFinishes(print: WorkbookFingerprint, sheetName: string, finishes: readonly string[]): WorkbookFingerprint {
  return {
    ...print,
    sheets: print.sheets.map((sheet) =>
      sheet.name !== sheetName ? sheet : finishes.reduce((out, finish) => (FINISH_PARTS[finish] ?? ((x: SheetFingerprint) => x))(out), sheet),
    ),
  };
}
