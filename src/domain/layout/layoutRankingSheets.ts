// Both sheets of a ranking — the ranking table and the per-lĩnh vực sheet — named for the year.
import type { Ranking } from "../ranking/rankUnits";
import { layoutAreaRankingSheet, type AreaRankingSheetLayout } from "./layoutAreaRankingSheet";
import { layoutRankingSheet, type RankingSheetLayout } from "./layoutRankingSheet";
import type { StaffNote } from "./readRankingSheet";

export interface RankingSheets {
  ranking: RankingSheetLayout;
  areas: AreaRankingSheetLayout;
}

export function layoutRankingSheets(ranking: Ranking, options: { notes?: ReadonlyMap<string, StaffNote> } = {}): RankingSheets {
  return { ranking: layoutRankingSheet(ranking, options.notes ? { notes: options.notes } : {}), areas: layoutAreaRankingSheet(ranking) };
}
