// Problems found in user data, as values: a code, a severity, where it is (sheet, cell, item path)
// and the facts a message needs. Text comes from the message catalogues (messages.vi / messages.en).
import type { Hundredths } from "./points";

export type Severity = "error" | "warning";

/** What a document field's cell or option should have held: a number, a rank ("6" or "6/20"), a
 * rank change, a date, or a SIPAS rank out of the same number of units as the PAR INDEX rank. */
export type DocumentFieldProblem = "integer" | "rank" | "rankChange" | "date" | "sameRankOf";

/** What gathering copies from a unit's file: its self score, evidence and explanation. */
export type MergeField = "self" | "evidence" | "explanation";

/** A stage of the appraisal rounds, by its id (see appraisal/stages.ts). */
export type StageName = "self" | "submitted" | "appraised" | "explained" | "final";

/** Which score column a score issue is about. */
export type ScoreColumn = "self" | "appraised" | "round2" | "adjustment";

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
  evidence_missing: { itemCode: string };
  self_score_on_survey: { itemCode: string; method: "dieu_tra_xhh" | "sipas" };
  // Phân công: assigning items to units
  item_unassigned: { itemCode: string };
  // Gathering the units' files back into the master
  return_not_split: { file: string };
  return_other_template: { file: string; templateName: string; masterTemplateName: string };
  return_other_master: { file: string };
  return_newer_layout: { file: string };
  return_unit_unknown: { file: string; unit: string };
  return_stale: { file: string; unit: string; splitAt: string; added: string[]; removed: string[] };
  return_score_invalid: { itemCode: string; file: string; text: string };
  merge_conflict: { itemCode: string; field: MergeField; files: string[] };
  merge_held_back: { itemCode: string; field: MergeField; files: string[]; disputed: MergeField[] };
  score_outside_assignment: { itemCode: string; file: string; unit: string; assignedTo: string[] };
  // The workbook's structure
  item_row_missing: { itemCode: string };
  item_row_unknown: { itemCode: string };
  item_row_duplicate: { itemCode: string };
  formula_replaced: { itemCode: string };
  // The plan document's fields and its gaps
  document_field_invalid: { field: string; text: string; expected: DocumentFieldProblem; rankOf?: number };
  document_remedy_missing: { itemCode: string; name: string };
  document_signer_missing: Record<string, never>;
  // The rank line taken from a ranking workbook (document --ranking)
  document_ranking_not_ranking: { file: string };
  document_ranking_year_mismatch: { file: string; years: number[]; expectedYear: number };
  document_ranking_template_mismatch: { file: string; templateName: string; expectedTemplateName: string };
  document_ranking_unit_missing: { file: string; sheet: string; unit: string; ranked: number };
  document_ranking_unit_excluded: { file: string; sheet: string; unit: string; reason: string };
  document_ranking_total_differs: { file: string; rankingSheet: string; unit: string; rankingTotal: Hundredths; workbookTotal: Hundredths };
  // Ranking many units' workbooks (Sở Nội vụ's consolidation)
  rank_no_score_sheet: { file: string; rankingWorkbook: boolean };
  rank_template_mismatch: {
    file: string;
    templateId: string;
    expectedTemplateId: string;
    expectedFile: string;
    /** "id": another template; "max": same id, an item's maximum differs; "items": same id, an item only one of them has. */
    difference: "id" | "max" | "items";
    itemCode: string | null;
    max: Hundredths | null;
    expectedMax: Hundredths | null;
  };
  rank_year_mismatch: { file: string; unit: string; year: number; expectedYear: number };
  rank_duplicate_unit: { file: string; unit: string; otherFiles: string[] };
  rank_has_errors: { file: string; unit: string; errors: number };
  rank_no_applicable_max: { file: string; unit: string };
  rank_unit_from_file_name: { file: string; unit: string };
  rank_not_final: { file: string; unit: string; stage: StageName };
  rank_previous_unreadable: { file: string; detail: string };
  rank_previous_no_table: { file: string };
  rank_previous_bad_rank: { file: string; unit: string; text: string };
  rank_previous_bad_percent: { file: string; unit: string; text: string };
  rank_previous_duplicate_unit: { file: string; unit: string };
  rank_groups_invalid: {
    text: string;
    problem: "empty" | "not_a_number" | "out_of_range" | "not_descending" | "too_many_decimals" | "labels_count";
    expected: number | null;
  };
  // The appraisal rounds: moves between stages (labels are the stages' Vietnamese names)
  stage_move_invalid: { from: StageName; to: StageName; possible: StageName[] };
  stage_note_required: { from: StageName; to: StageName };
  stage_appraisal_missing: { itemCode: string };
  stage_appraisal_note_missing: { itemCode: string; self: Hundredths; appraised: Hundredths };
  stage_round2_note_missing: { itemCode: string; appraised: Hundredths | null; round2: Hundredths };
  stage_locked_cell_changed: { itemCode: string; column: string; before: string; after: string; against: "workbook" | "earlier" };
  stage_record_mismatch: { stage: StageName; moves: number; historyStage: StageName | null; historyMoves: number };
  stage_history_damaged: { row: number };
  stage_history_skip: { row: number; from: StageName; to: StageName };
  stage_history_rewritten: { row: number };
  stage_earlier_newer: { earlierMoves: number; moves: number };
  /** An older sheet cannot take the appraisal rounds' columns in place: text where they go, or rows moved. */
  stage_upgrade_blocked: { reason: "text" | "rows_moved"; version: number };
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
