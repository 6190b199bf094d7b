// The files of a ranking: each unit's workbook read as grids for the core (one at a time, so a
// thousand workbooks never sit in memory together), last year's ranking (.xlsx or .json), and the
// ranking workbook saved with its charts, whole or not at all.
import type { Workbook } from "exceljs";
import {
  readPreviousRankingJson,
  readPreviousRankingSheets,
  readUnitWorkbook,
  makeIssue,
  type PreviousRanking,
  type Result,
  type UnitWorkbookReading,
} from "../domain";
import { fail } from "../domain/result";
import { addChartParts } from "./addChartParts";
import { OutputWriteError } from "./errors";
import type { RankingWrite } from "./rankingWorkbook";
import { sheetSources, visibleSheetValues } from "./unitWorkbookSheets";
import { loadWorkbook, readInputFile, writeFileAtomically } from "./workbookFiles";

/** One unit's workbook, read and reduced to what ranking needs; the workbook itself is not kept. */
export async function readUnitFile(file: string): Promise<UnitWorkbookReading> {
  return readUnitWorkbook(file, sheetSources(await loadWorkbook(file)));
}

export { sheetSources } from "./unitWorkbookSheets";

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

/** Writes the workbook with its ranking charts to `file` atomically, never over one of `inputs`. */
export async function saveRankingWorkbook(workbook: Workbook, written: RankingWrite, file: string, inputs: readonly string[]): Promise<void> {
  // Cached formula results may be stale: Excel recomputes on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  let data: Buffer;
  try {
    data = Buffer.from(await workbook.xlsx.writeBuffer());
  } catch (error) {
    throw new OutputWriteError(file, "other", error instanceof Error ? error.message : String(error));
  }
  const withCharts = await addChartParts(
    data,
    [written.ranking, written.areas].map((layout) => ({ sheetName: layout.name, charts: layout.charts ?? [], cells: layout.cells })),
    file,
  );
  await writeFileAtomically(file, withCharts, inputs);
}
