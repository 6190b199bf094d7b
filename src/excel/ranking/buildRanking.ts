// "Tổng hợp nhiều đơn vị": ranks the units the pane read from their own workbooks, with the scoring
// sheets of this workbook when asked, and writes the year's two ranking sheets (the ranking with its
// chart, the per-lĩnh vực sheet with its chart). Ranking sheets of that year made earlier (recorded
// in the metadata, or named as `par-index rank` names them) are read first, so the notes staff typed
// are kept by unit, and rebuilt in place; all sheets and their records go in together or not at
// all (commitSheets.ts). Syncs: the snapshot (two in a workbook the add-in never wrote to), the
// reads (none when there is nothing to read), the sheets with their record, the finishes — four,
// whatever the number of units; more only past the request budget or when a finish is refused.
import { cellText } from "../../domain/cells";
import { layoutAreaRankingSheet, areaRankingSheetName } from "../../domain/layout/layoutAreaRankingSheet";
import { layoutRankingSheet, rankingSheetName } from "../../domain/layout/layoutRankingSheet";
import type { ManagedSheet } from "../../domain/layout/metadata";
import { AREA_RANKING_TITLE } from "../../domain/layout/rankingSheetColumns";
import { isRankingSheet, readRankingNotes } from "../../domain/layout/readRankingSheet";
import { rankUnits, type Ranking } from "../../domain/ranking/rankUnits";
import { readScoreSheetForRanking, yearFromTitle } from "../../domain/ranking/readUnitWorkbook";
import type { UnitResult } from "../../domain/ranking/unitResult";
import { commitSheets } from "../sheets/commitSheets";
import type { HostFeature } from "../host/features";
import type { HostDependencies } from "../host/hostEnvironment";
import type { MetadataContent } from "../sheets/metadataRecords";
import { earlierRankingCandidates, readRankingSources, type EarlierRankingSheet } from "./readRankingSources";
import { runAction } from "../host/runAction";
import { applyFinishes, layoutFinishes } from "../sheets/sheetFinishes";
import { requireSupportedSize } from "../scoring/templateSize";
import type { BuildRankingRequest, BuildRankingResult, ProgressListener } from "../host/workbookOperations";
import { managedSheets, readWorkbookSnapshot, type WorkbookSnapshot } from "../sheets/workbookSnapshot";

/** How a scoring sheet of this workbook is named where a unit's file would be (the sheet's «Tệp» column). */
export function workbookUnitFile(sheetName: string): string {
  return `«${sheetName}» (sổ này)`;
}

