// Writes several sheets and the metadata naming them as one whole step, new sheets and rebuilt
// ones alike (the ranking's two sheets): every sheet is drawn whole — content, charts — on a sheet
// of its own first (a rebuilt one under a staging name); then, in the same request, each old sheet
// goes and its replacement takes its name and place, the sheet to show is activated and the
// metadata rewritten. Excel does not roll a failed request back, so after a failure the workbook is
// read again: while every old sheet is still there the new ones are deleted and the metadata put
// back (as it was); once one old sheet is gone the remaining steps are done (complete and recorded).
// One sync, more only for large payloads; a name Excel refuses (a chart sheet has it) costs a retry.
import { METADATA_SHEET_NAME } from "../../domain/layout/metadata";
import type { SheetLayout } from "../../domain/layout/sheetLayout";
import { uniqueSheetName } from "../../domain/layout/sheetNames";
import { isOfficeError } from "../host/hostError";
import type { MetadataContent } from "./metadataRecords";
import type { ReplacedSheet } from "../plan/replacePlanSheet";
import type { ActionScope } from "../host/runAction";
import { undoAndRethrow } from "./undoSheetWrites";
import { queueCharts } from "../ranking/writeCharts";
import { writeLayoutContent } from "./writeLayout";
import { writeMetadata } from "./writeMetadata";
import { sheetNames, type WorkbookSnapshot } from "./workbookSnapshot";

export interface PlannedSheet {
  /** The name wanted for a new sheet ("… (2)" when taken); a rebuilt sheet keeps the old one's. */
  baseName: string;
  layout: SheetLayout;
  /** The sheet this one replaces, as the reads loaded it; null for a new sheet. */
  replaces: ReplacedSheet | null;
}

export interface CommitRequest {
  sheets: readonly PlannedSheet[];
  /** The metadata once the sheets have their final names (in the order of `sheets`). */
  metadata: (names: readonly string[]) => MetadataContent;
  /** Index of the sheet to leave active. */
  activate: number;
}

/** Names Excel may refuse though no worksheet has them (a chart sheet's, "History"); see writeRecordedSheet.ts. */
const NAME_REFUSALS = new Set(["ItemAlreadyExists", "InvalidArgument"]);
const NAME_TRIES = 3;

/** Returns the final names, in the order of the request's sheets. */
export async function commitSheets(scope: ActionScope, snapshot: WorkbookSnapshot, request: CommitRequest): Promise<string[]> {
  if (snapshot.metadataSheet === "foreign") return scope.fail("conflict", { code: "ItemAlreadyExists" });
  const refused: string[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const plan = namesFor(snapshot, request.sheets, refused);
    const progress: CommitProgress = { metadataTouched: false };
    try {
      await queueCommit(scope, snapshot, request, plan, progress);
      // Again only when Excel refused a name: three tries at most.
      await scope.context.sync();
      scope.budget.synced();
      return plan.map((sheet) => sheet.name);
    } catch (error) {
      if (!isOfficeError(error)) throw error;
      let outcome: MendOutcome = { kind: "undone", missing: null };
      const finished = await undoAndRethrow(error, async () => {
        outcome = await mendCommit(scope, snapshot, request, plan, progress);
      }).then(
        () => false,
        (thrown: unknown) => {
          const mended = outcome as MendOutcome;
          // Past the point of no return the commit was finished instead: the action succeeded.
          if (mended.kind === "completed") return true;
          // A name refused before that sheet was added: the next free name, a few times at most.
          if (mended.missing !== null && isOfficeError(thrown) && NAME_REFUSALS.has(thrown.code) && attempt < NAME_TRIES) {
            refused.push(mended.missing);
            return false;
          }
          throw thrown;
        },
      );
      if (finished) return plan.map((sheet) => sheet.name);
    }
  }
}

interface SheetPlan {
  /** The final name. */
  name: string;
  /** The name it is drawn under: the final one for a new sheet, a staging one for a rebuilt sheet. */
  drawnAs: string;
  planned: PlannedSheet;
}

interface CommitProgress {
  metadataTouched: boolean;
}

type MendOutcome = { kind: "undone"; missing: string | null } | { kind: "completed" };

function namesFor(snapshot: WorkbookSnapshot, sheets: readonly PlannedSheet[], refused: readonly string[]): SheetPlan[] {
  const taken = [...sheetNames(snapshot), ...refused];
  const plans: SheetPlan[] = [];
  for (const planned of sheets) {
    const name = planned.replaces ? planned.replaces.name : uniqueSheetName(planned.baseName, taken);
    // The staging name is only ever seen if a failure leaves something the mend cannot put right.
    const drawnAs = planned.replaces ? uniqueSheetName(planned.replaces.name, taken) : name;
    taken.push(name, drawnAs);
    plans.push({ name, drawnAs, planned });
  }
  return plans;
}

