// Adds a sheet the add-in makes (a scoring sheet, a new plan with its document fields sheet) as one
// whole step: the sheets with all their content and the metadata records naming them go out together, and if any command of that
// fails, the undo puts the workbook back as it was (see undoSheetWrites.ts), so a retry never
// finds a half-made sheet to step around. Only then come the optional finishes, whose refusals
// are reported instead of failing the action.
import { assertLayoutFitsExcel } from "../../domain/layout/excelLimits";
import type { ManagedSheet } from "../../domain/layout/metadata";
import type { SheetLayout } from "../../domain/layout/sheetLayout";
import { uniqueSheetName } from "../../domain/layout/sheetNames";
import type { Template } from "../../domain/template/schema";
import type { HostFeature } from "../host/features";
import { isOfficeError } from "../host/hostError";
import { withManagedSheets } from "./metadataRecords";
import type { ActionScope } from "../host/runAction";
import { allFinishes, applyFinishes, finishesBeside, layoutFinishes } from "./sheetFinishes";
import { startedWrite, undoAndRethrow, undoSheetWrites } from "./undoSheetWrites";
import { writeLayoutContent } from "./writeLayout";
import { writeMetadata } from "./writeMetadata";
import { sheetNames, type WorkbookSnapshot } from "./workbookSnapshot";

/**
 * Names Excel may refuse although no worksheet has them: chart sheets share the names but
 * office-js does not list them, and Excel reserves "History". Each refusal costs one more try.
 */
const NAME_REFUSALS = new Set(["ItemAlreadyExists", "InvalidArgument"]);
const NAME_TRIES = 3;

export interface RecordedSheetRequest {
  /** The name wanted; "… (2)" and so on when the workbook has it. */
  baseName: string;
  layout: SheetLayout;
  record: (sheetName: string) => ManagedSheet;
  template: Template;
}

export async function writeRecordedSheet(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  request: RecordedSheetRequest,
): Promise<{ sheetName: string; skippedFeatures: HostFeature[] }> {
  const { sheetNames: [sheetName = request.baseName], skippedFeatures } = await writeRecordedSheets(scope, snapshot, { sheets: [request] });
  return { sheetName, skippedFeatures };
}

export interface RecordedSheetsRequest {
  /** The sheets to add, the first one active afterwards; each under a name no other sheet has. */
  sheets: readonly RecordedSheetRequest[];
  /** Records of sheets already there to write in the same metadata (a fields sheet found by its title). */
  alsoRecord?: readonly ManagedSheet[];
}

/**
 * Several sheets added as one whole step (a plan and its document fields sheet): all of them with
 * their content and records, or none. Finishes after; the first sheet is the active one.
 */
export async function writeRecordedSheets(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  request: RecordedSheetsRequest,
): Promise<{ sheetNames: string[]; skippedFeatures: HostFeature[] }> {
  const added = await commitRecordedSheets(scope, snapshot, request);
  const first = added[0]!.worksheet;
  const planned = request.sheets.map((sheet, i) => {
    const finishes = layoutFinishes(added[i]!.worksheet, sheet.layout, scope.features);
    return i === 0 ? finishes : finishesBeside(finishes, first);
  });
  const skippedFeatures = await applyFinishes(scope.context, scope.budget, allFinishes(planned));
  return { sheetNames: added.map((sheet) => sheet.sheetName), skippedFeatures: [...new Set(skippedFeatures)] };
}

/** The sheets, their content and their records, or nothing at all. One sync (more for large payloads). */
async function commitRecordedSheets(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  request: RecordedSheetsRequest,
): Promise<{ sheetName: string; worksheet: Excel.Worksheet }[]> {
  const { context, budget } = scope;
  if (snapshot.metadataSheet === "foreign") scope.fail("conflict", { code: "ItemAlreadyExists" });
  // Every sheet's text is checked before anything is queued: a large sheet is sent in several
  // requests, so a later sheet's overlong cell must not be found after the first one went out.
  for (const sheet of request.sheets) assertLayoutFitsExcel(sheet.layout);
  const refused: string[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const names: string[] = [];
    for (const sheet of request.sheets) names.push(uniqueSheetName(sheet.baseName, [...sheetNames(snapshot), ...refused, ...names]));
    const progress = startedWrite();
    try {
      // Every sheet is added before any content, so a sheet missing after a failure is the one whose add failed.
      await budget.reserveCommands(1 + names.length);
      const worksheets = names.map((name) => {
        const worksheet = context.workbook.worksheets.add(name);
        progress.addedSheets.push(name);
        return worksheet;
      });
      for (const [i, sheet] of request.sheets.entries()) await writeLayoutContent(worksheets[i]!, sheet.layout, budget);
      worksheets[0]?.activate();
      progress.metadataTouched = true;
      const records = [...request.sheets.map((sheet, i) => sheet.record(names[i]!)), ...(request.alsoRecord ?? [])];
      const template = request.sheets[0]!.template;
      await writeMetadata(context, snapshot.metadataSheet, withManagedSheets(snapshot, records, template), budget);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- again only when Excel refused a name (three tries at most)
      await context.sync();
      budget.synced();
      return names.map((sheetName, i) => ({ sheetName, worksheet: worksheets[i]! }));
    } catch (error) {
      if (!isOfficeError(error)) throw error;
      let sheetsAdded: boolean[] = names.map(() => true);
      await undoAndRethrow(error, async () => {
        ({ sheetsAdded } = await undoSheetWrites(context, budget, snapshot, progress));
      }).catch((thrown: unknown) => {
        // A name Excel refused before adding its sheet: the next free name, a few times at most.
        const notAdded = sheetsAdded.indexOf(false);
        if (notAdded >= 0 && isOfficeError(thrown) && NAME_REFUSALS.has(thrown.code) && attempt < NAME_TRIES) {
          refused.push(names[notAdded]!);
          return;
        }
        throw thrown;
      });
    }
  }
}
