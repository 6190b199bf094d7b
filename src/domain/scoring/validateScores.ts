// Checks the scores typed in a scoring sheet against the template: numbers (or number text such
// as "3,61"), not negative, at most two decimals, within the item's maximum, no score on a
// "không áp dụng" item, no formula errors. A missing score is a warning, never an error; so are a
// self score without evidence or explanation, and a self score on an item scored by survey.
import { isBlank, isFormulaError, type CellValue } from "../cells";
import { makeIssue, type Issue, type ScoreColumn } from "../issues";
import { parsePoints, type Hundredths } from "../points";
import type { Template } from "../template/schema";
import { indexTemplate, type TemplateIndex, type TemplateItem } from "../template/tree";
import { methodOf } from "./methodTotals";
import type { AdjustmentScore, ItemScore, RoundColumn, ScoreInput, ScoreSet, ScoreSheetInput } from "./scoreInput";

export interface ScoreValidation {
  scores: ScoreSet;
  issues: Issue[];
}

/** The mark the sheet's formulas recognise in the "không áp dụng" column (any case). */
export const NOT_APPLICABLE_MARK = "x";

const MAX_SCORE_MAGNITUDE = 1e6;

export function validateScores(template: Template, input: ScoreSheetInput): ScoreValidation {
  const index = indexTemplate(template);
  const issues: Issue[] = [];
  const sheet = input.sheet;
  const inputsByCode = new Map(input.items.map((item) => [item.code, item]));

  const notApplicable = new Map<string, boolean>();
  const items = new Map<string, ItemScore>();
  for (const item of index.items) {
    const raw = inputsByCode.get(item.code);
    const own = readNotApplicable(item, raw?.notApplicable, raw?.cells?.notApplicable, sheet, issues);
    const inherited = item.parentCode !== null && notApplicable.get(item.parentCode) === true;
    notApplicable.set(item.code, own || inherited);
    if (!item.leaf) continue;

    const isNotApplicable = own || inherited;
    const where = (column: RoundColumn) => ({ sheet, cell: raw?.cells?.[column], path: item.path });
    const self = readScore(item.code, "self", raw?.self, item.max, where("self"), issues);
    const appraised = readScore(item.code, "appraised", raw?.appraised, item.max, where("appraised"), issues);
    const round2 = readScore(item.code, "round2", raw?.round2, item.max, where("round2"), issues);
    if (isNotApplicable) {
      for (const column of ["self", "appraised", "round2"] as const) {
        if (!isBlank(raw?.[column])) {
          issues.push(makeIssue("score_on_not_applicable", "error", { itemCode: item.code, column }, where(column)));
        }
      }
      items.set(item.code, { self: null, appraised: null, round2: null, notApplicable: true });
      continue;
    }
    if (isBlank(raw?.self) && isBlank(raw?.appraised) && isBlank(raw?.round2) && !raw?.unresolved?.length) {
      issues.push(makeIssue("score_missing", "warning", { itemCode: item.code }, where("self")));
    }
    if (self !== null) checkSelfScored(index, item, raw, input, issues);
    // A survey item is not the unit's to score: a self score typed there is warned about and not
    // counted (the sheet's formulas leave it out too), so totals, the split and the plan agree.
    const counted = self !== null && methodOf(index, item) !== "tu_danh_gia" ? null : self;
    items.set(item.code, { self: counted, appraised, round2, notApplicable: false });
  }

  const adjustmentInputs = new Map((input.adjustments ?? []).map((a) => [a.code, a]));
  const adjustments = new Map<string, AdjustmentScore>();
  for (const adjustment of index.adjustments) {
    const raw = adjustmentInputs.get(adjustment.code);
    const where = (column: RoundColumn) => ({ sheet, cell: raw?.cells?.[column], path: [adjustment.code] });
    adjustments.set(adjustment.code, {
      self: readScore(adjustment.code, "adjustment", raw?.self, adjustment.cap, where("self"), issues),
      appraised: readScore(adjustment.code, "adjustment", raw?.appraised, adjustment.cap, where("appraised"), issues),
      round2: readScore(adjustment.code, "adjustment", raw?.round2, adjustment.cap, where("round2"), issues),
    });
  }
  return { scores: { items, adjustments }, issues };
}

/**
 * Survey items (điều tra xã hội học, SIPAS) take their points from the published results, so a
 * self score there is a mistake; every other self score needs evidence or an explanation.
 */
function checkSelfScored(
  index: TemplateIndex,
  item: TemplateItem,
  raw: ScoreInput | undefined,
  input: ScoreSheetInput,
  issues: Issue[],
): void {
  const method = methodOf(index, item);
  if (method !== "tu_danh_gia") {
    issues.push(makeIssue("self_score_on_survey", "warning", { itemCode: item.code, method }, { sheet: input.sheet, cell: raw?.cells?.self, path: item.path }));
    return;
  }
  if (input.evidenceRead !== true || !isBlank(raw?.evidence) || !isBlank(raw?.explanation)) return;
  issues.push(makeIssue("evidence_missing", "warning", { itemCode: item.code }, { sheet: input.sheet, cell: raw?.cells?.evidence, path: item.path }));
}

function readNotApplicable(
  item: TemplateItem,
  value: CellValue,
  cell: string | undefined,
  sheet: string | undefined,
  issues: Issue[],
): boolean {
  if (isBlank(value)) return false;
  const at = { sheet, cell, path: item.path };
  if (typeof value !== "string" || value.trim().toLowerCase() !== NOT_APPLICABLE_MARK) {
    issues.push(makeIssue("not_applicable_invalid", "error", { itemCode: item.code, text: String(value) }, at));
    return false;
  }
  if (item.criterion.allowNotApplicable !== true) {
    issues.push(makeIssue("not_applicable_not_allowed", "error", { itemCode: item.code }, at));
    return false;
  }
  return true;
}

function readScore(
  itemCode: string,
  column: ScoreColumn,
  value: CellValue,
  max: Hundredths,
  at: { sheet?: string; cell?: string; path: string[] },
  issues: Issue[],
): Hundredths | null {
  if (isBlank(value)) return null;
  if (isFormulaError(value)) {
    issues.push(makeIssue("score_formula_error", "error", { itemCode, column, error: value.trim() }, at));
    return null;
  }
  if (typeof value === "boolean") {
    issues.push(makeIssue("score_not_a_number", "error", { itemCode, column, text: String(value) }, at));
    return null;
  }
  // Past a million points no number is a score, and its hundredths would not be exact.
  if (typeof value === "number" && !(Math.abs(value) < MAX_SCORE_MAGNITUDE)) {
    issues.push(makeIssue("score_out_of_range", "error", { itemCode, column, text: String(value) }, at));
    return null;
  }
  const parsed = parsePoints(value as number | string);
  if (!parsed.ok) {
    if (parsed.reason === "not_a_number") {
      issues.push(makeIssue("score_not_a_number", "error", { itemCode, column, text: String(value) }, at));
    } else {
      issues.push(makeIssue(`score_${parsed.reason}`, "error", { itemCode, column, value: parsed.value }, at));
    }
    return null;
  }
  if (parsed.value > max) {
    issues.push(makeIssue("score_above_max", "error", { itemCode, column, value: parsed.value, max }, at));
    return null;
  }
  if (typeof value === "string") {
    // Excel's own formulas skip text, so the sheet would total 0 here until it is a number.
    issues.push(makeIssue("score_is_text", "warning", { itemCode, column, text: value, value: parsed.value }, at));
  }
  return parsed.value;
}
