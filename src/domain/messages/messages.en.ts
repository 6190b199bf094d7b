// English text for every issue code, for staff whose Office runs in another language.
import type { IssueCode, IssueOf, ScoreColumn } from "../issues";
import { formatNumber, formatPoints } from "../points";

type Catalogue = { [C in IssueCode]: (issue: IssueOf<C>) => string };

const p = (h: number) => formatPoints(h, ".");
const n = (v: number) => formatNumber(v, ".");

const COLUMN: Record<ScoreColumn, string> = {
  self: "self-assessed score",
  appraised: "appraised score",
  adjustment: "score",
};

export const messagesEn: Catalogue = {
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
  item_row_missing: (i) => `The row of ${i.itemCode} is missing from the scoring sheet.`,
  item_row_unknown: (i) => `Row code ${i.itemCode} is not in the criteria template; ignored.`,
  item_row_duplicate: (i) => `Code ${i.itemCode} appears more than once in the scoring sheet; the first row is used.`,
  formula_replaced: (i) => `The formula of ${i.itemCode} was edited or deleted; rebuild the scoring sheet.`,
  cell_text_too_long: (i) => `The text is ${i.length} characters long, over the ${i.limit} an Excel cell holds; shorten it or split it over several cells.`,
};
