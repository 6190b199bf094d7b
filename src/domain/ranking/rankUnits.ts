// Sở Nội vụ's consolidation: compares the units scored on one template and ranks them by
// percentage of their applicable maximum (units with "không áp dụng" items compare fairly),
// with groups, last year's ranks, each lĩnh vực's ranks, and the units left out and why. A unit
// is never silently counted: another template, another year, a second workbook of the same unit,
// score errors or no applicable maximum each exclude it with an issue saying so.
import { makeIssue, type Issue, type StageName } from "../issues";
import type { Hundredths } from "../points";
import { methodsPresent, type MethodSplit } from "../scoring/methodTotals";
import type { ScoringMethod, Template } from "../template/schema";
import { indexTemplate } from "../template/tree";
import { competitionRanks } from "./competitionRank";
import { DEFAULT_GROUPS, groupIndex, type GroupScheme } from "./groups";
import { findPreviousEntry, type PreviousRankEntry, type PreviousRanking } from "./previousRanking";
import { rankChangeOf, signedRankChange, type RankMove } from "./rankChange";
import { templateDifference } from "./templateKey";
import { unitKey } from "../unitNames";
import type { UnitResult } from "./unitResult";

export interface RankingOptions {
  groups?: GroupScheme;
  previous?: PreviousRanking | null;
  /** Rank only units whose result is locked («Đã chốt»); the others are left out with the reason. */
  finalOnly?: boolean;
}

export interface RankedArea {
  code: string;
  name: string;
  /** The applicable maximum of the lĩnh vực for this unit. */
  max: Hundredths;
  score: Hundredths;
  percent: Hundredths | null;
  /** Among the ranked units that have this lĩnh vực; null when it is "không áp dụng" for the unit. */
  rank: number | null;
}

export interface RankedUnit {
  file: string;
  sheet: string;
  unit: string;
  year: number | null;
  score: Hundredths;
  /** Điểm tối đa of the template. */
  max: Hundredths;
  applicableMax: Hundredths;
  percent: Hundredths;
  rank: number;
  rankOf: number;
  groupIndex: number;
  group: string;
  /** This unit in last year's ranking; null when absent or when no previous ranking was given. */
  previous: PreviousRankEntry | null;
  /** null when no previous ranking was given. */
  change: RankMove | null;
  /** +4 up, −2 down, 0 unchanged; null for a unit new to the ranking or without a previous ranking. */
  rankChange: number | null;
  /** Percentage points against last year, when both percentages are known. */
  percentChange: Hundredths | null;
  byMethod: MethodSplit;
  selfScore: Hundredths | null;
  selfAppraisedGap: Hundredths | null;
  /** The unit's stage in the appraisal rounds, when its workbook was ever moved. */
  stage?: StageName;
  areas: RankedArea[];
  /** Warnings about the reading (e.g. the name taken from the file). */
  issues: Issue[];
  scoreWarnings: number;
}

export type ExclusionReason = "template_mismatch" | "year_mismatch" | "duplicate_unit" | "has_errors" | "no_applicable_max" | "not_final";

export interface ExcludedUnit {
  file: string;
  sheet: string;
  unit: string;
  reason: ExclusionReason;
  /** The reason as an issue first, then the unit's own errors. */
  issues: Issue[];
}

export interface AreaSummary {
  code: string;
  name: string;
  max: Hundredths;
  /** Ranked units for which the lĩnh vực applies. */
  units: number;
  /** Mean of those units' percentages, rounded half away from zero. */
  mean: Hundredths | null;
  highest: Hundredths | null;
  lowest: Hundredths | null;
}

