// The one error the pane gets from the host layer: HostError, named by kind, carrying the
// OfficeExtension.Error code it came from and a sentence for staff in their display language.
import type { Language } from "../../domain/messages/issueText";
import { describeHostError, type HostErrorFacts, type HostErrorKind } from "./hostErrorMessages";

export type { HostErrorKind } from "./hostErrorMessages";

export class HostError extends Error {
  override readonly name = "HostError";
  readonly kind: HostErrorKind;
  /** The user action that failed, e.g. "loadTemplate". */
  readonly action: string;
  /** OfficeExtension.Error.code, or null for states the add-in found itself. */
  readonly code: string | null;
  readonly messages: Readonly<Record<Language, string>>;

  constructor(kind: HostErrorKind, action: string, facts: HostErrorFacts, language: Language, options: { cause?: unknown } = {}) {
    const messages = { vi: describeHostError(kind, facts, "vi"), en: describeHostError(kind, facts, "en") };
    super(messages[language], options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.action = action;
    this.code = facts.code ?? null;
    this.messages = messages;
  }
}

export function isHostError(error: unknown): error is HostError {
  return error instanceof HostError;
}

/**
 * Excel's refusals by OfficeExtension.Error.code, from the documented codes ("Error codes and
 * messages", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 * and Excel.ErrorCodes in office.js); test/excel/hostErrors.test.ts checks every key against both.
 * Codes not listed are "unknown" and keep their code in the message.
 */
const KIND_BY_CODE: Readonly<Record<string, HostErrorKind>> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  AccessDenied: "protected",
  ItemNotFound: "itemMissing",
  InvalidReference: "itemMissing",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  RangeExceedsLimit: "payloadTooLarge",
  GeneralException: "general",
  InvalidArgument: "invalidArgument",
  InvalidOperation: "invalidArgument",
  ApiNotFound: "apiMissing",
  ApiNotAvailable: "apiMissing",
  NotImplemented: "apiMissing",
  Conflict: "conflict",
  ItemAlreadyExists: "conflict",
  InsertDeleteConflict: "conflict",
  RequestAborted: "network",
  ServiceNotAvailable: "unavailable",
  MemoryLimitReached: "unavailable",
  ActivityLimitReached: "unavailable",
  InvalidSelection: "invalidSelection",
  FormulaLengthExceedsLimit: "formulaTooLong",
  UnsupportedSheet: "unsupportedSheet",
};

/** The codes given a kind of their own (the rest are "unknown"). */
export const HANDLED_ERROR_CODES: readonly string[] = Object.keys(KIND_BY_CODE);

export function hostErrorKindOf(code: string): HostErrorKind {
  return KIND_BY_CODE[code] ?? "unknown";
}

export interface OfficeErrorLike extends Error {
  code: string;
}

/**
 * Whether a thrown value is an OfficeExtension.Error. Recognised by shape, not instanceof, so the
 * check also holds for errors from another copy of office.js and from the test host.
 */
export function isOfficeError(error: unknown): error is OfficeErrorLike {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return typeof code === "string" && (name === "RichApi.Error" || name === "OfficeExtension.Error");
}
