// Reads a sheet from A1 to its last used row in chunks of rows, one sync each, so that no response
// passes Excel on the web's 5 MB limit (ResponsePayloadSizeLimitExceeded; requests and responses
// alike, learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
// The chunk size comes from an estimate of the sheet's bytes, so the number of syncs depends on the
// size class, never on rows; a chunk Excel still finds too large is read again in halves.
import type { CellValue, Grid } from "../../domain/cells";
import { isOfficeError } from "../host/hostError";

/** What one read response may carry, leaving room for what the estimate misses. */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;

/** A property loaded over some columns, e.g. formulas of E:J; cells left of `from` read as null. */
export interface ColumnLoad {
  property: "values" | "formulas";
  /** Column letters, e.g. "A" and "J". */
  from: string;
  to: string;
  /** Zero-based index of `from`, to place the cells in the grid. */
  offset: number;
}

export interface RowRead {
  /** Rows of the block that the first sync covers (later chunks follow until the used range ends). */
  rowsPerChunk: number;
  loads: readonly ColumnLoad[];
  /** The block's right-most column: the block is A1 to (last used row, this column). */
  lastColumn: string;
  /** Extra reads for the first sync (e.g. the sheet's id), so they cost no sync of their own. */
  alongside?: () => void;
}

/**
 * Reads several sheets side by side: each sync carries the next chunk of every sheet not yet read
 * to its end, so sheets of ordinary size come in one sync together. One grid per load per sheet,
 * each from A1 (row index = sheet row).
 */
export async function readRows(
  context: Excel.RequestContext,
  reads: readonly { worksheet: Excel.Worksheet; read: RowRead }[],
): Promise<Grid[][]> {
  const states = reads.map(({ worksheet, read }) => ({
    worksheet,
    read,
    block: worksheet.getRange(`A1:${read.lastColumn}1`).getBoundingRect(worksheet.getUsedRange()).getIntersection(`A:${read.lastColumn}`),
    grids: read.loads.map((): CellValue[][] => []),
    rows: Math.max(1, read.rowsPerChunk),
    total: null as number | null,
    start: 0,
  }));
  for (;;) {
    const open = states.filter((state) => state.total === null || state.start < state.total);
    if (open.length === 0) return states.map((state) => state.grids);
    const queued = open.map((state) => {
      const first = state.total === null;
      if (first) {
        state.block.load("rowCount");
        state.read.alongside?.();
      }
      const chunks = state.read.loads.map((load) => {
        const chunk = state.worksheet.getRange(`${load.from}${state.start + 1}:${load.to}${state.start + state.rows}`).getIntersectionOrNullObject(state.block);
        if (load.property === "values") chunk.load("values");
        else chunk.load("formulas");
        return chunk;
      });
      return { state, first, chunks };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of ~4 MB, never per row
      await context.sync();
    } catch (error) {
      const halvable = queued.filter(({ state }) => state.rows > 1);
      if (isOfficeError(error) && error.code === "ResponsePayloadSizeLimitExceeded" && halvable.length > 0) {
        for (const { state } of halvable) state.rows = Math.ceil(state.rows / 2);
        continue;
      }
      throw error;
    }
    for (const { state, first, chunks } of queued) {
      if (first) state.total = state.block.rowCount;
      chunks.forEach((chunk, i) => {
        if (chunk.isNullObject) return;
        const load = state.read.loads[i]!;
        const cells = (load.property === "values" ? chunk.values : chunk.formulas) as CellValue[][];
        const pad: null[] = new Array<null>(load.offset).fill(null);
        for (const row of cells) state.grids[i]!.push(load.offset === 0 ? row : [...pad, ...row]);
      });
      state.start += state.rows;
    }
  }
}

/** Rows per response for rows of about `bytes / rowCount` each: the most one response carries. */
export function rowsPerResponse(rowCount: number, bytes: number): number {
  const perRow = Math.max(1, bytes / Math.max(1, rowCount));
  return Math.max(1, Math.floor(RESPONSE_BUDGET_BYTES / perRow));
}
