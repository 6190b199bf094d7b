// Microsoft's own office.js Excel client library (from @microsoft/office-js) loaded in a Node
// sandbox, with a stub session in place of a host: the real runtime builds each request's body
// from the proxies src/excel queues, and the stub keeps the exact text office.js would send
// (RichApiMessageUtility serialises it with JSON.stringify(message.Body)). Nothing answers reads:
// this is for measuring what the writes send, not for running whole actions.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

const RUNTIME = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js");

interface OfficeExtensionRuntime {
  SessionBase: new () => object;
  Promise: PromiseConstructor;
}

export interface OfficeJsRuntime {
  Excel: typeof Excel & { ErrorCodes: Record<string, string> };
  OfficeExtension: OfficeExtensionRuntime;
}

let loaded: OfficeJsRuntime | null = null;

/** The runtime, loaded once per test file (about a second). */
export function officeJsRuntime(): OfficeJsRuntime {
  if (loaded) return loaded;
  const noop = () => undefined;
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, setInterval, clearInterval };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.navigator = { userAgent: "node" };
  sandbox.location = { href: "https://localhost/", search: "", hash: "", protocol: "https:" };
  sandbox.document = {
    addEventListener: noop,
    getElementsByTagName: () => [],
    createElement: () => ({ style: {}, setAttribute: noop, appendChild: noop }),
    readyState: "complete",
    cookie: "",
  };
  sandbox.addEventListener = noop;
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(RUNTIME, "utf8"), sandbox, { filename: path.basename(RUNTIME) });
  loaded = { Excel: sandbox.Excel as OfficeJsRuntime["Excel"], OfficeExtension: sandbox.OfficeExtension as OfficeExtensionRuntime };
  return loaded;
}

export interface CapturedRequest {
  /** UTF-8 bytes of the request body, as office.js serialises it. */
  bytes: number;
  actions: number;
  /** The body itself, for finding what makes a request large. */
  body: string;
}

/** A reference id as long as a GUID in braces: Excel's own are no longer, so sizes err high. */
const referenceId = (id: number) => `{${String(id).padStart(36, "0")}}`;

/**
 * Runs `batch` in the real runtime's Excel.run, on a stub session that keeps every request and
 * answers it as Excel would for writes: each object the batch made gets a reference id (Excel.run
 * keeps references, so objects stay usable across syncs), and nothing else comes back.
 */
export async function runInOfficeJs<T>(
  batch: (context: Excel.RequestContext, requests: readonly CapturedRequest[]) => Promise<T>,
): Promise<{ result: T; requests: CapturedRequest[] }> {
  const { Excel: excel, OfficeExtension } = officeJsRuntime();
  const requests: CapturedRequest[] = [];
  interface Body {
    Actions?: { Id: number; ActionType: number }[];
  }
  const executor = {
    executeAsync(_customData: unknown, _flags: unknown, message: { Body: Body }) {
      const text = JSON.stringify(message.Body);
      const actions = message.Body.Actions ?? [];
      requests.push({ bytes: Buffer.byteLength(text, "utf8"), actions: actions.length, body: text });
      const results = actions.filter((action) => action.ActionType === 1).map((action) => ({ ActionId: action.Id, Value: { _ReferenceId: referenceId(action.Id) } }));
      return OfficeExtension.Promise.resolve({ HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results: results } });
    },
  };
  class StubSession extends OfficeExtension.SessionBase {
    _resolveRequestUrlAndHeaderInfo() {
      return OfficeExtension.Promise.resolve({ url: "stub://excel", headers: {} });
    }
    _createRequestExecutorOrNull() {
      return executor;
    }
  }
  const run = excel.run as unknown as (options: { session: object }, body: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  const result = await run({ session: new StubSession() }, (context) => batch(context, requests));
  return { result, requests };
}
