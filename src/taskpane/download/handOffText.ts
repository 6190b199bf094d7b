// What staff read after a document was handed over: where the file went (or why it could not go
// anywhere) and its size, for the plan document and the appraisal notice alike.
import type { Messages } from "../i18n/messages";
import type { HandOffOutcome } from "./handOffFile";

export function handOffText(t: Messages, file: string, outcome: HandOffOutcome, bytes: number, points: (hundredths: number) => string): string {
  const size = fileSize(t, bytes, points);
  switch (outcome.kind) {
    case "downloaded":
      return t.planDocument.saved[outcome.platform](file, size);
    case "openedInBrowser":
      return t.planDocument.openedInBrowser(file, size);
    case "unavailable":
      return t.planDocument.unavailable;
    case "tooLarge":
      return t.planDocument.tooLarge(size, fileSize(t, outcome.limitBytes, points));
  }
}

/** Bytes as "12,3 KB" in the reader's decimal convention (points formats hundredths: 12,3 = 1230). */
function fileSize(t: Messages, bytes: number, points: (hundredths: number) => string): string {
  const tenths = Math.max(1, Math.round(bytes / 102.4));
  return t.planDocument.size(points(tenths * 10));
}
