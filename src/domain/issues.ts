// Problems found in user data, as values: a code, a severity, where it is (sheet, cell, item path)
// and the facts a message needs. Text comes from the message catalogues (messages.vi / messages.en).
import type { Hundredths } from "./points";

export type Severity = "error" | "warning";

/** Which score column a score issue is about. */
export type ScoreColumn = "self" | "appraised" | "adjustment";

/** The facts each issue code carries. Points are in hundredths. */
export interface IssueParams {
  // The template (bundled, pasted JSON or imported table)
  template_schema: { field: string; detail: string };
  template_empty: Record<string, never>;
  template_too_nested: { limit: number };
  invalid_code: { itemCode: string };
  duplicate_code: { itemCode: string };
  code_not_under_parent: { itemCode: string; parentCode: string };
  too_deep: { itemCode: string };
  max_not_positive: { itemCode: string; max: Hundredths };
  max_too_many_decimals: { itemCode: string; max: number };
  children_sum_mismatch: { itemCode: string; max: Hundredths; childrenSum: Hundredths };
  total_differs_from_scale: { total: Hundredths; scale: Hundredths };
  // Importing a framework from a pasted table
  import_empty: Record<string, never>;
  import_no_code_column: Record<string, never>;
  import_no_name_column: Record<string, never>;
  import_no_max_column: Record<string, never>;
  import_bad_code: { text: string };
  import_missing_name: { itemCode: string };
  import_bad_max: { itemCode: string; text: string };
  import_missing_max: { itemCode: string };
  import_row_skipped: { text: string };
  import_unknown_method: { itemCode: string; text: string };
  import_bad_not_applicable: { itemCode: string; text: string };
  // Scores typed in the scoring sheet
  score_not_a_number: { itemCode: string; column: ScoreColumn; text: string };
  score_negative: { itemCode: string; column: ScoreColumn; value: number };
  score_out_of_range: { itemCode: string; column: ScoreColumn; text: string };
  score_too_many_decimals: { itemCode: string; column: ScoreColumn; value: number };
  score_above_max: { itemCode: string; column: ScoreColumn; value: Hundredths; max: Hundredths };
  score_formula_error: { itemCode: string; column: ScoreColumn; error: string };
  score_formula_no_result: { itemCode: string; column: ScoreColumn; formula: string };
  score_on_not_applicable: { itemCode: string; column: ScoreColumn };
  score_missing: { itemCode: string };
  score_is_text: { itemCode: string; column: ScoreColumn; text: string; value: Hundredths };
  not_applicable_not_allowed: { itemCode: string };
  not_applicable_invalid: { itemCode: string; text: string };
  // The workbook's structure
  item_row_missing: { itemCode: string };
  item_row_unknown: { itemCode: string };
  item_row_duplicate: { itemCode: string };
  formula_replaced: { itemCode: string };
  // Excel's own limits
  cell_text_too_long: { length: number; limit: number };
}

export type IssueCode = keyof IssueParams;

export interface IssueLocation {
  severity: Severity;
  /** Worksheet the cell is on, when the issue comes from a sheet. */
  sheet?: string;
  /** A1 address of the cell that holds the problem. */
  cell?: string;
  /** Item codes from the lĩnh vực down to the item, e.g. ["5", "5.2", "5.2.1"]. */
  path?: string[];
}

export type Issue = {
  [C in IssueCode]: IssueLocation & { code: C } & IssueParams[C];
}[IssueCode];

export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;

export function makeIssue<C extends IssueCode>(
  code: C,
  severity: Severity,
  params: IssueParams[C],
  location: Omit<IssueLocation, "severity"> = {},
): IssueOf<C> {
  return { code, severity, ...location, ...params } as unknown as IssueOf<C>;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === "error") errors += 1;
  return { errors, warnings: issues.length - errors };
}
