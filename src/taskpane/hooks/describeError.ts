// Turns whatever an operation threw into the sentence the error bar shows.
import type { Messages } from "../i18n/messages";

/**
 * The office-js layer throws HostError with a Vietnamese message written for staff, so it is shown as is;
 * anything else is a bug or an Office failure nobody translated, so staff get a generic sentence plus
 * the original text to pass on to IT.
 */
export function describeError(error: unknown, t: Messages): string {
  if (error instanceof Error && error.name === "HostError" && error.message.trim() !== "") return error.message;
  return t.unexpectedError(detailOf(error));
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message.trim() || error.name;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
