// Adds a scoring sheet for a template after what the workbook already has: a new sheet under a
// name no sheet has (never overwriting one), laid out by layoutScoreSheet, then activated, and
// the metadata rewritten to record it with its template. Queued in the action's batch.
import { defaultScoreSheetName, layoutScoreSheet } from "../domain/layout/layoutScoreSheet";
import { uniqueSheetName } from "../domain/layout/sheetNames";
import type { Template } from "../domain/template/schema";
import type { HostFeature } from "./features";
import { withFreeId, withManagedSheet } from "./metadataRecords";
import type { ActionScope } from "./runAction";
import { writeLayout } from "./writeLayout";
import { writeMetadata } from "./writeMetadata";
import { sheetNames, type WorkbookSnapshot } from "./workbookSnapshot";

export interface CreatedScoreSheet {
  sheetName: string;
  /** The template as stored (its id changed if the workbook keeps another template under it). */
  template: Template;
  rowCount: number;
  skippedFeatures: HostFeature[];
}

export async function queueScoreSheet(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  request: { template: Template; unit?: string; year?: number },
): Promise<CreatedScoreSheet> {
  if (snapshot.metadataSheet === "foreign") scope.fail("conflict", { code: "ItemAlreadyExists" });
  const template = withFreeId(request.template, snapshot.metadata);
  const sheetName = uniqueSheetName(defaultScoreSheetName(template, request.year), sheetNames(snapshot));
  const layout = layoutScoreSheet(template, {
    sheetName,
    ...(request.unit !== undefined ? { unit: request.unit } : {}),
    ...(request.year !== undefined ? { year: request.year } : {}),
  });
  scope.progress("writing");
  const worksheet = scope.context.workbook.worksheets.add(sheetName);
  const skippedFeatures = await writeLayout(worksheet, layout, scope.features, scope.budget);
  worksheet.activate();
  const record = {
    kind: "score" as const,
    sheetName,
    templateId: template.id,
    ...(request.unit !== undefined && request.unit.trim() !== "" ? { unit: request.unit.trim() } : {}),
    ...(request.year !== undefined ? { year: request.year } : {}),
  };
  await writeMetadata(scope.context, snapshot.metadataSheet, withManagedSheet(snapshot, record, template), scope.budget);
  return { sheetName, template, rowCount: layout.cells.length, skippedFeatures };
}
