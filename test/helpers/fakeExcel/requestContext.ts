// The fake request context: commands queue up locally and run against the in-memory workbook at
// context.sync(), in order, as office-js sends them in one request. The host counts the syncs and
// the commands, measures each request's payload and each response's (refusing either above the
// limit, as Excel on the web does) and can be told to fail a sync, or the n-th command, with a code.
//
// A failing command stops the request where it is and the commands before it stay done: Excel does
// not roll a batch back ("the batch is not transactional"), so neither does the fake.
import { utf8Length } from "../../../src/excel/host/requestBudget";
import type { FakeExcelHost } from "./fakeHost";
import { FakeOfficeError } from "./officeError";
import { FakeWorkbookProxy } from "./worksheetProxies";

export interface QueuedCommand {
  /** What the command does, for error locations and the request log. */
  label: string;
  /** Estimated serialised size of the command's arguments. */
  bytes: number;
  run: () => void;
}

/** What office-js adds around each command in a request (ids, object path, names). */
export const FAKE_COMMAND_OVERHEAD = 100;

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: QueuedCommand[] = [];

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(label: string, args: unknown, run: () => void): void {
    this.queue.push({ label, bytes: FAKE_COMMAND_OVERHEAD + jsonBytes(args), run });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Bytes of loaded data the running sync will answer with (see addResponse). */
  private responseBytes = 0;

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    await Promise.resolve();
    // office-js sends no request for a batch without commands, and so neither counts one.
    if (commands.length === 0) return;
    this.host.beforeSync(commands);
    this.responseBytes = 0;
    for (const command of commands) {
      this.host.beforeCommand(command);
      try {
        command.run();
      } catch (error) {
        if (error instanceof FakeOfficeError) throw error;
        throw new FakeOfficeError("GeneralException", `${command.label}: ${error instanceof Error ? error.message : String(error)}`, command.label);
      }
    }
    this.host.afterSync(this.responseBytes);
  }

  /** @internal a load adds what it sends back to the response of the running sync. */
  addResponse(value: unknown): void {
    this.responseBytes += jsonBytes(value);
  }
}

/**
 * UTF-8 size of a command's JSON, counted as the add-in's budget counts it; the budget's own
 * count is checked against office.js's real request bodies in test/excel/officeJsRequests.test.ts.
 */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Length(JSON.stringify(value) ?? "");
}
