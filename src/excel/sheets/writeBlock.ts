// Writes a 2-D block as whole ranges: one range write per ~1 MB of rows, all queued in the
// current batch (the request budget syncs between them only when the batch outgrows ~4 MB).
import { rectAddress } from "./addresses";
import { arrayWriteBytes, splitRows, type RequestBudget } from "../host/requestBudget";

export type BlockProperty = "formulas" | "values" | "numberFormat";

/** Writes `rows` (rectangular) with its top-left cell at zero-based (top, left). */
export async function writeBlock(
  worksheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: (string | number | boolean)[][],
  property: BlockProperty,
  budget: RequestBudget,
): Promise<void> {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return;
  for (const piece of splitRows(rows)) {
    await budget.reserve(arrayWriteBytes(piece.bytes));
    const range = worksheet.getRange(
      rectAddress({ top: top + piece.offset, left, bottom: top + piece.offset + piece.rows.length - 1, right: left + width - 1 }),
    );
    range[property] = piece.rows;
  }
}

/** A block of `rows` × `columns` holding one value, e.g. a number format for a whole column run. */
export function filledBlock<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}
