// What the consolidation reads from this workbook, side by side in one sync (more only for sheets
// past the ~4 MB a response carries): the scoring sheets the metadata records, read as the check
// reads them, and the earlier ranking sheets — recorded ones, or sheets named like one (a ranking
// workbook made by `par-index rank`) — whose staff notes a rebuild keeps.
import type { Grid } from "../../domain/cells";
import type { ManagedSheet } from "../../domain/layout/metadata";
import { AREA_RANKING_SHEET_BASE_NAME, RANKING_SHEET_BASE_NAME } from "../../domain/layout/rankingSheetColumns";
import type { Template } from "../../domain/template/schema";
import { readRows, rowsPerResponse, type RowRead } from "../sheets/readBlocks";
import type { ScoreBlock } from "../sheets/readSheets";
import { scoreRead } from "../sheets/readSheets";
import type { ReplacedSheet } from "../plan/replacePlanSheet";
import type { ActionScope } from "../host/runAction";
import { METADATA_SHEET_NAME } from "../../domain/layout/metadata";
import type { WorkbookSnapshot } from "../sheets/workbookSnapshot";

/** A ranking sheet is at most 18 columns wide; staff may have added a few. */
const RANKING_LAST_COLUMN = "Z";
/** A ranking row as staff may fill it: a long note beside the unit's numbers. */
const RANKING_ROW_BYTES = 4 * 1024;

export interface ScoreSheetToRead {
  managed: ManagedSheet;
  template: Template;
}

export interface EarlierRankingSheet {
  sheet: ReplacedSheet;
  /** Its record in the metadata, if any (kind "ranking" or "rankingAreas", with the year). */
  record: ManagedSheet | null;
  values: Grid;
}

export interface RankingSources {
  scores: { managed: ManagedSheet; template: Template; block: ScoreBlock }[];
  rankings: EarlierRankingSheet[];
}

/** Sheets that may be an earlier ranking: recorded as one, or named as the ranking sheets are. */
export function earlierRankingCandidates(snapshot: WorkbookSnapshot): { name: string; record: ManagedSheet | null }[] {
  const records = snapshot.metadata?.sheets ?? [];
  const recordOf = (name: string) => records.find((record) => record.sheetName === name) ?? null;
  return snapshot.sheets
    .filter((sheet) => sheet.name !== METADATA_SHEET_NAME)
    .map((sheet) => ({ name: sheet.name, record: recordOf(sheet.name) }))
    .filter(({ name, record }) => {
      if (record) return record.kind === "ranking" || record.kind === "rankingAreas";
      return name.startsWith(RANKING_SHEET_BASE_NAME) || name.startsWith(AREA_RANKING_SHEET_BASE_NAME);
    });
}

export async function readRankingSources(
  scope: ActionScope,
  scoreSheets: readonly ScoreSheetToRead[],
  candidates: readonly { name: string; record: ManagedSheet | null }[],
): Promise<RankingSources> {
  const worksheets = scope.context.workbook.worksheets;
  const rankingSheets = candidates.map((candidate) => ({ ...candidate, worksheet: worksheets.getItem(candidate.name) }));
  const rankingRead = (worksheet: Excel.Worksheet): RowRead => ({
    lastColumn: RANKING_LAST_COLUMN,
    loads: [{ property: "values", from: "A", to: RANKING_LAST_COLUMN, offset: 0 }],
    rowsPerChunk: rowsPerResponse(1, RANKING_ROW_BYTES),
    alongside: () => worksheet.load("id,position"),
  });
  if (scoreSheets.length === 0 && rankingSheets.length === 0) return { scores: [], rankings: [] };
  const grids = await readRows(scope.context, [
    ...scoreSheets.map(({ managed, template }) => ({ worksheet: worksheets.getItem(managed.sheetName), read: scoreRead(template) })),
    ...rankingSheets.map(({ worksheet }) => ({ worksheet, read: rankingRead(worksheet) })),
  ]);
  const scores = scoreSheets.map(({ managed, template }, i) => {
    const [values = [], formulas = []] = grids[i] ?? [];
    return { managed, template, block: { values, formulas } };
  });
  const rankings = rankingSheets.map(({ name, record, worksheet }, i) => ({
    sheet: { name, id: worksheet.id, position: worksheet.position },
    record,
    values: grids[scoreSheets.length + i]?.[0] ?? [],
  }));
  return { scores, rankings };
}
