// English text for every issue code, for staff whose Office runs in another language.
import type { MergeField, ScoreColumn, StageName } from "../issues";
import { formatNumber, formatPoints } from "../points";
import { cellTextTooLongText } from "./cellTextTooLong";
import type { IssueCatalogue } from "./issueText";


const p = (h: number) => formatPoints(h, ".");
const n = (v: number) => formatNumber(v, ".");

const COLUMN: Record<ScoreColumn, string> = {
  self: "self-assessed score",
  appraised: "appraised score",
  round2: "round-2 appraised score",
  adjustment: "score",
};

const FIELD: Record<MergeField, string> = {
  self: "self-assessed score",
  evidence: "evidence",
  explanation: "explanation",
};

const FIELD_EXPECTED_EN = {
  integer: "a positive whole number",
  rank: "a rank: a positive whole number, or rank/number of units (e.g. 6 or 6/20)",
  date: "day/month/year (e.g. 15/3/2022 or …/…/2022)",
  rankChange: "«tăng 4», «giảm 2», «giữ nguyên» or «mới»",
} as const;

const STAGE_EN: Record<StageName, string> = {
  self: "Self-assessment",
  submitted: "Submitted",
  appraised: "Appraised (round 1)",
  explained: "Explained",
  final: "Final",
};
const st = (stage: StageName) => `«${STAGE_EN[stage]}»`;
const shown = (text: string) => (text === "" ? "(blank)" : `«${text}»`);