export function buildRanking(host: HostDependencies, request: BuildRankingRequest, onProgress?: ProgressListener): Promise<BuildRankingResult> {
  return runAction(
    host,
    "buildRanking",
    async (scope) => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: true }, () => null);
      if (snapshot.metadataSheet === "foreign") return scope.fail("conflict", { code: "ItemAlreadyExists" });
      const scoreSheets = request.includeWorkbookSheets ? managedSheets(snapshot, "score") : [];
      const toRead = scoreSheets.flatMap((managed) => {
        const template = snapshot.metadata?.templates.get(managed.templateId);
        if (!template) return [];
        requireSupportedSize(template, scope.fail);
        return [{ managed, template }];
      });
      if (request.units.length === 0 && toRead.length === 0) return scope.fail("noUnitsToRank");
      const sources = await readRankingSources(scope, toRead, earlierRankingCandidates(snapshot));

      scope.progress("checking");
      const workbookUnits: UnitResult[] = sources.scores.map(({ managed, template, block }) =>
        readScoreSheetForRanking(workbookUnitFile(managed.sheetName), managed.sheetName, template, block, managed),
      );
      const ranking = rankUnits([...request.units, ...workbookUnits], {
        ...(request.groups ? { groups: request.groups } : {}),
        previous: request.previous ?? null,
        ...(request.finalOnly ? { finalOnly: true } : {}),
      });
      const oldRanking = earlierSheet(sources.rankings, "ranking", ranking.year);
      const oldAreas = earlierSheet(sources.rankings, "rankingAreas", ranking.year);
      const notes = oldRanking ? readRankingNotes(oldRanking.values) : new Map();
      const rankingLayout = layoutRankingSheet(ranking, { notes });
      const areasLayout = layoutAreaRankingSheet(ranking);

      scope.progress("writing");
      const replaced = [oldRanking?.sheet.name, oldAreas?.sheet.name].filter((name): name is string => name !== undefined);
      const names = await commitSheets(scope, snapshot, {
        sheets: [
          { baseName: rankingSheetName(ranking.year), layout: rankingLayout, replaces: oldRanking?.sheet ?? null },
          { baseName: areaRankingSheetName(ranking.year), layout: areasLayout, replaces: oldAreas?.sheet ?? null },
        ],
        metadata: ([rankingName, areasName]) => withRankingRecords(snapshot, ranking, replaced, { ranking: rankingName!, areas: areasName! }),
        activate: 0,
      });
      const [rankingName = rankingLayout.name, areasName = areasLayout.name] = names;
      const worksheets = scope.context.workbook.worksheets;
      // The per-lĩnh vực sheet's finishes first: frozen panes activate their sheet, and the ranking is the one to show.
      const planned = [layoutFinishes(worksheets.getItem(areasName), areasLayout, scope.features), layoutFinishes(worksheets.getItem(rankingName), rankingLayout, scope.features)];
      const skipped = await applyFinishes(scope.context, scope.budget, {
        finishes: planned.flatMap((plan) => plan.finishes),
        unsupported: planned.flatMap((plan) => plan.unsupported),
      });
      scope.progress("done");
      const skippedFeatures = [...new Set<HostFeature>(skipped)];
      return {
        rankingSheet: rankingName,
        areasSheet: areasName,
        rebuilt: oldRanking !== null,
        notesKept: notes.size,
        ranking,
        workbookFiles: workbookUnits.map((unit) => unit.file),
        charts: (rankingLayout.charts?.length ?? 0) + (areasLayout.charts?.length ?? 0),
        ...(skippedFeatures.length > 0 ? { skippedFeatures } : {}),
      };
    },
    onProgress ? { onProgress } : {},
  );
}

/**
 * The year's earlier sheet of a kind: the one the metadata records for that year, else (a ranking
 * workbook from the command line, or records lost) one whose title says it is that sheet of that year.
 */
function earlierSheet(sheets: readonly EarlierRankingSheet[], kind: "ranking" | "rankingAreas", year: number | null): EarlierRankingSheet | null {
  const recorded = sheets.find((sheet) => sheet.record?.kind === kind && (sheet.record.year ?? null) === year);
  if (recorded) return recorded;
  const looksLike = kind === "ranking" ? isRankingSheet : (values: EarlierRankingSheet["values"]) => cellText(values[0]?.[0]).startsWith(AREA_RANKING_TITLE);
  return sheets.find((sheet) => sheet.record === null && looksLike(sheet.values) && yearFromTitle(sheet.values) === year) ?? null;
}

/** The records of sheets that still exist, the replaced sheets' records out, the two ranking sheets' in. */
function withRankingRecords(snapshot: WorkbookSnapshot, ranking: Ranking, replaced: readonly string[], names: { ranking: string; areas: string }): MetadataContent {
  const existing = new Set(snapshot.sheets.map((sheet) => sheet.name));
  const gone = new Set([...replaced, names.ranking, names.areas]);
  const kept = (snapshot.metadata?.sheets ?? []).filter((sheet) => existing.has(sheet.sheetName) && !gone.has(sheet.sheetName));
  const record = (kind: "ranking" | "rankingAreas", sheetName: string): ManagedSheet => ({
    kind,
    sheetName,
    // For information: the template is the units', stored with their scoring sheets, not here.
    templateId: ranking.template?.id ?? "",
    ...(ranking.year !== null ? { year: ranking.year } : {}),
  });
  const sheets = [...kept, record("ranking", names.ranking), record("rankingAreas", names.areas)];
  const stored = snapshot.metadata?.templates;
  const templates = [...new Set(kept.map((sheet) => sheet.templateId))].flatMap((id) => {
    const template = stored?.get(id);
    return template ? [template] : [];
  });
  return { sheets, templates };
}
