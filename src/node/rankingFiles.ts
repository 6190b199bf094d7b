// The files of a ranking: each unit's workbook read as grids for the core (one at a time, so a
// thousand workbooks never sit in memory together), last year's ranking (.xlsx or .json), and the
// ranking workbook saved with its charts, whole or not at all.
import type { Workbook } from "exceljs";
import {
  readPreviousRankingJson,
  readPreviousRankingSheets,
  readRankingTable,
  readUnitWorkbook,
  makeIssue,
  type PreviousRanking,
  type PublishedRanking,
  type PublishedRankingSheet,
  type Result,
  type UnitWorkbookReading,
} from "../domain";
import { fail } from "../domain/result";
import { addChartParts } from "../xlsx/addChartParts";
import { findMetadataSheet, readWorkbookMetadata } from "../xlsx/metadataSheet";
import type { PreparedOutput } from "./outputFile";
import { readSheetGrid } from "../xlsx/readSheetGrid";
import type { RankingWrite } from "../xlsx/rankingWorkbook";
import { sheetSources, visibleSheetValues } from "../xlsx/unitWorkbookSheets";
import { loadWorkbook, loadWorkbookForReading, readInputFile, workbookFileBytes, type SkippedSheet } from "./workbookFiles";

/**
 * One unit's workbook, read and reduced to what ranking needs; the workbook itself is not kept. A
 * scratch sheet that would put it past the limits is left out (and listed): ranking only reads it.
 */
export async function readUnitFile(file: string): Promise<UnitWorkbookReading & { skipped: SkippedSheet[] }> {
  const { workbook, skipped } = await loadWorkbookForReading(file);
  return { ...readUnitWorkbook(file, sheetSources(workbook)), skipped };
}

export { sheetSources } from "../xlsx/unitWorkbookSheets";

/** Last year's ranking: a .json list (or last year's `rank --json`), else a workbook with a ranking table. */
export async function readPreviousRankingFile(file: string): Promise<Result<PreviousRanking>> {
  if (/\.json$/i.test(file)) {
    const text = (await readInputFile(file)).toString("utf8").replace(/^\uFEFF/, "");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return fail([makeIssue("rank_previous_unreadable", "error", { file, detail: `JSON không hợp lệ (${error instanceof Error ? error.message : String(error)}).` })]);
    }
    return readPreviousRankingJson(file, value);
  }
  return readPreviousRankingSheets(file, visibleSheetValues(await loadWorkbook(file)));
}

/**
 * A ranking workbook made by rank, read back as its published result (for a unit's plan document):
 * each ranking sheet's table, with the template the metadata records for it.
 */
export async function readRankingFile(file: string): Promise<PublishedRanking> {
  const workbook = await loadWorkbook(file);
  const metadata = readWorkbookMetadata(workbook);
  const metaSheet = findMetadataSheet(workbook);
  const sheets: PublishedRankingSheet[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet === metaSheet || worksheet.state !== "visible") continue;
    const table = readRankingTable(readSheetGrid(worksheet).values);
    if (!table) continue;
    const record = metadata?.sheets.find((s) => s.kind === "ranking" && s.sheetName === worksheet.name);
    sheets.push({ sheet: worksheet.name, table, template: record ? (metadata!.templates.get(record.templateId) ?? null) : null });
  }
  return { file, sheets };
}

/**
 * Writes the ranking workbook to an output prepared with prepareOutput (before the units were read):
 * the workbook's bytes (checked against Excel's cell limit), then its charts added as parts, then
 * the file written whole or not at all.
 */
export async function saveRankingWorkbook(workbook: Workbook, written: RankingWrite, output: PreparedOutput, options: { existing?: "refuse" | "replace" } = {}): Promise<void> {
  const data = await workbookFileBytes(workbook, output);
  const withCharts = await addChartParts(
    data,
    [written.ranking, written.areas].map((layout) => ({ sheetName: layout.name, charts: layout.charts ?? [], cells: layout.cells })),
    output.path,
  );
  await output.write(withCharts, options);
}
