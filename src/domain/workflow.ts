// The two things every host does with a workbook, as pure steps: check a scoring sheet read back
// as a grid (read → validate → total), and build the plan sheet from that check and the plan
// staff already have.
import type { Grid } from "./cells";
import { hasErrors, type Issue } from "./issues";
import { layoutPlanSheet, type PlanSheetLayout } from "./layout/layoutPlanSheet";
import { readPlanSheet, readPlanStaffRows } from "./layout/readPlanSheet";
import { readScoreSheet, type ReadScoreSheetOptions } from "./layout/readScoreSheet";
import { buildRemediationPlan, type PlanOptions, type RemediationPlan } from "./plan/remediationPlan";
import { computeTotals, type Totals } from "./scoring/computeTotals";
import { validateScores } from "./scoring/validateScores";
import type { Template } from "./template/schema";

export interface ScoreCheck {
  sheet?: string;
  /** No errors (warnings allowed). */
  ok: boolean;
  issues: Issue[];
  totals: Totals;
  /** 0-based sheet row of each item found, by code. */
  rowOf: Record<string, number>;
}

export function checkScoreSheet(template: Template, values: Grid, options: ReadScoreSheetOptions = {}): ScoreCheck {
  const read = readScoreSheet(template, values, options);
  const validation = validateScores(template, read.input);
  const issues = [...read.issues, ...validation.issues];
  return {
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ok: !hasErrors(issues),
    issues,
    totals: computeTotals(template, validation.scores),
    rowOf: read.rowOf,
  };
}

export interface PlanBuild {
  plan: RemediationPlan;
  layout: PlanSheetLayout;
}

/** The plan from a check, carrying over what staff typed in `previousPlan` (the old plan sheet). */
export function buildPlanSheet(
  template: Template,
  check: ScoreCheck,
  options: Omit<PlanOptions, "previous"> & { previousPlan?: Grid; sheetName?: string } = {},
): PlanBuild {
  const { previousPlan, sheetName, ...planOptions } = options;
  const plan = buildRemediationPlan(template, check.totals, {
    ...planOptions,
    ...(previousPlan ? { previous: readPlanSheet(previousPlan), staffRows: readPlanStaffRows(previousPlan) } : {}),
  });
  return { plan, layout: layoutPlanSheet(plan, sheetName ? { sheetName } : {}) };
}
