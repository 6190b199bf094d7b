// One unit's workbook read for ranking, from its sheets as grids (cell values as range.values
// gives them), so the command line (exceljs) and the task pane (a browser-side reader) share it:
// each scoring sheet the metadata lists (or, without metadata, the first sheet with the scoring
// header, its template read from the sheet), checked and reduced to what ranking compares.
import { cellText, type Grid } from "../cells";
import { importTemplateFromGrid } from "../import";
import { makeIssue, type Issue } from "../issues";
import { METADATA_SHEET_NAME, readMetadata, type ManagedSheet } from "../layout/metadata";
import { isRankingSheet } from "../layout/readRankingSheet";
import { findHeaderRow } from "../layout/readScoreSheet";
import { SCORE_COLUMNS, SCORE_HEADERS } from "../layout/scoreSheetColumns";
import type { Template } from "../template/schema";
import { checkScoreSheet } from "../workflow";
import { summarizeUnit, type UnitNameSource, type UnitResult } from "./unitResult";
import { tidyUnitName } from "../unitNames";

export interface SheetGrids {
  values: Grid;
  /** The same block with formulas, to notice subtotals typed over; optional. */
  formulas?: Grid;
}

/** A worksheet of the workbook; `read` is called only for the sheets ranking needs. */
export interface SheetSource {
  name: string;
  visible: boolean;
  read(): SheetGrids;
}

export type UnitWorkbookReading =
  | { ok: true; file: string; units: UnitResult[] }
  | { ok: false; file: string; issues: Issue[] };

/** The template id given to a scoring sheet without metadata: such sheets compare by their maxima. */
export const SHEET_TEMPLATE_ID = "doc-tu-trang-cham-diem";

export function readUnitWorkbook(file: string, sheets: readonly SheetSource[]): UnitWorkbookReading {
  const wanted = METADATA_SHEET_NAME.toLowerCase();
  const metaSheet = sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  const metaGrids = metaSheet?.read();
  const metadata = metaGrids ? readMetadata(metaGrids.values, metaGrids.formulas) : null;
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  const units: UnitResult[] = [];
  if (metadata) {
    for (const managed of metadata.sheets) {
      if (managed.kind !== "score") continue;
      const template = metadata.templates.get(managed.templateId);
      const sheet = byName.get(managed.sheetName);
      if (!template || !sheet) continue;
      units.push(readScoreSheetForRanking(file, sheet.name, template, sheet.read(), managed));
    }
  } else {
    const found = findUnmanagedScoreSheet(sheets, metaSheet);
    if (found) units.push(readScoreSheetForRanking(file, found.sheet, found.template, found.grids, null));
  }
  if (units.length > 0) return { ok: true, file, units };
  const rankingWorkbook = sheets.some((sheet) => sheet !== metaSheet && sheet.visible && isRankingSheet(sheet.read().values));
  return { ok: false, file, issues: [makeIssue("rank_no_score_sheet", "error", { file, rankingWorkbook })] };
}

/** One scoring sheet reduced for ranking, from its grids: the readers of both hosts end here. */
export function readScoreSheetForRanking(file: string, sheet: string, template: Template, grids: SheetGrids, managed: ManagedSheet | null): UnitResult {
  const check = checkScoreSheet(template, grids.values, { sheet, ...(grids.formulas ? { formulas: grids.formulas } : {}) });
  const fromSheet = unitFromSheet(grids.values);
  let unit: string;
  let unitSource: UnitNameSource;
  const readingIssues: Issue[] = [];
  if (managed?.unit && tidyUnitName(managed.unit)) {
    unit = tidyUnitName(managed.unit);
    unitSource = "metadata";
  } else if (fromSheet) {
    unit = fromSheet;
    unitSource = "sheet";
  } else {
    unit = fileStem(file);
    unitSource = "file";
    readingIssues.push(makeIssue("rank_unit_from_file_name", "warning", { file, unit }, { sheet }));
  }
  const year = managed?.year ?? yearFromTitle(grids.values);
  const summary = summarizeUnit({ file, sheet, unit, unitSource, year }, template, check, readingIssues);
  return managed?.stage ? { ...summary, stage: managed.stage.stage } : summary;
}

/** The scoring sheet's "Đơn vị: …" line (row 2), unless it still holds the placeholder dots. */
export function unitFromSheet(values: Grid): string | null {
  for (const row of values.slice(0, 4)) {
    const match = /^Đơn vị\s*:\s*(.*)$/su.exec(cellText(row[0]).normalize("NFC"));
    if (!match) continue;
    const name = tidyUnitName(match[1] ?? "");
    return name && !/^[.…\s]*$/u.test(name) ? name : null;
  }
  return null;
}

/** "… NĂM 2021" in the sheet's title. */
export function yearFromTitle(values: Grid): number | null {
  for (const row of values.slice(0, 3)) {
    const match = /\bNĂM\s+(\d{4})\b/iu.exec(cellText(row[0]).normalize("NFC"));
    if (match) return Number(match[1]);
  }
  return null;
}

/** "don-vi/So Tu phap.xlsx" → "So Tu phap". */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, "") || base;
}

/**
 * A workbook without metadata (copied sheet by sheet, saved by another tool): the first visible
 * sheet with the scoring header, its template rebuilt from the Mã / tên / điểm tối đa columns.
 */
function findUnmanagedScoreSheet(sheets: readonly SheetSource[], metaSheet: SheetSource | undefined) {
  for (const sheet of sheets) {
    if (!sheet.visible || sheet === metaSheet) continue;
    const grids = sheet.read();
    const header = findHeaderRow(grids.values);
    const headerRow = grids.values[header] ?? [];
    if (cellText(headerRow[SCORE_COLUMNS.code]) !== SCORE_HEADERS.code || cellText(headerRow[SCORE_COLUMNS.max]) !== SCORE_HEADERS.max) continue;
    const definition = grids.values
      .slice(header)
      .map((row) => [row[SCORE_COLUMNS.code] ?? "", row[SCORE_COLUMNS.name] ?? "", row[SCORE_COLUMNS.max] ?? ""]);
    const imported = importTemplateFromGrid(definition, {
      sheet: sheet.name,
      origin: { row: header, column: 0 },
      meta: { id: SHEET_TEMPLATE_ID, name: `Bộ tiêu chí đọc từ trang «${sheet.name}»`, source: `Trang «${sheet.name}» (không có siêu dữ liệu par-index)` },
    });
    if (imported.ok) return { sheet: sheet.name, template: imported.value, grids };
  }
  return null;
}
