// Runs one of the add-in's writes through Microsoft's office.js runtime (officeJsRuntime.ts) and
// keeps, for each request office.js sent, its bytes and what the request budget had estimated
// for it: the measure the request-size suites assert (under 5 MB, never above the estimate).
import type { HostFeatures } from "../../src/excel/host/features";
import { RequestBudget } from "../../src/excel/host/requestBudget";
import type { ActionScope } from "../../src/excel/host/runAction";
import { runInOfficeJs } from "./officeJsRuntime";

/** Excel on the web's limit for one request. */
export const WEB_LIMIT = 5 * 1024 * 1024;
export const ALL_FEATURES: HostFeatures = { dataValidation: true, pageLayout: true, chartNumberFormat: true, autoFilter: true, sheetViews: true };

export interface Measured {
  /** Bytes office.js sent in each request. */
  sent: number[];
  /** The budget's estimate for each of those requests. */
  estimated: number[];
}

export async function measureWrites(write: (scope: ActionScope) => Promise<unknown>): Promise<Measured> {
  const measured: Measured = { sent: [], estimated: [] };
  await runInOfficeJs(async (context, requests) => {
    const budget = new RequestBudget(() => context.sync());
    const sync = context.sync.bind(context);
    context.sync = (async () => {
      const estimate = budget.pendingBytes;
      const before = requests.length;
      await sync();
      // office.js sends nothing for a batch without commands.
      if (requests.length > before) {
        measured.sent.push(requests[requests.length - 1]!.bytes);
        measured.estimated.push(estimate);
      }
    }) as typeof context.sync;
    const scope: ActionScope = {
      context,
      features: ALL_FEATURES,
      budget,
      progress: () => undefined,
      fail: (kind) => {
        throw new Error(`unexpected ${kind}`);
      },
    };
    await write(scope);
  });
  return measured;
}