export const messagesEn: IssueCatalogue = {
  template_schema: (i) =>
    i.field ? `The criteria template is malformed at «${i.field}»: ${i.detail}` : `The criteria template cannot be read: ${i.detail}`,
  template_empty: () => "The criteria template has no areas yet.",
  template_too_nested: (i) => `The criteria template nests too deeply (more than ${i.limit} levels of brackets); the tree has at most 3 levels.`,
  invalid_code: (i) => `Code «${i.itemCode}» is not valid: use 1, 1.2 or 1.2.3.`,
  duplicate_code: (i) => `Code ${i.itemCode} is used twice.`,
  code_not_under_parent: (i) =>
    i.parentCode
      ? `Code ${i.itemCode} is not under its parent ${i.parentCode} (expected ${i.parentCode}.n).`
      : `Code ${i.itemCode} is a sub-level code without a parent.`,
  too_deep: (i) => `Criterion ${i.itemCode} is more than 3 levels deep.`,
  max_not_positive: (i) => `The maximum of ${i.itemCode} must be above 0 (it is ${p(i.max)}).`,
  max_too_many_decimals: (i) => `The maximum of ${i.itemCode} has more than 2 decimals (${i.max}).`,
  children_sum_mismatch: (i) =>
    `The maximum of ${i.itemCode} is ${p(i.max)} but its items add up to ${p(i.childrenSum)}.`,
  total_differs_from_scale: (i) => `The areas add up to ${p(i.total)}, not the declared scale ${p(i.scale)}.`,
  import_empty: () => "The selection holds no criteria rows.",
  import_no_code_column: () => "No column of criterion codes (1, 1.1, 1.1.1 or I, II…) was found.",
  import_no_name_column: () => "No column of criterion names was found.",
  import_no_max_column: () => "No column of maximum points was found.",
  import_bad_code: (i) => `Code «${i.text}» is not understood.`,
  import_missing_name: (i) => `Criterion ${i.itemCode} has no name.`,
  import_bad_max: (i) => `The maximum «${i.text}» of ${i.itemCode} is not a number.`,
  import_missing_max: (i) => `Criterion ${i.itemCode} has no maximum.`,
  import_row_skipped: (i) => `Row «${i.text}» was skipped (not a criterion).`,
  import_unknown_method: (i) =>
    `The scoring method «${i.text}» of ${i.itemCode} is not understood; left blank (use «Tự đánh giá», «Điều tra xã hội học» or «SIPAS»).`,
  import_bad_not_applicable: (i) =>
    `The «Không áp dụng được» cell of ${i.itemCode} only takes «x» or a blank (it holds «${i.text}»); the item may not be marked not applicable.`,
  score_not_a_number: (i) => `The ${COLUMN[i.column]} «${i.text}» of ${i.itemCode} is not a number.`,
  score_negative: (i) => `The ${COLUMN[i.column]} ${n(i.value)} of ${i.itemCode} is negative.`,
  score_out_of_range: (i) => `The ${COLUMN[i.column]} «${i.text}» of ${i.itemCode} is too large to be points.`,
  score_too_many_decimals: (i) => `The ${COLUMN[i.column]} ${i.value} of ${i.itemCode} has more than 2 decimals.`,
  score_above_max: (i) => `The ${COLUMN[i.column]} ${p(i.value)} of ${i.itemCode} is above its maximum ${p(i.max)}.`,
  score_formula_error: (i) => `The ${COLUMN[i.column]} cell of ${i.itemCode} shows the error ${i.error}.`,
  score_formula_no_result: (i) =>
    `The ${COLUMN[i.column]} of ${i.itemCode} is the formula «${i.formula}» with no result saved in the file: open and save it in Excel or LibreOffice, or type the score as a number.`,
  score_on_not_applicable: (i) => `${i.itemCode} is marked not applicable but has a ${COLUMN[i.column]}.`,
  score_missing: (i) => `${i.itemCode} has no score yet.`,
  score_is_text: (i) =>
    `The ${COLUMN[i.column]} «${i.text}» of ${i.itemCode} is text: counted as ${p(i.value)}, but Excel's formulas skip text — type it again as a number.`,
  not_applicable_not_allowed: (i) => `${i.itemCode} may not be marked not applicable.`,
  not_applicable_invalid: (i) => `The «Not applicable» cell of ${i.itemCode} only takes «x» (it holds «${i.text}»).`,
  evidence_missing: (i) => `${i.itemCode} has a self-assessed score but no evidence or explanation.`,
  self_score_on_survey: (i) =>
    `${i.itemCode} is scored by ${i.method === "sipas" ? "the SIPAS index" : "the sociological survey"}, not self-assessed: its points come from the published survey results (typed in the appraisal column); a self score here is not counted.`,
  item_unassigned: (i) => `${i.itemCode} is not assigned to any unit («Đơn vị chủ trì» is blank on its row and the rows above it).`,
  return_not_split: (i) => `«${i.file}» is not a unit's file made by splitting (par-index split or the add-in); not gathered.`,
  return_other_template: (i) =>
    `«${i.file}» was split from another criteria template («${i.templateName}»), not the master's «${i.masterTemplateName}»; not gathered.`,
  return_other_master: (i) => `«${i.file}» was split from another master workbook (same template, different workbook); not gathered.`,
  return_newer_layout: (i) => `«${i.file}» has a «Giải trình» column the master's (older) scoring sheet lacks; not gathered.`,
  return_unit_unknown: (i) => `«${i.file}» belongs to ${i.unit}, to whom the master no longer assigns any item; nothing of it is gathered.`,
  return_stale: (i) =>
    `«${i.file}» of ${i.unit} was split at ${i.splitAt}, before the assignment changed${i.added.length ? `; now also assigned: ${i.added.join(", ")}` : ""}${i.removed.length ? `; no longer assigned: ${i.removed.join(", ")}` : ""}. Only the unit's current items are gathered.`,
  return_score_invalid: (i) => `The self-assessed score «${i.text}» of ${i.itemCode} in «${i.file}» is not valid (not a number, or above the maximum); not gathered.`,
  merge_conflict: (i) =>
    `The ${FIELD[i.field]} of ${i.itemCode} differs between ${i.files.map((f) => `«${f}»`).join(", ")}; the master keeps its value for this item.`,
  merge_held_back: (i) =>
    `The ${FIELD[i.field]} of ${i.itemCode} in ${i.files.map((f) => `«${f}»`).join(", ")} was not gathered because the item's ${i.disputed.map((f) => FIELD[f]).join(", ")} differs between files; agree on it and gather again.`,
  score_outside_assignment: (i) =>
    `«${i.file}» (${i.unit}) has an entry for ${i.itemCode}, ${i.assignedTo.length ? `assigned to ${i.assignedTo.join(", ")}` : "assigned to no unit"}; not gathered.`,
  item_row_missing: (i) => `The row of ${i.itemCode} is missing from the scoring sheet.`,
  item_row_unknown: (i) => `Row code ${i.itemCode} is not in the criteria template; ignored.`,
  item_row_duplicate: (i) => `Code ${i.itemCode} appears more than once in the scoring sheet; the first row is used.`,
  formula_replaced: (i) => `The formula of ${i.itemCode} was edited or deleted; rebuild the scoring sheet.`,
  document_field_invalid: (i) =>
    i.expected === "sameRankOf"
      ? `«${i.field}» is out of the same number of units as the PAR INDEX rank${i.rankOf ? ` (${i.rankOf})` : ""} (it holds «${i.text}»); the document leaves it out.`
      : `«${i.field}» needs ${FIELD_EXPECTED_EN[i.expected]} (it holds «${i.text}»); the document leaves it out.`,
  document_remedy_missing: (i) =>
    `Lĩnh vực ${i.itemCode} (${i.name}) has no remedy (nhiệm vụ, giải pháp khắc phục) in the plan sheet; the document shows «…» there.`,
  document_signer_missing: () => "The signer's title and name are missing; the document shows «…» where it is signed.",
  document_ranking_not_ranking: (i) => `«${i.file}» is not a ranking workbook (made by par-index rank); --ranking needs the units' ranking.`,
  document_ranking_year_mismatch: (i) =>
    `The ranking «${i.file}» is of ${i.years.join(", ")}, the scoring workbook of ${i.expectedYear}; use the ${i.expectedYear} ranking.`,
  document_ranking_template_mismatch: (i) =>
    i.templateName === i.expectedTemplateName
      ? `The ranking «${i.file}» compares units scored on the template «${i.templateName}» with other maxima than this workbook's; its ranks are not this workbook's.`
      : `The ranking «${i.file}» compares units scored on the template «${i.templateName}», this workbook is scored on «${i.expectedTemplateName}»; its ranks are not this workbook's.`,
  document_ranking_unit_missing: (i) =>
    `${i.unit} is not in the ranking «${i.file}» (sheet «${i.sheet}», ${i.ranked} units ranked); check the unit's name in the scoring workbook, or give the rank with --rank.`,
  document_ranking_total_differs: (i) =>
    `«${i.rankingSheet}» in «${i.file}» gives ${i.unit} a total of ${p(i.rankingTotal)}, while this scoring workbook gives ${p(i.workbookTotal)}: the rank may be from older scores; rank again (par-index rank) if the scores changed.`,
  document_ranking_unit_excluded: (i) =>
    `${i.unit} is listed in the ranking «${i.file}» (sheet «${i.sheet}») but was not ranked: ${i.reason.replace(/\.$/, "")}.`,
  rank_no_score_sheet: (i) =>
    i.rankingWorkbook
      ? `«${i.file}» is a ranking workbook, not a unit's scoring workbook; last year's ranking is only used for comparison.`
      : `«${i.file}» has no scoring sheet the tool recognises (make one with par-index new or the add-in).`,
  rank_template_mismatch: (i) => {
    const only = "only units with the same template and the same maxima are compared.";
    if (i.difference === "id") {
      return `«${i.file}» uses template «${i.templateId}», not «${i.expectedTemplateId}» as the other units do (e.g. «${i.expectedFile}»); ${only}`;
    }
    if (i.difference === "max") {
      return `«${i.file}» uses template «${i.templateId}» but the maximum of ${i.itemCode} is ${p(i.max ?? 0)}, not ${p(i.expectedMax ?? 0)} as in «${i.expectedFile}»; ${only}`;
    }
    return `«${i.file}» uses template «${i.templateId}» but item ${i.itemCode} is in only one of «${i.file}», «${i.expectedFile}»; ${only}`;
  },
  rank_year_mismatch: (i) => `The scoring workbook «${i.file}» of ${i.unit} is for ${i.year}, not ${i.expectedYear} as the other units'.`,
  rank_duplicate_unit: (i) =>
    `${i.unit} has several scoring workbooks: «${i.file}» and ${i.otherFiles.map((f) => `«${f}»`).join(", ")}; keep one and consolidate again.`,
  rank_has_errors: (i) => `${i.unit} («${i.file}») still has ${i.errors} score error(s); it is ranked once they are fixed.`,
  rank_no_applicable_max: (i) => `${i.unit} («${i.file}») has no applicable item left (applicable maximum 0), so it has no percentage.`,
  rank_unit_from_file_name: (i) => `«${i.file}» does not name its unit; the file name «${i.unit}» is used.`,
  rank_not_final: (i) => `${i.unit} (${i.file}): the result is not final yet (stage ${st(i.stage)}); --final-only ranks final units only.`,
  rank_previous_unreadable: (i) => `Last year's ranking «${i.file}» cannot be read: ${i.detail}`,
  rank_previous_no_table: (i) =>
    `«${i.file}» has no ranking table the tool recognises (it needs a unit column and a rank column, optionally a percentage column).`,
  rank_previous_bad_rank: (i) => `Last year's rank «${i.text}» of ${i.unit} is not a number; the unit is ignored.`,
  rank_previous_bad_percent: (i) => `Last year's percentage «${i.text}» of ${i.unit} is not a number; its percentage is not compared.`,
  rank_previous_duplicate_unit: (i) => `${i.unit} has several rows in last year's ranking; the first is used.`,
  rank_groups_invalid: (i) => {
    switch (i.problem) {
      case "empty":
        return "No group thresholds given (e.g. 90,80,70).";
      case "not_a_number":
        return `Group threshold «${i.text}» is not a number.`;
      case "out_of_range":
        return `Group threshold «${i.text}» must be above 0 and at most 100.`;
      case "not_descending":
        return `Group thresholds must decrease (e.g. 90,80,70); «${i.text}» is not below the one before it.`;
      case "too_many_decimals":
        return `Group threshold «${i.text}» has more than 2 decimals.`;
      default:
        return `${i.expected ?? 0} group names are needed for these thresholds (got «${i.text}»).`;
    }
  },
  stage_move_invalid: (i) =>
    `Cannot move from ${st(i.from)} to ${st(i.to)}: a move goes one stage forward or back. From here: ${i.possible.map(st).join(" or ")}.`,
  stage_note_required: (i) => `Reopening from ${st(i.from)} to ${st(i.to)} needs a reason (--note).`,
  stage_appraisal_missing: (i) => `Item ${i.itemCode} has no round-1 appraised score.`,
  stage_appraisal_note_missing: (i) =>
    `Item ${i.itemCode}: appraised ${p(i.appraised)}, below the self score ${p(i.self)}, but the council's note (why points were taken off) is empty.`,
  stage_round2_note_missing: (i) =>
    `Item ${i.itemCode}: the round-2 score ${p(i.round2)} differs from round 1${i.appraised === null ? " (none)" : ` ${p(i.appraised)}`} but the round-2 note is empty.`,
  stage_locked_cell_changed: (i) =>
    `Item ${i.itemCode}: ${i.column} was changed ${i.against === "earlier" ? "since the copy that was sent" : "since the last move"} (${shown(i.before)} → ${shown(i.after)}), though its holder may not change it.`,
  stage_record_mismatch: (i) =>
    `The stage record (${st(i.stage)}, ${n(i.moves)} moves) does not match the history sheet (${i.historyStage === null ? "no move yet" : `${st(i.historyStage)}, ${n(i.historyMoves)} moves`}).`,
  stage_history_damaged: (i) => `Row ${i.row} of the history sheet cannot be read (it was edited).`,
  stage_history_skip: (i) => `Row ${i.row} of the history sheet moves from ${st(i.from)} to ${st(i.to)}: not one step.`,
  stage_history_rewritten: (i) => `Row ${i.row} of the history sheet differs from the copy that was sent (removed or edited).`,
  stage_earlier_newer: (i) => `The earlier copy (--against) has ${n(i.earlierMoves)} moves, more than this file (${n(i.moves)}): this file is older than what was sent.`,
  stage_upgrade_blocked: (i) =>
    i.reason === "text"
      ? `The sheet has an older layout (${n(i.version)}) and needs the appraisal columns Q…T, but this cell holds text: move it elsewhere and run again.`
      : `The sheet has an older layout (${n(i.version)}) and needs the appraisal columns, but its item rows were moved, so the formulas cannot be rewritten in place: make a new sheet (par-index new) and copy the scores over.`,
  cell_text_too_long: (i) => cellTextTooLongText(i, "en"),
};
