// What ranking keeps of one unit's checked scoring sheet: its name, year and template, the totals
// that are compared (score, applicable maximum, percentage, each lĩnh vực, the split by scoring
// method, self against appraised) and its errors — not the whole check, so a thousand units fit.
import type { Issue, StageName } from "../issues";
import type { Hundredths } from "../points";
import type { MethodSplit } from "../scoring/methodTotals";
import type { Template } from "../template/schema";
import type { ScoreCheck } from "../workflow";
import { templateKey } from "./templateKey";

export interface UnitAreaResult {
  code: string;
  name: string;
  /** Điểm tối đa of the lĩnh vực as the template declares it. */
  max: Hundredths;
  applicableMax: Hundredths;
  score: Hundredths;
  /** Of the applicable maximum; null when the whole lĩnh vực is "không áp dụng". */
  percent: Hundredths | null;
}

/** Where the unit's name was read: the workbook's metadata, the sheet's "Đơn vị:" line, or the file name. */
export type UnitNameSource = "metadata" | "sheet" | "file";

export interface UnitResult {
  file: string;
  sheet: string;
  unit: string;
  unitSource: UnitNameSource;
  year: number | null;
  template: Template;
  /** Equal keys: same template id and maxima (see templateKey). */
  templateKey: string;
  /** The check's errors, and warnings about the reading itself (a name taken from the file). */
  issues: Issue[];
  /** How many warnings the check had (missing scores count 0 and are warnings). */
  scoreWarnings: number;
  max: Hundredths;
  applicableMax: Hundredths;
  /** Tổng điểm, after bonus and penalty items. */
  score: Hundredths;
  percent: Hundredths | null;
  areas: UnitAreaResult[];
  byMethod: MethodSplit;
  /** Điểm tự chấm: the self scores entered (bonus added, penalty taken off); null when none is. */
  selfScore: Hundredths | null;
  /** Σ (self − appraised) over the items that have both: how far appraisal moved the unit's own score. */
  selfAppraisedGap: Hundredths | null;
  /** The sheet's stage in the appraisal rounds, when it has been moved at least once. */
  stage?: StageName;
}

export interface UnitIdentity {
  file: string;
  sheet: string;
  unit: string;
  unitSource: UnitNameSource;
  year: number | null;
}

export function summarizeUnit(identity: UnitIdentity, template: Template, check: ScoreCheck, readingIssues: readonly Issue[] = []): UnitResult {
  const { totals } = check;
  let selfScore: Hundredths | null = null;
  let gap: Hundredths | null = null;
  const add = (self: Hundredths | null, appraised: Hundredths | null, sign: 1 | -1) => {
    if (self !== null) selfScore = (selfScore ?? 0) + sign * self;
    if (self !== null && appraised !== null) gap = (gap ?? 0) + sign * (self - appraised);
  };
  for (const item of totals.items) if (item.leaf && !item.notApplicable) add(item.self, item.appraised, 1);
  for (const adjustment of totals.adjustments) add(adjustment.self, adjustment.appraised, adjustment.kind === "bonus" ? 1 : -1);
  const errors = check.issues.filter((issue) => issue.severity === "error");
  return {
    ...identity,
    template,
    templateKey: templateKey(template),
    issues: [...errors, ...readingIssues],
    scoreWarnings: check.issues.length - errors.length,
    max: totals.total.max,
    applicableMax: totals.total.applicableMax,
    score: totals.total.score,
    percent: totals.total.percent,
    areas: totals.areas.map((area) => ({
      code: area.code,
      name: area.name,
      max: area.max,
      applicableMax: area.applicableMax,
      score: area.score,
      percent: area.percent,
    })),
    byMethod: totals.total.byMethod,
    selfScore,
    selfAppraisedGap: gap,
  };
}
