// The ranking sheets in a workbook: written into a new workbook, or rebuilt in place in the one
// made last time (same tab positions and names), carrying over the notes staff typed, by unit.
// A ranking of another year in the same workbook is left alone: the new year gets its own sheets.
// The metadata records each ranking sheet with its year and the template its units were compared
// on, so a unit's plan document can take its rank from it (document --ranking) knowing it is theirs.
import ExcelJS, { type Workbook, type Worksheet } from "exceljs";
import {
  AREA_RANKING_TITLE,
  areaRankingSheetName,
  cellText,
  isRankingSheet,
  layoutAreaRankingSheet,
  layoutRankingSheet,
  rankingSheetName,
  readRankingNotes,
  uniqueSheetName,
  yearFromTitle,
  type AreaRankingSheetLayout,
  type ManagedSheet,
  type Ranking,
  type RankingSheetLayout,
} from "../domain";
import { setSheetOrder, sheetOrderOf } from "./exceljsModel";
import { findMetadataSheet, readWorkbookMetadata, writeWorkbookMetadata } from "./metadataSheet";
import { readSheetGrid } from "./readSheetGrid";
import { writeLayout } from "./writeLayout";

export interface RankingWrite {
  ranking: RankingSheetLayout;
  areas: AreaRankingSheetLayout;
  /** The year's ranking sheets existed and were rebuilt. */
  rebuilt: boolean;
  /** Staff notes carried over from the sheet being rebuilt. */
  notesKept: number;
}

export function createRankingWorkbook(): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "par-index";
  return workbook;
}

/** Whether the workbook holds a ranking sheet (of any year). */
export function hasRankingSheet(workbook: Workbook): boolean {
  return workbook.worksheets.some((sheet) => sheet !== findMetadataSheet(workbook) && isRankingSheet(readSheetGrid(sheet).values));
}

export function writeRanking(workbook: Workbook, ranking: Ranking): RankingWrite {
  const oldRanking = findSheet(workbook, ranking.year, (values) => isRankingSheet(values));
  const oldAreas = findSheet(workbook, ranking.year, (values) => cellText(values[0]?.[0]).startsWith(AREA_RANKING_TITLE));
  const notes = oldRanking ? readRankingNotes(readSheetGrid(oldRanking).values) : new Map();
  const taken = workbook.worksheets.filter((sheet) => sheet !== oldRanking && sheet !== oldAreas).map((sheet) => sheet.name);
  const rankingName = oldRanking?.name ?? uniqueSheetName(rankingSheetName(ranking.year), taken);
  const areasName = oldAreas?.name ?? uniqueSheetName(areaRankingSheetName(ranking.year), [...taken, rankingName]);
  const rankingLayout = layoutRankingSheet(ranking, { notes, sheetName: rankingName });
  const areasLayout = layoutAreaRankingSheet(ranking, { sheetName: areasName });
  writeLayout(replaceSheet(workbook, oldRanking, rankingName), rankingLayout);
  writeLayout(replaceSheet(workbook, oldAreas, areasName), areasLayout);
  recordRanking(workbook, ranking, rankingName, oldRanking?.name);
  return { ranking: rankingLayout, areas: areasLayout, rebuilt: oldRanking !== undefined, notesKept: notes.size };
}

/** The ranking sheet's record (kind "ranking": its year, the template compared on) among the workbook's others. */
function recordRanking(workbook: Workbook, ranking: Ranking, sheetName: string, oldName: string | undefined): void {
  const metadata = readWorkbookMetadata(workbook);
  const others = (metadata?.sheets ?? []).filter((s) => !(s.kind === "ranking" && (s.sheetName === sheetName || s.sheetName === oldName)));
  const templates = new Map(metadata?.templates ?? []);
  if (!ranking.template) {
    if (metadata) writeWorkbookMetadata(workbook, others, [...templates.values()]);
    return;
  }
  templates.set(ranking.template.id, ranking.template);
  const record: ManagedSheet = { kind: "ranking", sheetName, templateId: ranking.template.id, ...(ranking.year !== null ? { year: ranking.year } : {}) };
  writeWorkbookMetadata(workbook, [...others, record], [...templates.values()]);
}

function findSheet(workbook: Workbook, year: number | null, matches: (values: ReturnType<typeof readSheetGrid>["values"]) => boolean): Worksheet | undefined {
  return workbook.worksheets.find((sheet) => {
    if (sheet === findMetadataSheet(workbook)) return false;
    const { values } = readSheetGrid(sheet);
    return matches(values) && yearFromTitle(values) === year;
  });
}

/** A fresh sheet in the old one's tab position: clearing exceljs's merges, styles and rules in place is not reliable. */
function replaceSheet(workbook: Workbook, old: Worksheet | undefined, name: string): Worksheet {
  if (!old) return workbook.addWorksheet(name);
  const order = sheetOrderOf(old);
  workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(name);
  setSheetOrder(sheet, order);
  return sheet;
}
