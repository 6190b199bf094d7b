// Rebuilds a plan sheet without ever leaving staff with less than they had. Clearing the old sheet
// and drawing over it would lose what staff typed if a command failed half-way (Excel does not roll
// a request back). So the new plan is drawn whole on a new sheet first; only then, in the same
// request, the old sheet goes, the new one takes its name and place, and the metadata is rewritten.
// After a failure the workbook is read again: before the old sheet went, the new one is deleted
// (as it was); after, the remaining steps are done (complete and recorded). A sheet the plan needs
// beside it and lacks (its document fields sheet) is added whole before the swap, so it is there
// whenever the old sheet is gone, and taken out again with the staged copy otherwise.
import { assertLayoutFitsExcel } from "../../domain/layout/excelLimits";
import type { ManagedSheet } from "../../domain/layout/metadata";
import type { SheetLayout } from "../../domain/layout/sheetLayout";
import { uniqueSheetName } from "../../domain/layout/sheetNames";
import type { Template } from "../../domain/template/schema";
import type { HostFeature } from "../host/features";
import { isOfficeError } from "../host/hostError";
import { withManagedSheets } from "../sheets/metadataRecords";
import type { ActionScope } from "../host/runAction";
import { allFinishes, applyFinishes, finishesBeside, layoutFinishes } from "../sheets/sheetFinishes";
import { undoAndRethrow } from "../sheets/undoSheetWrites";
import { writeLayoutContent } from "../sheets/writeLayout";
import { writeMetadata } from "../sheets/writeMetadata";
import { sheetNames, type WorkbookSnapshot } from "../sheets/workbookSnapshot";

/** The sheet being replaced, as the read sync loaded it. */
export interface ReplacedSheet {
  name: string;
  id: string;
  position: number;
}

export interface ReplaceRequest {
  old: ReplacedSheet;
  layout: SheetLayout;
  record: ManagedSheet;
  template: Template;
  /** New sheets added in the same step, each under a name no sheet has (see writeRecordedSheet.ts). */
  added?: readonly AddedSheet[];
  /** Records of sheets already there to write in the same metadata. */
  alsoRecord?: readonly ManagedSheet[];
}

export interface AddedSheet {
  name: string;
  layout: SheetLayout;
  record: ManagedSheet;
}

export async function replaceRecordedSheet(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  request: ReplaceRequest,
): Promise<{ skippedFeatures: HostFeature[] }> {
  const { context, budget } = scope;
  if (snapshot.metadataSheet !== "ours") scope.fail("conflict", { code: "ItemAlreadyExists" });
  // The staging name is only seen if the write fails in a way the undo cannot mend.
  const added = request.added ?? [];
  // Checked before anything is queued (see writeRecordedSheet.ts).
  for (const layout of [request.layout, ...added.map((sheet) => sheet.layout)]) assertLayoutFitsExcel(layout);
  const stagingName = uniqueSheetName(request.old.name, [...sheetNames(snapshot), ...added.map((sheet) => sheet.name)]);
  const worksheets = context.workbook.worksheets;
  let staged = false;
  const addedSheets: Excel.Worksheet[] = [];
  try {
    await budget.reserveCommands(1 + added.length);
    const fresh = worksheets.add(stagingName);
    staged = true;
    for (const sheet of added) addedSheets.push(worksheets.add(sheet.name));
    await writeLayoutContent(fresh, request.layout, budget);
    for (const [i, sheet] of added.entries()) await writeLayoutContent(addedSheets[i]!, sheet.layout, budget);
    await queueSwap(scope, snapshot, request, fresh);
    await context.sync();
    budget.synced();
  } catch (error) {
    if (!isOfficeError(error) || !staged) throw error;
    let outcome: "undone" | "completed" = "undone";
    await undoAndRethrow(error, async () => {
      outcome = await mendReplace(scope, snapshot, request, stagingName);
    }).catch((thrown: unknown) => {
      // Past the point of no return the replace was finished instead: the action succeeded.
      if (outcome !== "completed") throw thrown;
    });
  }
  const sheet = worksheets.getItem(request.old.name);
  const planned = [
    layoutFinishes(sheet, request.layout, scope.features),
    ...added.map((entry) => finishesBeside(layoutFinishes(worksheets.getItem(entry.name), entry.layout, scope.features), sheet)),
  ];
  const skipped = await applyFinishes(context, budget, allFinishes(planned));
  return { skippedFeatures: [...new Set(skipped)] };
}

/** The old sheet out, the new one in its name and place, active, and recorded. */
async function queueSwap(scope: ActionScope, snapshot: WorkbookSnapshot, request: ReplaceRequest, fresh: Excel.Worksheet): Promise<void> {
  await scope.budget.reserveCommands(4);
  scope.context.workbook.worksheets.getItem(request.old.name).delete();
  fresh.name = request.old.name;
  fresh.position = request.old.position;
  fresh.activate();
  // A rebuild has a record to replace, so the metadata sheet is the add-in's own.
  await writeMetadata(scope.context, "ours", metadataAfter(snapshot, request), scope.budget);
}

function metadataAfter(snapshot: WorkbookSnapshot, request: ReplaceRequest) {
  const records = [request.record, ...(request.added ?? []).map((sheet) => sheet.record), ...(request.alsoRecord ?? [])];
  return withManagedSheets(snapshot, records, request.template);
}

/**
 * After a failed replace: which of the old sheet (by id) and the staged one exist decides
 * whether to take the new sheet back out or to finish putting it in.
 */
async function mendReplace(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  request: ReplaceRequest,
  stagingName: string,
): Promise<"undone" | "completed"> {
  const { context, budget } = scope;
  budget.synced();
  const worksheets = context.workbook.worksheets;
  const named = worksheets.getItemOrNullObject(request.old.name);
  named.load("id");
  const staging = worksheets.getItemOrNullObject(stagingName);
  staging.load("id");
  const added = (request.added ?? []).map((sheet) => {
    const found = worksheets.getItemOrNullObject(sheet.name);
    found.load("id");
    return found;
  });
  await context.sync();
  const oldStillThere = !named.isNullObject && named.id === request.old.id;
  if (oldStillThere) {
    // Before the swap: the old plan is untouched; the staged copy and the sheets added with it go.
    const made = added.filter((sheet) => !sheet.isNullObject);
    if (!staging.isNullObject || made.length > 0) {
      await budget.reserveCommands(2 + made.length);
      if (!staging.isNullObject) staging.delete();
      for (const sheet of made) sheet.delete();
      if (snapshot.activeSheet !== null) worksheets.getItem(snapshot.activeSheet).activate();
      await context.sync();
      budget.synced();
    }
    return "undone";
  } else {
    // The old sheet is gone: the new one must carry its name, place and record.
    const fresh = staging.isNullObject ? named : staging;
    await budget.reserveCommands(3);
    if (!staging.isNullObject) staging.name = request.old.name;
    fresh.position = request.old.position;
    fresh.activate();
    await writeMetadata(context, "ours", metadataAfter(snapshot, request), budget);
    await context.sync();
    budget.synced();
    return "completed";
  }
}
