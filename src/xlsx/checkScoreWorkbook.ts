// Checking the scoring sheets of a workbook already loaded by exceljs: each scoring sheet found
// through the metadata, or, in a workbook without it, a sheet that still has the scoring sheet's
// header. No Node API here or below: the pane's on-demand chunk reads the units' returned files
// with it, as \`par-index merge\` does (test/taskpane/files/assignmentFilesChunk.test.ts checks it).
import type ExcelJS from "exceljs";
import {
  checkScoreSheet,
  matchTemplate,
  recognizeScoreSheet,
  SCORE_COLUMNS,
  importTemplateFromGrid,
  issuesOfPart,
  type Grid,
  type ManagedSheet,
  type ScoreCheck,
  type Template,
  type WorkbookMetadata,
} from "../domain";
import { NoScoreSheetError, SheetNotFoundError } from "./errors";
import { findMetadataSheet, readWorkbookMetadata } from "./metadataSheet";
import { readSheetGrid, type SheetGrid } from "./readSheetGrid";

/** How a scoring sheet was found: its metadata record, or its header (a copy of a managed sheet, or a sheet without metadata). */
export type ScoreSheetOrigin = "metadata" | "copy" | "header";

export interface ScoreSheetCheck {
  sheetName: string;
  template: Template;
  /** The metadata record; for a sheet found by its header, one made up from the sheet. */
  managed: ManagedSheet;
  origin: ScoreSheetOrigin;
  check: ScoreCheck;
  grid: SheetGrid;
}

export interface ScoreWorkbookCheck {
  workbook: ExcelJS.Workbook;
  /** null when the workbook has no metadata sheet (a template was read from the sheet itself). */
  metadata: WorkbookMetadata | null;
  /** The sheets checked (all scoring sheets, or the one asked for). */
  sheets: ScoreSheetCheck[];
  /** Every scoring sheet found, in tab order, checked or not. */
  found: { sheetName: string; origin: ScoreSheetOrigin }[];
}

/** Checks every scoring sheet of a loaded workbook (or only `sheet`). */
export function checkScoreWorkbook(workbook: ExcelJS.Workbook, options: { sheet?: string; file?: string } = {}): ScoreWorkbookCheck {
  const file = options.file ?? "<workbook>";
  const metadata = readWorkbookMetadata(workbook);
  const candidates = findScoreSheets(workbook, metadata, file);
  const wanted = options.sheet?.normalize("NFC");
  const selected = wanted === undefined ? candidates : candidates.filter((c) => c.sheetName.normalize("NFC") === wanted);
  if (selected.length === 0) {
    throw new SheetNotFoundError(options.sheet ?? "", candidates.map((c) => c.sheetName));
  }
  const sheets = selected.map(({ sheetName, template, managed, origin, grid }) => {
    const full = checkScoreSheet(template, grid.values, { sheet: sheetName, formulas: grid.formulas });
    // A unit's file made by split: the other units' rows are blank on purpose.
    const check = managed.split ? { ...full, issues: issuesOfPart(full.issues, new Set(managed.split.items)) } : full;
    return { sheetName, template, managed, origin, check, grid };
  });
  return { workbook, metadata, sheets, found: candidates.map(({ sheetName, origin }) => ({ sheetName, origin })) };
}

type Candidate = Omit<ScoreSheetCheck, "check">;

/**
 * Scoring sheets in tab order: those the metadata lists, then any other sheet with the scoring
 * header — a copy (Excel's Move or Copy) of a managed sheet takes the template whose items it
 * lists; any other has its template read from its Mã / tên / điểm tối đa columns.
 */
function findScoreSheets(workbook: ExcelJS.Workbook, metadata: WorkbookMetadata | null, file: string): Candidate[] {
  const metaSheet = findMetadataSheet(workbook);
  const managed = new Map<string, ManagedSheet>();
  // Sheets the metadata says are something else (a plan, the document fields, a ranking) are never
  // taken for scoring sheets, by their record or by their look.
  const others = new Set<string>();
  for (const record of metadata?.sheets ?? []) {
    if (record.kind !== "score") others.add(record.sheetName);
    else if (metadata!.templates.has(record.templateId) && workbook.getWorksheet(record.sheetName)) managed.set(record.sheetName, record);
  }
  const found: Candidate[] = [];
  const unreadable: string[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet === metaSheet || others.has(worksheet.name)) continue;
    const record = managed.get(worksheet.name);
    if (record) {
      const template = metadata!.templates.get(record.templateId)!;
      found.push({ sheetName: worksheet.name, template, managed: record, origin: "metadata", grid: readSheetGrid(worksheet) });
      continue;
    }
    if (worksheet.state !== "visible") continue;
    const grid = readSheetGrid(worksheet);
    const recognized = recognizeScoreSheet(grid.values);
    if (!recognized) continue;
    const about = { ...(recognized.unit ? { unit: recognized.unit } : {}), ...(recognized.year ? { year: recognized.year } : {}) };
    const copied = metadata ? matchTemplate(grid.values, recognized.headerRow, metadata.templates.values()) : null;
    if (copied) {
      const copy: ManagedSheet = { kind: "score", sheetName: worksheet.name, templateId: copied.id, ...about };
      found.push({ sheetName: worksheet.name, template: copied, managed: copy, origin: "copy", grid });
      continue;
    }
    const imported = importTemplateFromGrid(definitionColumns(grid.values, recognized.headerRow), {
      sheet: worksheet.name,
      origin: { row: recognized.headerRow, column: 0 },
      meta: { name: worksheet.name, source: `Trang «${worksheet.name}» (không có siêu dữ liệu par-index)` },
    });
    if (!imported.ok) {
      unreadable.push(worksheet.name);
      continue;
    }
    const made: ManagedSheet = { kind: "score", sheetName: worksheet.name, templateId: imported.value.id, ...about };
    found.push({ sheetName: worksheet.name, template: imported.value, managed: made, origin: "header", grid });
  }
  if (found.length === 0) {
    const listed = (metadata?.sheets ?? []).filter((s) => s.kind === "score").map((s) => s.sheetName);
    throw new NoScoreSheetError(
      file,
      unreadable.length > 0
        ? `sheets with a scoring header whose criteria do not import: ${unreadable.join(", ")}`
        : listed.length > 0
          ? `listed sheets missing or without template: ${listed.join(", ")}`
          : "no sheet with a scoring header",
    );
  }
  return found;
}

/** Only the code, name and maximum columns from the header down: the rest would confuse column detection. */
function definitionColumns(values: Grid, header: number): Grid {
  return values.slice(header).map((row) => (row.length === 0 ? row : [row[SCORE_COLUMNS.code] ?? "", row[SCORE_COLUMNS.name] ?? "", row[SCORE_COLUMNS.max] ?? ""]));
}
