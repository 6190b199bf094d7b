// Adds a sheet the add-in makes (a scoring sheet, a new plan) as one whole step: the sheet with
// all its content and the metadata record naming it go out together, and if any command of that
// fails, the undo puts the workbook back as it was (see undoSheetWrites.ts), so a retry never
// finds a half-made sheet to step around. Only then come the optional finishes, whose refusals
// are reported instead of failing the action.
import type { ManagedSheet } from "../domain/layout/metadata";
import type { SheetLayout } from "../domain/layout/sheetLayout";
import { uniqueSheetName } from "../domain/layout/sheetNames";
import type { Template } from "../domain/template/schema";
import type { HostFeature } from "./features";
import { isOfficeError } from "./hostError";
import { withManagedSheet } from "./metadataRecords";
import type { ActionScope } from "./runAction";
import { applyFinishes, layoutFinishes } from "./sheetFinishes";
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
  const { sheetName, worksheet } = await commitRecordedSheet(scope, snapshot, request);
  const skippedFeatures = await applyFinishes(scope.context, scope.budget, layoutFinishes(worksheet, request.layout, scope.features));
  return { sheetName, skippedFeatures };
}

/** The sheet, its content and its record, or nothing at all. One sync (more for large payloads). */
async function commitRecordedSheet(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  request: RecordedSheetRequest,
): Promise<{ sheetName: string; worksheet: Excel.Worksheet }> {
  const { context, budget } = scope;
  if (snapshot.metadataSheet === "foreign") scope.fail("conflict", { code: "ItemAlreadyExists" });
  const refused: string[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const sheetName = uniqueSheetName(request.baseName, [...sheetNames(snapshot), ...refused]);
    const progress = startedWrite();
    try {
      await budget.reserveCommands(2);
      const worksheet = context.workbook.worksheets.add(sheetName);
      progress.addedSheet = sheetName;
      await writeLayoutContent(worksheet, request.layout, budget);
      worksheet.activate();
      progress.metadataTouched = true;
      await writeMetadata(context, snapshot.metadataSheet, withManagedSheet(snapshot, request.record(sheetName), request.template), budget);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- again only when Excel refused the name (three tries at most)
      await context.sync();
      budget.synced();
      return { sheetName, worksheet };
    } catch (error) {
      if (!isOfficeError(error)) throw error;
      let sheetWasAdded = true;
      await undoAndRethrow(error, async () => {
        ({ sheetWasAdded } = await undoSheetWrites(context, budget, snapshot, progress));
      }).catch((thrown: unknown) => {
        // A name Excel refused before adding anything: the next free name, a few times at most.
        if (!sheetWasAdded && isOfficeError(thrown) && NAME_REFUSALS.has(thrown.code) && attempt < NAME_TRIES) return;
        throw thrown;
      });
      refused.push(sheetName);
    }
  }
}
