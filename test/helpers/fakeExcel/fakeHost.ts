// The fake Excel host: runs batches like Excel.run over a FakeWorkbook and records what a test
// needs to assert: how many context.sync() calls each action made, every range write (address
// and 2-D block), every other call, and each request's size. Framework-neutral, so the same
// host can back an in-page fake Office for end-to-end tests (see installFakeOffice.ts).
import { compareVersions } from "../apiSetVersion";
import { apiSetOf, ONLINE_API_SETS } from "./apiSets";
import { FakeWorkbook } from "./fakeWorkbook";
import { FakeOfficeError } from "./officeError";
import { FakeRequestContext, type QueuedCommand } from "./requestContext";

export interface RangeWrite {
  sheet: string;
  /** A1 address without the sheet, e.g. "A1:O58". */
  address: string;
  property: "values" | "formulas" | "numberFormat";
  block: unknown[][];
}

export interface HostCall {
  sheet: string;
  /** A1 address the call was made on, "" for sheet-level calls. */
  address: string;
  method: string;
  args: unknown[];
}

export interface RequestRecord {
  /** 1-based number of the sync in the host's life. */
  sync: number;
  commands: number;
  bytes: number;
  /** Bytes of loaded data sent back (JSON), once the sync ran. */
  responseBytes?: number;
  /** The response was over the limit and refused (ResponsePayloadSizeLimitExceeded). */
  refused?: boolean;
}

export interface FakeHostOptions {
  /** Highest ExcelApi requirement set the host supports, e.g. "1.9"; APIs above it fail with ApiNotFound. */
  excelApi?: string;
  /** Refuse a request larger than this, as Excel on the web does at 5 MB. */
  requestLimitBytes?: number;
  /** Refuse a response larger than this (ResponsePayloadSizeLimitExceeded), also 5 MB on the web. */
  responseLimitBytes?: number;
  /** ExcelApiOnline's version (Excel on the web: named sheet views), e.g. "1.1"; none when omitted. */
  excelApiOnline?: string;
}

/** A command the host is told to fail: the n-th one it runs in its life (1-based). */
interface CommandFailure {
  atCommand: number;
  code: string;
  message?: string;
}

export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

export class FakeExcelHost {
  readonly workbook: FakeWorkbook;
  excelApi: string;
  excelApiOnline: string | null;
  requestLimitBytes: number;
  responseLimitBytes: number;
  syncCount = 0;
  /** Commands run so far (each queued call is one; a failing one counts too). */
  commandCount = 0;
  /** Labels of the commands run, in order, for telling a test where a fault landed. */
  readonly commandLog: string[] = [];
  runCount = 0;
  readonly writes: RangeWrite[] = [];
  readonly calls: HostCall[] = [];
  readonly requests: RequestRecord[] = [];
  private failures: { atSync: number; code: string; message?: string }[] = [];
  private commandFailures: CommandFailure[] = [];
  private refusals = new Map<string, string>();

  constructor(workbook: FakeWorkbook = new FakeWorkbook(), options: FakeHostOptions = {}) {
    this.workbook = workbook;
    this.excelApi = options.excelApi ?? "1.17";
    this.excelApiOnline = options.excelApiOnline ?? null;
    this.requestLimitBytes = options.requestLimitBytes ?? WEB_REQUEST_LIMIT_BYTES;
    this.responseLimitBytes = options.responseLimitBytes ?? WEB_REQUEST_LIMIT_BYTES;
  }

