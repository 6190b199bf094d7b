// Puts the workbook back after a failed write. Excel does not roll a failed request back: the
// commands before the failing one stay done. So an action that adds a sheet and records it must
// undo what may have landed — the new sheet, a metadata sheet half rewritten — before it reports
// the error, or staff would find a sheet without its record, and "try again" would make "… (2)".
import { METADATA_SHEET_NAME } from "../../domain/layout/metadata";
import { isOfficeError } from "../host/hostError";
import type { MetadataContent } from "./metadataRecords";
import type { RequestBudget } from "../host/requestBudget";
import { writeMetadata } from "./writeMetadata";
import type { WorkbookSnapshot } from "./workbookSnapshot";

/** What a write had queued when it failed, so the undo knows what may have landed. */
export interface WriteProgress {
  /** The sheets the write added, in the order worksheets.add was queued. */
  addedSheets: string[];
  /** The metadata rewrite was queued (it clears before it writes, so it may be half done). */
  metadataTouched: boolean;
}

export function startedWrite(): WriteProgress {
  return { addedSheets: [], metadataTouched: false };
}

/**
 * Deletes the added sheets that exist, puts the metadata back as the snapshot read it and
 * activates the sheet that was active. Two syncs: what exists, then the undo. Returns which of the
 * added sheets had been made (one missing: its worksheets.add failed, e.g. a name Excel refused).
 */
export async function undoSheetWrites(
  context: Excel.RequestContext,
  budget: RequestBudget,
  snapshot: WorkbookSnapshot,
  progress: WriteProgress,
): Promise<{ sheetsAdded: boolean[] }> {
  budget.synced();
  const worksheets = context.workbook.worksheets;
  const added = progress.addedSheets.map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load("name");
    return sheet;
  });
  const metadata = progress.metadataTouched ? worksheets.getItemOrNullObject(METADATA_SHEET_NAME) : null;
  metadata?.load("name");
  await context.sync();

  const sheetsAdded = added.map((sheet) => !sheet.isNullObject);
  await budget.reserveCommands(2 + added.length);
  if (metadata && !metadata.isNullObject) {
    if (snapshot.metadataSheet === "absent") {
      // A very hidden sheet cannot be deleted ("fails with an InvalidOperation exception",
      // Worksheet.delete in @types/office-js): hide it plainly first.
      metadata.visibility = "Hidden";
      metadata.delete();
    } else if (snapshot.metadataSheet === "ours" && snapshot.metadata) {
      await writeMetadata(context, "ours", contentOf(snapshot), budget);
    } else {
      metadata.getRange().clear("Contents");
    }
  }
  added.forEach((sheet, i) => {
    if (sheetsAdded[i]) sheet.delete();
  });
  if (snapshot.activeSheet !== null && !progress.addedSheets.includes(snapshot.activeSheet)) worksheets.getItem(snapshot.activeSheet).activate();
  await context.sync();
  budget.synced();
  return { sheetsAdded };
}

/** The metadata exactly as read: every record and template, stale or not. */
function contentOf(snapshot: WorkbookSnapshot): MetadataContent {
  return { sheets: snapshot.metadata?.sheets ?? [], templates: [...(snapshot.metadata?.templates.values() ?? [])] };
}

/** Runs the undo but reports the write's own error, which is what staff need to act on. */
export async function undoAndRethrow(
  error: unknown,
  undo: () => Promise<unknown>,
): Promise<never> {
  if (!isOfficeError(error)) throw error;
  // If the undo fails too (the connection is gone), the write's error still says what happened.
  await undo().catch((undoError: unknown) => {
    if (!isOfficeError(undoError)) throw undoError;
  });
  throw error;
}
