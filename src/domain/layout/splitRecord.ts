// What a unit's file made by "split" remembers about where it came from: the master scoring
// sheet (by its id), the unit, the deadline, when it was made and which items were the unit's
// then, so gathering can refuse a stranger's file and recognise a return from an older split.
import { parseJsonCell } from "../jsonCell";
import { z } from "zod/mini";

/** Bumped when the record's meaning changes; older records stay readable. */
export const SPLIT_FORMAT_VERSION = 1;

export interface SplitRecord {
  format: number;
  /** The id of the master scoring sheet the file was split from. */
  masterId: string;
  /** The unit the file is for, as the master's assignment spells it. */
  unit: string;
  /** Hạn gửi, as an ISO date (yyyy-mm-dd). */
  deadline?: string;
  /** When the file was made, as an ISO timestamp. */
  splitAt: string;
  /** The leaf codes the unit had to score when the file was made. */
  items: string[];
}

const splitRecordSchema: z.ZodMiniType<SplitRecord> = z.object({
  format: z.int().check(z.positive()),
  masterId: z.string().check(z.minLength(1)),
  unit: z.string().check(z.minLength(1)),
  deadline: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  splitAt: z.string().check(z.minLength(1)),
  items: z.array(z.string()),
});

export function splitRecordJson(record: SplitRecord): string {
  return JSON.stringify(record);
}

/** The record from its cell; null when the cell is blank or does not hold one. */
export function parseSplitRecord(text: unknown): SplitRecord | null {
  return parseJsonCell(text, splitRecordSchema);
}
