// Scoring workbooks as files: a new one from a template (the scoring sheet the add-in writes, plus
// the very hidden metadata), and checking one read back — each scoring sheet found through the
// metadata, or, in a workbook without it, a sheet that still has the scoring sheet's header.
import ExcelJS from "exceljs";
import {
  checkScoreSheet,
  findHeaderRow,
  indexTemplate,
  layoutScoreSheet,
  SCORE_COLUMNS,
  SCORE_HEADERS,
  cellText,
  importTemplateFromGrid,
  isFormulaCell,
  type Grid,
  type ManagedSheet,
  type ScoreCheck,
  type Template,
  type WorkbookMetadata,
} from "../domain";
import { NoScoreSheetError, SheetNotFoundError } from "./errors";
import { findMetadataSheet, readWorkbookMetadata, writeWorkbookMetadata } from "./metadataSheet";
import { readSheetGrid, type SheetGrid } from "./readSheetGrid";
import { scoreSheetResults } from "./scoreSheetResults";
import { templateTableLayout } from "./templateTableSheet";
import { loadWorkbook } from "./workbookFiles";
import { writeLayout } from "./writeLayout";

export interface ScoreWorkbookOptions {
  /** Tên đơn vị được chấm điểm. */
  unit?: string;
  year?: number;
}

export function createScoreWorkbook(template: Template, options: ScoreWorkbookOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "par-index";
  // The cached results are a courtesy to viewers; Excel recomputes every formula on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  if (indexTemplate(template).items.length === 0) {
    const layout = templateTableLayout(template);
    writeLayout(workbook.addWorksheet(layout.name), layout);
    return workbook;
  }
  const layout = layoutScoreSheet(template, options);
  const worksheet = workbook.addWorksheet(layout.name);
  const empty = layout.cells.map((row) => row.map((cell) => (cell === null || isFormulaCell(cell) ? "" : cell)));
  const { totals } = checkScoreSheet(template, empty);
  writeLayout(worksheet, layout, { results: scoreSheetResults(layout, totals) });
  const record: ManagedSheet = {
    kind: "score",
    sheetName: layout.name,
    templateId: template.id,
    ...(options.unit?.trim() ? { unit: options.unit.trim() } : {}),
    ...(options.year ? { year: options.year } : {}),
  };
  writeWorkbookMetadata(workbook, [record], [template]);
  return workbook;
}

export interface ScoreSheetCheck {
  sheetName: string;
  template: Template;
  /** The metadata record; for a workbook without metadata, one made up from the sheet. */
  managed: ManagedSheet;
  check: ScoreCheck;
  grid: SheetGrid;
}

export interface ScoreWorkbookCheck {
  workbook: ExcelJS.Workbook;
  /** null when the workbook has no metadata sheet (a template was read from the sheet itself). */
  metadata: WorkbookMetadata | null;
  sheets: ScoreSheetCheck[];
}

export async function readScoreWorkbook(file: string, options: { sheet?: string } = {}): Promise<ScoreWorkbookCheck> {
  return checkScoreWorkbook(await loadWorkbook(file), { ...options, file });
}

/** Checks every scoring sheet of a loaded workbook (or only `sheet`). */
export function checkScoreWorkbook(workbook: ExcelJS.Workbook, options: { sheet?: string; file?: string } = {}): ScoreWorkbookCheck {
  const file = options.file ?? "<workbook>";
  const metadata = readWorkbookMetadata(workbook);
  const candidates = metadata ? managedScoreSheets(workbook, metadata, file) : [unmanagedScoreSheet(workbook, file)];
  const selected = options.sheet === undefined ? candidates : candidates.filter((c) => c.sheetName === options.sheet);
  if (selected.length === 0) {
    throw new SheetNotFoundError(options.sheet ?? "", candidates.map((c) => c.sheetName));
  }
  const sheets = selected.map(({ sheetName, template, managed }) => {
    const grid = readSheetGrid(workbook.getWorksheet(sheetName)!);
    const check = checkScoreSheet(template, grid.values, { sheet: sheetName, formulas: grid.formulas });
    return { sheetName, template, managed, check, grid };
  });
  return { workbook, metadata, sheets };
}

type Candidate = Pick<ScoreSheetCheck, "sheetName" | "template" | "managed">;

function managedScoreSheets(workbook: ExcelJS.Workbook, metadata: WorkbookMetadata, file: string): Candidate[] {
  const found: Candidate[] = [];
  for (const managed of metadata.sheets) {
    if (managed.kind !== "score") continue;
    const template = metadata.templates.get(managed.templateId);
    if (!template || !workbook.getWorksheet(managed.sheetName)) continue;
    found.push({ sheetName: managed.sheetName, template, managed });
  }
  if (found.length === 0) {
    const listed = metadata.sheets.filter((s) => s.kind === "score").map((s) => s.sheetName);
    throw new NoScoreSheetError(
      file,
      listed.length > 0 ? `listed sheets missing or without template: ${listed.join(", ")}` : "metadata lists no scoring sheet",
    );
  }
  return found;
}

/**
 * A workbook without metadata (copied sheet by sheet, or saved by another tool): the first visible
 * sheet with the scoring sheet's header, its template rebuilt from the Mã / tên / điểm tối đa columns.
 */
function unmanagedScoreSheet(workbook: ExcelJS.Workbook, file: string): Candidate {
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state !== "visible" || worksheet === findMetadataSheet(workbook)) continue;
    const { values } = readSheetGrid(worksheet);
    const header = findHeaderRow(values);
    const headerRow = values[header] ?? [];
    if (cellText(headerRow[SCORE_COLUMNS.code]) !== SCORE_HEADERS.code || cellText(headerRow[SCORE_COLUMNS.max]) !== SCORE_HEADERS.max) continue;
    const imported = importTemplateFromGrid(definitionColumns(values, header), {
      sheet: worksheet.name,
      origin: { row: header, column: 0 },
      meta: { name: worksheet.name, source: `Trang «${worksheet.name}» (không có siêu dữ liệu par-index)` },
    });
    if (!imported.ok) throw new NoScoreSheetError(file, `sheet "${worksheet.name}" has a scoring header but its criteria do not import`);
    const managed: ManagedSheet = { kind: "score", sheetName: worksheet.name, templateId: imported.value.id };
    return { sheetName: worksheet.name, template: imported.value, managed };
  }
  throw new NoScoreSheetError(file, "no metadata sheet and no sheet with a scoring header");
}

/** Only the code, name and maximum columns from the header down: the rest would confuse column detection. */
function definitionColumns(values: Grid, header: number): Grid {
  return values.slice(header).map((row) => (row.length === 0 ? row : [row[SCORE_COLUMNS.code] ?? "", row[SCORE_COLUMNS.name] ?? "", row[SCORE_COLUMNS.max] ?? ""]));
}
