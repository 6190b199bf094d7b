// Keeps every request under Excel on the web's 5 MB limit. Commands are queued with an estimate
// of their size; when the next one would take the batch past ~4 MB the batch is synced first.
// The extra syncs therefore grow with the payload (about one per 4 MB written), never with a
// loop over items: a 5 000-item sheet of ordinary text still goes out in one request.

/** Below Excel on the web's 5 MB request limit, leaving room for what the estimate misses. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** The largest single range write; big row blocks are split into writes of this size. */
export const RANGE_WRITE_BYTES = 1024 * 1024;
/**
 * What office-js adds around each queued command: the chain of object paths it goes through
 * (worksheet → range → format → font), an instantiate and a keep-reference action per object, the
 * action itself, ids and "L" lists of path ids that lengthen as a batch grows. Measured with the
 * real office.js runtime (test/excel/officeJsRequests.test.ts): 300–750 bytes for the commands the
 * add-in sends, so 800. An underestimate is what would let a request exceed the limit.
 */
export const COMMAND_BYTES = 800;
/**
 * office.js sends a large 2-D write as many writes of a few rows each (GetRow / GetBoundingRect
 * paths, one set action per slice): measured 2.7–5 % over the array's JSON, so 8 %.
 */
export const ARRAY_WRITE_OVERHEAD = 0.08;

/** What a 2-D write of `bytes` of JSON costs in a request, office.js's slicing included. */
export function arrayWriteBytes(bytes: number): number {
  return Math.ceil(bytes * (1 + ARRAY_WRITE_OVERHEAD));
}

/** UTF-8 size of a value as office-js serialises it (JSON). */
export function payloadBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** Counted by hand rather than with TextEncoder, which some test DOMs (jsdom) do not provide. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export class RequestBudget {
  private queued = 0;
  private extraSyncs = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    private readonly limit: number = REQUEST_BUDGET_BYTES,
  ) {}

  /** Makes room for a command of about `bytes`; syncs what is queued first if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    const size = bytes + COMMAND_BYTES;
    if (this.queued > 0 && this.queued + size > this.limit) {
      await this.sync();
      this.extraSyncs += 1;
      this.queued = 0;
    }
    this.queued += size;
  }

  /** Reserves `count` small commands (formats, merges, groups) at once. */
  async reserveCommands(count: number): Promise<void> {
    await this.reserve(Math.max(0, count - 1) * COMMAND_BYTES);
  }

  /** Call after a sync made outside the budget, so its commands are not counted twice. */
  synced(): void {
    this.queued = 0;
  }

  /** The estimate of what is queued now, i.e. of the next request's size. */
  get pendingBytes(): number {
    return this.queued;
  }

  /** Syncs the budget had to add because of payload size. */
  get payloadSyncs(): number {
    return this.extraSyncs;
  }
}

/**
 * Splits a row block into consecutive pieces of at most `maxBytes` each (a row larger than that
 * goes alone), with each piece's first row offset and size.
 */
export function splitRows<T>(rows: readonly T[][], maxBytes: number = RANGE_WRITE_BYTES): { offset: number; rows: T[][]; bytes: number }[] {
  const pieces: { offset: number; rows: T[][]; bytes: number }[] = [];
  let current: { offset: number; rows: T[][]; bytes: number } | null = null;
  for (const [index, row] of rows.entries()) {
    const bytes = payloadBytes(row) + 1;
    if (current !== null && current.bytes + bytes > maxBytes) {
      pieces.push(current);
      current = null;
    }
    current ??= { offset: index, rows: [], bytes: 2 };
    current.rows.push(row);
    current.bytes += bytes;
  }
  if (current !== null) pieces.push(current);
  return pieces;
}