  /** Excel.run: one request context per batch, and the closing sync Excel.run makes when commands are left. */
  readonly run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    this.runCount += 1;
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  };

  /** Office.context.requirements.isSetSupported for "ExcelApi" and "ExcelApiOnline" (other sets: unsupported). */
  readonly isSetSupported = (name: string, minVersion?: string | number): boolean => {
    if (name === "ExcelApiOnline") return this.excelApiOnline !== null && compareVersions(String(minVersion ?? "1.1"), this.excelApiOnline) <= 0;
    if (name !== "ExcelApi") return false;
    return compareVersions(String(minVersion ?? "1.1"), this.excelApi) <= 0;
  };

  /** Makes a coming sync throw an OfficeExtension.Error-like error: the next one, or `afterSyncs` later. */
  failSync(code: string, options: { afterSyncs?: number; message?: string } = {}): void {
    this.failures.push({ atSync: this.syncCount + 1 + (options.afterSyncs ?? 0), code, ...(options.message ? { message: options.message } : {}) });
  }

  /**
   * Makes the n-th command from now (1-based) fail with `code`, as Excel fails one action of a
   * request: the commands before it in the same request stay done, the ones after it never run.
   */
  failCommand(n: number, code = "GeneralException", message?: string): void {
    this.commandFailures.push({ atCommand: this.commandCount + n, code, ...(message ? { message } : {}) });
  }

  /** Makes every command with this label fail with `code`, as a build of Excel that refuses a value would. */
  refuseCommand(label: string, code = "InvalidArgument"): void {
    this.refusals.set(label, code);
  }

  /** Commands run from here on: `const count = host.countCommands(); …; count()`. */
  countCommands(): () => number {
    const start = this.commandCount;
    return () => this.commandCount - start;
  }

  /** Syncs made from here on, for counting one action: `const count = host.countSyncs(); …; count()`. */
  countSyncs(): () => number {
    const start = this.syncCount;
    return () => this.syncCount - start;
  }

  requireApi(version: string, api: string): void {
    if (compareVersions(version, this.excelApi) > 0) {
      throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi ${version}; this host has ${this.excelApi}.`, api);
    }
  }

  /** @internal called by the request context at each sync, before its commands run. */
  beforeSync(commands: readonly QueuedCommand[]): void {
    this.syncCount += 1;
    const bytes = commands.reduce((sum, command) => sum + command.bytes, 0);
    this.requests.push({ sync: this.syncCount, commands: commands.length, bytes });
    const failure = this.failures.find((f) => f.atSync === this.syncCount);
    if (failure) {
      this.failures = this.failures.filter((f) => f !== failure);
      throw new FakeOfficeError(failure.code, failure.message);
    }
    if (bytes > this.requestLimitBytes) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded");
  }

  /** @internal called before each command runs; throws the failure a test asked for. */
  beforeCommand(command: QueuedCommand): void {
    this.commandCount += 1;
    this.commandLog.push(command.label);
    this.requireApi(apiSetOf(command.label), command.label);
    const online = ONLINE_API_SETS[command.label];
    if (online && !this.isSetSupported("ExcelApiOnline", online.set)) {
      throw new FakeOfficeError("ApiNotFound", `${command.label} needs ExcelApiOnline ${online.set}.`, command.label);
    }
    const refusal = this.refusals.get(command.label);
    if (refusal) throw new FakeOfficeError(refusal, undefined, command.label);
    const failure = this.commandFailures.find((f) => f.atCommand === this.commandCount);
    if (failure) {
      this.commandFailures = this.commandFailures.filter((f) => f !== failure);
      throw new FakeOfficeError(failure.code, failure.message, command.label);
    }
  }

  /** @internal called once a sync's commands ran: the response it would send back must fit too. */
  afterSync(responseBytes: number): void {
    const last = this.requests[this.requests.length - 1];
    if (last) {
      last.responseBytes = responseBytes;
      if (responseBytes > this.responseLimitBytes) last.refused = true;
    }
    if (responseBytes > this.responseLimitBytes) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded");
  }

  /** @internal */
  recordWrite(write: RangeWrite): void {
    this.writes.push(write);
  }

  /** @internal */
  recordCall(call: HostCall): void {
    this.calls.push(call);
  }

  /** Writes made to a sheet, in order. */
  writesTo(sheet: string, property?: RangeWrite["property"]): RangeWrite[] {
    return this.writes.filter((write) => write.sheet === sheet && (property === undefined || write.property === property));
  }

  callsOf(method: string): HostCall[] {
    return this.calls.filter((call) => call.method === method);
  }
}
