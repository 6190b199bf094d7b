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
}

/** A request context of the real runtime whose requests are kept, not sent; every one succeeds. */
export function capturingContext(): { context: Excel.RequestContext; requests: CapturedRequest[] } {
  const { Excel: excel, OfficeExtension } = officeJsRuntime();
  const requests: CapturedRequest[] = [];
  const executor = {
    executeAsync(_customData: unknown, _flags: unknown, message: { Body: { Actions?: unknown[] } }) {
      const text = JSON.stringify(message.Body);
      requests.push({ bytes: Buffer.byteLength(text, "utf8"), actions: message.Body.Actions?.length ?? 0 });
      return OfficeExtension.Promise.resolve({ HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results: [] } });
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
  const RequestContext = excel.RequestContext as unknown as new (session: object) => Excel.RequestContext;
  return { context: new RequestContext(new StubSession()), requests };
}