export interface Ranking {
  /** The template the ranked units share (the one most workbooks use); null without any unit. */
  template: Template | null;
  /** A workbook scored on it, for messages. */
  templateFile: string | null;
  year: number | null;
  /** The year compared with: last year's ranking says, else the year before this one. */
  previousYear: number | null;
  hasPrevious: boolean;
  /** How many units last year's ranking ranked, so its ranks read «03/18» as this year's do; null without one. */
  previousRankOf: number | null;
  /** Some unit's workbook went through the appraisal rounds: the ranking shows each unit's stage. */
  hasStages?: boolean;
  /** Ranked units whose result is not locked yet, when the ranking shows stages. */
  notFinal?: number;
  groups: GroupScheme;
  /** Scoring methods the template has items for, in catalogue order. */
  methods: ScoringMethod[];
  /** In rank order; equal ranks by name. */
  units: RankedUnit[];
  /** In the order the workbooks were given. */
  excluded: ExcludedUnit[];
  areas: AreaSummary[];
}

export function rankUnits(results: readonly UnitResult[], options: RankingOptions = {}): Ranking {
  const groups = options.groups ?? DEFAULT_GROUPS;
  const previous = options.previous ?? null;
  const excluded = new Map<UnitResult, ExcludedUnit>();
  const exclude = (unit: UnitResult, reason: ExclusionReason, issue: Issue) => {
    excluded.set(unit, { file: unit.file, sheet: unit.sheet, unit: unit.unit, reason, issues: [issue, ...errorsOf(unit)] });
  };

  const reference = mostCommon(results, (unit) => unit.templateKey);
  for (const unit of results) {
    if (!reference || unit.templateKey === reference.templateKey) continue;
    const difference = templateDifference(unit.template, reference.template);
    if (!difference) continue;
    exclude(
      unit,
      "template_mismatch",
      makeIssue("rank_template_mismatch", "error", {
        file: unit.file,
        templateId: unit.template.id,
        expectedTemplateId: reference.template.id,
        expectedFile: reference.file,
        ...difference,
      }),
    );
  }

  const sameTemplate = results.filter((unit) => !excluded.has(unit));
  const year = mostCommon(sameTemplate.filter((unit) => unit.year !== null), (unit) => String(unit.year))?.year ?? null;
  for (const unit of sameTemplate) {
    if (year === null || unit.year === null || unit.year === year) continue;
    exclude(unit, "year_mismatch", makeIssue("rank_year_mismatch", "error", { file: unit.file, unit: unit.unit, year: unit.year, expectedYear: year }));
  }

  const byUnit = new Map<string, UnitResult[]>();
  for (const unit of results) {
    if (excluded.has(unit)) continue;
    const key = unitKey(unit.unit);
    byUnit.set(key, [...(byUnit.get(key) ?? []), unit]);
  }
  for (const same of byUnit.values()) {
    if (same.length < 2) continue;
    // Two scoring sheets of one workbook are told apart by their sheet names.
    const sharedFile = new Set(same.map((unit) => unit.file)).size < same.length;
    const where = (unit: UnitResult) => (sharedFile && same.some((other) => other !== unit && other.file === unit.file) ? `${unit.file} › ${unit.sheet}` : unit.file);
    for (const unit of same) {
      const otherFiles = same.filter((other) => other !== unit).map(where);
      exclude(unit, "duplicate_unit", makeIssue("rank_duplicate_unit", "error", { file: where(unit), unit: unit.unit, otherFiles }));
    }
  }

  for (const unit of results) {
    if (excluded.has(unit)) continue;
    const errors = errorsOf(unit).length;
    if (errors > 0) exclude(unit, "has_errors", makeIssue("rank_has_errors", "error", { file: unit.file, unit: unit.unit, errors }, { sheet: unit.sheet }));
    else if (unit.percent === null) exclude(unit, "no_applicable_max", makeIssue("rank_no_applicable_max", "error", { file: unit.file, unit: unit.unit }, { sheet: unit.sheet }));
  }

  if (options.finalOnly) {
    for (const unit of results) {
      const stage = unit.stage ?? "self";
      if (!excluded.has(unit) && stage !== "final") exclude(unit, "not_final", makeIssue("rank_not_final", "error", { file: unit.file, unit: unit.unit, stage }, { sheet: unit.sheet }));
    }
  }

  const ranked = results.filter((unit) => !excluded.has(unit));
  const ranks = competitionRanks(ranked.map((unit) => unit.percent));
  const areaCodes = reference?.template ? reference.template.areas.map((area) => area.code) : [];
  const areaRanks = areaCodes.map((_, a) => competitionRanks(ranked.map((unit) => unit.areas[a]?.percent ?? null)));
  const units = ranked.map((unit, i): RankedUnit => {
    const rank = ranks[i]!;
    const percent = unit.percent!;
    const entry = previous ? (findPreviousEntry(previous, unit.unit) ?? null) : null;
    const change = previous ? rankChangeOf(rank, entry?.rank) : null;
    return {
      file: unit.file,
      sheet: unit.sheet,
      unit: unit.unit,
      year: unit.year,
      score: unit.score,
      max: unit.max,
      applicableMax: unit.applicableMax,
      percent,
      rank,
      rankOf: ranked.length,
      groupIndex: groupIndex(groups, percent),
      group: groups.labels[groupIndex(groups, percent)]!,
      previous: entry,
      change,
      rankChange: change ? signedRankChange(change) : null,
      percentChange: entry && entry.percent !== null ? percent - entry.percent : null,
      byMethod: unit.byMethod,
      selfScore: unit.selfScore,
      selfAppraisedGap: unit.selfAppraisedGap,
      ...(unit.stage ? { stage: unit.stage } : {}),
      areas: unit.areas.map((area, a) => ({
        code: area.code,
        name: area.name,
        max: area.applicableMax,
        score: area.score,
        percent: area.percent,
        rank: areaRanks[a]?.[i] ?? null,
      })),
      issues: unit.issues.filter((issue) => issue.severity !== "error"),
      scoreWarnings: unit.scoreWarnings,
    };
  });
  const hasStages = results.some((unit) => unit.stage !== undefined);
  units.sort((a, b) => a.rank - b.rank || a.unit.localeCompare(b.unit, "vi") || a.file.localeCompare(b.file));

  return {
    template: reference?.template ?? null,
    templateFile: reference?.file ?? null,
    year,
    previousYear: previous ? (previous.year ?? (year === null ? null : year - 1)) : null,
    hasPrevious: previous !== null,
    previousRankOf: previous ? Math.max(previous.entries.size, ...[...previous.entries.values()].map((entry) => entry.rank)) : null,
    ...(hasStages ? { hasStages, notFinal: units.filter((unit) => unit.stage !== "final").length } : {}),
    groups,
    methods: reference ? methodsPresent(reference.byMethod) : [],
    units,
    excluded: results.filter((unit) => excluded.has(unit)).map((unit) => excluded.get(unit)!),
    areas: summarizeAreas(reference?.template ?? null, units),
  };
}

function errorsOf(unit: UnitResult): Issue[] {
  return unit.issues.filter((issue) => issue.severity === "error");
}

/** The first item of the most frequent key (ties go to the key seen first). */
function mostCommon<T>(items: readonly T[], keyOf: (item: T) => string): T | null {
  const counts = new Map<string, { first: T; count: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { first: item, count: 1 });
  }
  let best: { first: T; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.first ?? null;
}

function summarizeAreas(template: Template | null, units: readonly RankedUnit[]): AreaSummary[] {
  if (!template) return [];
  return indexTemplate(template).areas.map((area, a) => {
    const percents = units.map((unit) => unit.areas[a]?.percent ?? null).filter((p): p is Hundredths => p !== null);
    const sum = percents.reduce((total, p) => total + p, 0);
    const n = percents.length;
    return {
      code: area.code,
      name: area.name,
      max: area.max,
      units: n,
      // Half away from zero on integers, as percentHundredths rounds.
      mean: n === 0 ? null : Math.floor((2 * sum + n) / (2 * n)),
      highest: n === 0 ? null : Math.max(...percents),
      lowest: n === 0 ? null : Math.min(...percents),
    };
  });
}
