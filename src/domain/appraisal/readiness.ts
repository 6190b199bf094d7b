// What must hold before a scoring sheet moves forward into a stage: the issues listed (with their
// cells) instead of the move when it does not.
import { cellAddress, isBlank, type Grid } from "../cells";
import { makeIssue, type Issue } from "../issues";
import { SCORE_COLUMNS as C } from "../layout/scoreSheetColumns";
import { methodOf } from "../scoring/methodTotals";
import type { Template } from "../template/schema";
import { indexTemplate } from "../template/tree";
import type { ScoreCheck } from "../workflow";
import type { StageId } from "./stages";

/**
 * Into `submitted`: no check errors (warnings are shown, not blocking). Into `appraised`: every
 * applicable sub-criterion scored by self-assessment has a round-1 score, and every one scored below
 * its self score has the council's note. Into `explained`: nothing (an item the unit does not
 * explain accepts the appraisal). Into `final`: every round-2 score that differs from round 1 has
 * its note. Errors in the scores block every forward move: a total cannot rest on them.
 */
export function readinessIssues(template: Template, check: ScoreCheck, values: Grid, to: StageId, sheet?: string): Issue[] {
  const errors = check.issues.filter((issue) => issue.severity === "error");
  const issues: Issue[] = [...errors];
  if (to === "submitted" || to === "explained" || to === "self") return issues;
  const index = indexTemplate(template);
  const at = (code: string, column: number) => ({ sheet, cell: cellAddress(check.rowOf[code]!, column), path: index.byCode.get(code)?.path ?? [code] });
  const blankAt = (code: string, column: number) => isBlank(values[check.rowOf[code]!]?.[column]);
  for (const item of index.items) {
    if (!item.leaf || check.rowOf[item.code] === undefined) continue;
    const total = check.totals.byCode.get(item.code);
    if (!total || total.notApplicable) continue;
    if (to === "appraised") {
      if (total.appraised === null) {
        // Survey-scored items take their points from the published results, which may come later.
        if (methodOf(index, item) === "tu_danh_gia") issues.push(makeIssue("stage_appraisal_missing", "error", { itemCode: item.code }, at(item.code, C.appraised)));
      } else if (total.self !== null && total.appraised < total.self && blankAt(item.code, C.councilNote)) {
        issues.push(makeIssue("stage_appraisal_note_missing", "error", { itemCode: item.code, self: total.self, appraised: total.appraised }, at(item.code, C.councilNote)));
      }
    }
    if (to === "final" && total.round2 !== null && total.round2 !== total.appraised && blankAt(item.code, C.councilNote2)) {
      issues.push(makeIssue("stage_round2_note_missing", "error", { itemCode: item.code, appraised: total.appraised, round2: total.round2 }, at(item.code, C.councilNote2)));
    }
  }
  return issues;
}
