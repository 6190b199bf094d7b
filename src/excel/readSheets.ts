// Queues the reads of a managed sheet as blocks that start at A1 (so grid indexes are sheet rows
// and columns) and end at the used range, loaded in one batch with the rest of the action.
import { columnLetter, type Grid } from "../domain/cells";
import { SCORE_COLUMN_COUNT } from "../domain/layout/scoreSheetColumns";

/** Columns the checker reads: all of them, evidence and explanations included (code … giải trình). */
const LAST_CHECKED_COLUMN = columnLetter(SCORE_COLUMN_COUNT - 1);

export interface QueuedBlock {
  values: () => Grid;
  formulas: () => Grid;
}

/** A1 to the scoring sheet's last used row, every column of the layout, values and formulas. */
export function queueScoreBlock(worksheet: Excel.Worksheet): QueuedBlock {
  const fromA1 = worksheet.getRange(`A1:${LAST_CHECKED_COLUMN}1`).getBoundingRect(worksheet.getUsedRange());
  const block = worksheet.getRange(`A:${LAST_CHECKED_COLUMN}`).getIntersection(fromA1);
  block.load("values,formulas");
  return { values: () => block.values as Grid, formulas: () => block.formulas as Grid };
}

/** A1 to the sheet's used range, values only (a plan sheet, for the staff text in it). */
export function queueSheetValues(worksheet: Excel.Worksheet): () => Grid {
  const block = worksheet.getRange("A1").getBoundingRect(worksheet.getUsedRange());
  block.load("values");
  return () => block.values as Grid;
}
