// The rank line of a unit's plan document taken from the published ranking (the ranking workbook
// `par-index rank` wrote, read back): the ranking of the workbook's year and template, the unit's
// line in it found by name (unitKey), its place handed to the document fields as a RankStanding —
// so "xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc …)" is never typed twice. A ranking of another
// year or template, or one the unit is missing from, is refused with an issue saying which.
import type { RankingLine, RankingTable } from "../layout/readRankingTable";
import { makeIssue, type Issue } from "../issues";
import { findRankedUnit, standingOfRankedUnit } from "../ranking/rankSentence";
import { templateKey } from "../ranking/templateKey";
import { fail, succeed, type Result } from "../result";
import type { Template } from "../template/schema";
import { tidyUnitName, unitKey } from "../unitNames";
import { withRankStanding, type DocumentFields } from "./documentFields";

export interface PublishedRanking {
  /** The ranking workbook, as messages name it. */
  file: string;
  /** Its ranking sheets (one per year it ranks). */
  sheets: readonly PublishedRankingSheet[];
}

export interface PublishedRankingSheet {
  sheet: string;
  table: RankingTable;
  /** The template its units were compared on, when the workbook records it (its metadata). */
  template: Template | null;
}

/** The workbook whose document is being made, as the ranking would have seen it. */
export interface RankedWorkbook {
  /** Names the unit goes by, first the one ranking reads (the scoring sheet's unit), then the document's. */
  units: readonly string[];
  year: number | null;
  template: Template;
}

export interface RankingLineFound {
  /** The ranking sheet the line is on. */
  sheet: string;
  line: RankingLine;
}

/** The unit's line in the ranking of its year and template, or the issue that stops it. */
export function findRankingLine(ranking: PublishedRanking, workbook: RankedWorkbook): Result<RankingLineFound> {
  const { file } = ranking;
  const refuse = (issue: Issue) => fail<RankingLineFound>([issue]);
  if (ranking.sheets.length === 0) return refuse(makeIssue("document_ranking_not_ranking", "error", { file }));
  const chosen = chooseYear(ranking.sheets, workbook.year);
  if (!chosen) {
    const years = [...new Set(ranking.sheets.map((s) => s.table.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
    return refuse(makeIssue("document_ranking_year_mismatch", "error", { file, years, expectedYear: workbook.year! }));
  }
  // The template the workbook records for the sheet; a ranking made before it did is known by the name in its subtitle.
  const sameTemplate = chosen.template
    ? templateKey(chosen.template) === templateKey(workbook.template)
    : chosen.table.templateName === null || chosen.table.templateName === workbook.template.name.normalize("NFC");
  if (!sameTemplate) {
    const templateName = chosen.template?.name ?? chosen.table.templateName ?? "";
    return refuse(makeIssue("document_ranking_template_mismatch", "error", { file, templateName, expectedTemplateName: workbook.template.name }));
  }
  const names = [...new Map(workbook.units.map((name) => [unitKey(name), tidyUnitName(name)])).values()].filter((name) => name !== "");
  for (const name of names) {
    const line = findRankedUnit(chosen.table, name);
    if (line) return succeed({ sheet: chosen.sheet, line });
  }
  const left = chosen.table.excluded.find((entry) => names.some((name) => unitKey(name) === unitKey(entry.unit)));
  if (left) return refuse(makeIssue("document_ranking_unit_excluded", "error", { file, sheet: chosen.sheet, unit: left.unit, reason: left.reason }));
  return refuse(makeIssue("document_ranking_unit_missing", "error", { file, sheet: chosen.sheet, unit: names[0] ?? "Đơn vị", ranked: chosen.table.units.length }));
}

/** The fields with the unit's rank, number ranked and change from its ranking line; the peer group is the fields' own wording. */
export function withRankingLine(fields: DocumentFields, line: RankingLine): DocumentFields {
  return withRankStanding(fields, standingOfRankedUnit(line, fields.peerGroup));
}

/** The sheet of the workbook's year (else one that does not say its year); without a year, the latest. */
function chooseYear(sheets: readonly PublishedRankingSheet[], year: number | null): PublishedRankingSheet | undefined {
  if (year === null) return [...sheets].sort((a, b) => (b.table.year ?? 0) - (a.table.year ?? 0))[0];
  return sheets.find((s) => s.table.year === year) ?? sheets.find((s) => s.table.year === null);
}
