// One user action = one Excel.run. This is the one place OfficeExtension.Error is caught: it
// becomes a HostError named after its code, with the sentence staff read. So is the core's
// CellTextTooLongError (a layout cell past Excel's 32 767 characters, found before anything is
// sent), named with its cells. Anything else thrown (a bug, a HostError raised on purpose) goes
// through unchanged; nothing is swallowed.
import { CellTextTooLongError } from "../../domain/layout/excelLimits";
import type { Language } from "../../domain/messages/issueText";
import { detectFeatures, type HostFeatures } from "./features";
import type { HostDependencies } from "./hostEnvironment";
import { HostError, hostErrorKindOf, isOfficeError, type HostErrorKind } from "./hostError";
import type { HostErrorFacts } from "./hostErrorMessages";
import { RequestBudget } from "./requestBudget";
import type { ProgressListener, ProgressStep } from "./workbookOperations";

export interface ActionScope {
  context: Excel.RequestContext;
  features: HostFeatures;
  /** Every write goes through it, so no request outgrows Excel on the web's limit. */
  budget: RequestBudget;
  progress: (step: ProgressStep) => void;
  /** Stops the action with a HostError for a state of the workbook (no scoring sheet, …). */
  fail: (kind: HostErrorKind, facts?: HostErrorFacts) => never;
}

export interface ActionOptions {
  onProgress?: ProgressListener;
  /** The sheet the action is about: ItemNotFound then names it. */
  sheet?: string;
}

export async function runAction<T>(
  host: HostDependencies,
  action: string,
  body: (scope: ActionScope) => Promise<T>,
  options: ActionOptions = {},
): Promise<T> {
  const language: Language = host.language();
  const features = detectFeatures(host.isSetSupported);
  try {
    return await host.run(async (context) => {
      const scope: ActionScope = {
        context,
        features,
        budget: new RequestBudget(() => context.sync()),
        progress: (step) => options.onProgress?.(step),
        fail: (kind, facts = {}) => {
          throw new HostError(kind, action, facts, language);
        },
      };
      return body(scope);
    });
  } catch (error) {
    if (error instanceof CellTextTooLongError) {
      throw new HostError("cellTextTooLong", action, { issues: error.issues }, language, { cause: error });
    }
    if (!isOfficeError(error)) throw error;
    const kind = hostErrorKindOf(error.code);
    const facts: HostErrorFacts = { code: error.code };
    if (options.sheet !== undefined) facts.sheet = options.sheet;
    if (kind === "payloadTooLarge") facts.onWeb = (await host.platform()) === "OFFICE_ONLINE";
    const named = kind === "itemMissing" && options.sheet !== undefined ? "sheetMissing" : kind;
    throw new HostError(named, action, facts, language, { cause: error });
  }
}
