// Where a scoring sheet stands in the appraisal rounds, as its metadata record keeps it: the stage,
// the deadline set for its holder, when it got there and how many moves the history holds.
import { parseJsonCell } from "../jsonCell";
import { z } from "zod/mini";
import { STAGE_IDS, type StageId } from "./stages";

export const STAGE_FORMAT_VERSION = 1;

export interface StageState {
  format: number;
  stage: StageId;
  /** Hạn for the holder of this stage, as an ISO date (yyyy-mm-dd). */
  deadline?: string;
  /** When the sheet moved into this stage, as an ISO timestamp. */
  at: string;
  /** How many rows the history sheet had after that move. */
  moves: number;
}

const schema: z.ZodMiniType<StageState> = z.object({
  format: z.int().check(z.positive()),
  stage: z.enum(STAGE_IDS),
  deadline: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  at: z.string().check(z.minLength(1)),
  moves: z.int().check(z.nonnegative()),
});

/** A sheet without a record (every workbook made before the appraisal rounds) is in the first stage. */
export const FIRST_STAGE: StageState = { format: STAGE_FORMAT_VERSION, stage: "self", at: "", moves: 0 };

export function stageStateJson(state: StageState): string {
  return JSON.stringify(state);
}

/** The record from its cell; null when blank or not a record (the sheet is then in the first stage). */
export function parseStageState(text: unknown): StageState | null {
  return parseJsonCell(text, schema);
}