async function queueCommit(scope: ActionScope, snapshot: WorkbookSnapshot, request: CommitRequest, plan: readonly SheetPlan[], progress: CommitProgress) {
  const { context, budget } = scope;
  const worksheets = context.workbook.worksheets;
  const drawn: Excel.Worksheet[] = [];
  for (const sheet of plan) {
    await budget.reserveCommands(1);
    const worksheet = worksheets.add(sheet.drawnAs);
    drawn.push(worksheet);
    await writeLayoutContent(worksheet, sheet.planned.layout, budget);
    await queueCharts(worksheet, sheet.planned.layout.charts ?? [], budget);
  }
  for (const [i, sheet] of plan.entries()) {
    const old = sheet.planned.replaces;
    if (!old) continue;
    await budget.reserveCommands(3);
    worksheets.getItem(old.name).delete();
    drawn[i]!.name = old.name;
    drawn[i]!.position = old.position;
  }
  await budget.reserveCommands(1);
  drawn[request.activate]?.activate();
  progress.metadataTouched = true;
  await writeMetadata(context, snapshot.metadataSheet === "foreign" ? "ours" : snapshot.metadataSheet, request.metadata(plan.map((sheet) => sheet.name)), budget);
}

/**
 * After a failed commit. Two syncs: what exists now, then undoing or completing. Returns which
 * was done and, when undone, the first sheet that was never added (a name Excel refused).
 */
async function mendCommit(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  request: CommitRequest,
  plan: readonly SheetPlan[],
  progress: CommitProgress,
): Promise<MendOutcome> {
  const { context, budget } = scope;
  budget.synced();
  const worksheets = context.workbook.worksheets;
  const lookUp = (name: string) => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load("id");
    return sheet;
  };
  const drawn = plan.map((sheet) => lookUp(sheet.drawnAs));
  const named = plan.map((sheet) => (sheet.planned.replaces ? lookUp(sheet.planned.replaces.name) : null));
  const metadata = lookUp(METADATA_SHEET_NAME);
  await context.sync();

  const oldStillThere = (i: number) => {
    const old = plan[i]!.planned.replaces;
    const found = named[i];
    return old !== null && found !== null && found !== undefined && !found.isNullObject && found.id === old.id;
  };
  const anyOldGone = plan.some((sheet, i) => sheet.planned.replaces !== null && !oldStillThere(i));

  if (!anyOldGone) {
    // Nothing of the old is gone: take the new sheets out and put the metadata back.
    await budget.reserveCommands(plan.length + 3);
    drawn.forEach((sheet) => {
      if (!sheet.isNullObject) sheet.delete();
    });
    if (progress.metadataTouched && !metadata.isNullObject) await restoreMetadata(scope, snapshot, metadata);
    if (snapshot.activeSheet !== null) worksheets.getItem(snapshot.activeSheet).activate();
    await context.sync();
    budget.synced();
    const missing = plan.find((_, i) => drawn[i]!.isNullObject);
    return { kind: "undone", missing: missing?.drawnAs ?? null };
  }

  // An old sheet is gone: every new sheet must carry its name, place and record.
  await budget.reserveCommands(3 * plan.length + 1);
  const finals: Excel.Worksheet[] = [];
  plan.forEach((sheet, i) => {
    const old = sheet.planned.replaces;
    const staged = drawn[i]!;
    if (!old) {
      finals.push(staged);
      return;
    }
    if (oldStillThere(i)) named[i]!.delete();
    // Staged and not yet renamed, or already under the old name (then that is the new sheet).
    const fresh = staged.isNullObject ? named[i]! : staged;
    if (!staged.isNullObject) staged.name = old.name;
    fresh.position = old.position;
    finals.push(fresh);
  });
  finals[request.activate]?.activate();
  // The metadata sheet may have been added before the failure: rewrite it where it is.
  await writeMetadata(context, metadata.isNullObject ? "absent" : "ours", request.metadata(plan.map((sheet) => sheet.name)), budget);
  await context.sync();
  budget.synced();
  return { kind: "completed" };
}

/** The metadata sheet as the snapshot read it: deleted when there was none, rewritten when it was ours, emptied when it was empty. */
async function restoreMetadata(scope: ActionScope, snapshot: WorkbookSnapshot, metadata: Excel.Worksheet): Promise<void> {
  if (snapshot.metadataSheet === "absent") {
    // A very hidden sheet cannot be deleted (Worksheet.delete in @types/office-js): hide it plainly first.
    metadata.visibility = "Hidden";
    metadata.delete();
  } else if (snapshot.metadataSheet === "ours" && snapshot.metadata) {
    await writeMetadata(scope.context, "ours", { sheets: snapshot.metadata.sheets, templates: [...snapshot.metadata.templates.values()] }, scope.budget);
  } else {
    metadata.getRange().clear("Contents");
  }
}
