// The reads of the managed sheets an action works from: the scoring sheet's block (values of every
// column, evidence and explanations included; formulas of E…J, the only columns that hold formulas), the plan sheet's staff text and the document fields, each from
// A1 to the sheet's last used row, in chunks sized from the template (readBlocks.ts).
import { columnLetter, type Grid } from "../../domain/cells";
import { layoutScoreSheet } from "../../domain/layout/layoutScoreSheet";
import { PLAN_COLUMN_COUNT } from "../../domain/layout/planSheetColumns";
import { SCORE_COLUMN_COUNT, SCORE_COLUMNS } from "../../domain/layout/scoreSheetColumns";
import type { Template } from "../../domain/template/schema";
import { readRows, rowsPerResponse } from "./readBlocks";
import { payloadBytes } from "../host/requestBudget";
import type { ActionScope } from "../host/runAction";
import { layoutFormulas } from "./writeLayout";
import type { ReplacedSheet } from "../plan/replacePlanSheet";

/** Columns the checker reads: all of them, evidence and explanations included (code … giải trình). */
const LAST_CHECKED_COLUMN = columnLetter(SCORE_COLUMN_COUNT - 1);
/** Formulas live in E…J only; reading them further would carry the text columns twice. */
const FIRST_FORMULA_COLUMN = columnLetter(SCORE_COLUMNS.applicableMax);
const LAST_FORMULA_COLUMN = columnLetter(SCORE_COLUMNS.percent);
/** What staff may type per item in the evidence and explanation columns, beyond the layout's text. */
const EVIDENCE_ROW_BYTES = 1024;
/** A plan row as staff fill it: twelve cells of a few sentences each. */
const PLAN_ROW_BYTES = 4 * 1024;

export interface ScoreBlock {
  values: Grid;
  formulas: Grid;
}

/** The scoring sheet's block, in as many syncs as its size needs (one for ordinary templates). */
export async function readScoreBlock(scope: ActionScope, sheetName: string, template: Template, alongside?: () => void): Promise<ScoreBlock> {
  const worksheet = scope.context.workbook.worksheets.getItem(sheetName);
  const read = { ...scoreRead(template), ...(alongside ? { alongside } : {}) };
  const [[values = [], formulas = []] = []] = await readRows(scope.context, [{ worksheet, read }]);
  return { values, formulas };
}

/** The scoring sheet's block and the old plan's values, the plan read alongside the first chunk. */
export async function readScoreAndPlan(
  scope: ActionScope,
  scoreSheet: string,
  template: Template,
  planSheet: string | null,
  options: { alongside?: () => void; fieldsSheet?: string | null } = {},
): Promise<{ score: ScoreBlock; plan: { values: Grid; sheet: ReplacedSheet } | null; fields: Grid | null }> {
  const worksheets = scope.context.workbook.worksheets;
  const plan = planSheet === null ? null : worksheets.getItem(planSheet);
  const lastPlanColumn = columnLetter(PLAN_COLUMN_COUNT - 1);
  const planRead = plan && {
    worksheet: plan,
    read: {
      lastColumn: lastPlanColumn,
      loads: [{ property: "values" as const, from: "A", to: lastPlanColumn, offset: 0 }],
      rowsPerChunk: rowsPerResponse(1, PLAN_ROW_BYTES),
      alongside: () => plan.load("id,position"),
    },
  };
  const fieldsSheet = options.fieldsSheet ?? null;
  const [score = [], ...others] = await readRows(scope.context, [
    { worksheet: worksheets.getItem(scoreSheet), read: { ...scoreRead(template), ...(options.alongside ? { alongside: options.alongside } : {}) } },
    ...(planRead ? [planRead] : []),
    ...(fieldsSheet !== null ? [{ worksheet: worksheets.getItem(fieldsSheet), read: FIELDS_READ }] : []),
  ]);
  const [values = [], formulas = []] = score;
  const fields = fieldsSheet !== null ? (others.at(-1)?.[0] ?? []) : null;
  if (!plan || planSheet === null) return { score: { values, formulas }, plan: null, fields };
  return { score: { values, formulas }, plan: { values: others[0]?.[0] ?? [], sheet: { name: planSheet, id: plan.id, position: plan.position } }, fields };
}

/**
 * The document fields sheet: labels and values in any of its first columns (staff may move them),
 * a few dozen rows of at most a cell's 32 767 characters each.
 */
const LAST_FIELDS_COLUMN = "Z";
const FIELDS_READ = {
  lastColumn: LAST_FIELDS_COLUMN,
  loads: [{ property: "values" as const, from: "A", to: LAST_FIELDS_COLUMN, offset: 0 }],
  rowsPerChunk: rowsPerResponse(1, 2 * 32 * 1024),
};

/** The document fields sheet alone (one found by its title once the first read is in). */
export async function readFieldsSheet(scope: ActionScope, sheetName: string): Promise<Grid> {
  const [[values = []] = []] = await readRows(scope.context, [{ worksheet: scope.context.workbook.worksheets.getItem(sheetName), read: FIELDS_READ }]);
  return values;
}

/** How a scoring sheet is read: values of every column and formulas of E…J, in chunks sized from the template. */
export function scoreRead(template: Template) {
  const cells = layoutFormulas(layoutScoreSheet(template));
  const formulaCells = cells.map((row) => row.slice(SCORE_COLUMNS.applicableMax, SCORE_COLUMNS.percent + 1));
  // Values of every column and formulas of E…J, each about the size of what was written, plus
  // the evidence and explanations staff add to each row.
  const bytes = payloadBytes(cells) + payloadBytes(formulaCells) + cells.length * EVIDENCE_ROW_BYTES;
  return {
    lastColumn: LAST_CHECKED_COLUMN,
    loads: [
      { property: "values" as const, from: "A", to: LAST_CHECKED_COLUMN, offset: 0 },
      { property: "formulas" as const, from: FIRST_FORMULA_COLUMN, to: LAST_FORMULA_COLUMN, offset: SCORE_COLUMNS.applicableMax },
    ],
    rowsPerChunk: rowsPerResponse(cells.length, bytes),
  };
}
