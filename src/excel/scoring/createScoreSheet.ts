// Adds a scoring sheet for a template after what the workbook already has: a new sheet under a
// name no sheet has (never overwriting one), laid out by layoutScoreSheet, activated, and recorded
// in the metadata with its template — all or nothing (writeRecordedSheet.ts), finishes after.
import { defaultScoreSheetName, layoutScoreSheet } from "../../domain/layout/layoutScoreSheet";
import { templateForUnit } from "../../domain/template/forUnit";
import type { Template } from "../../domain/template/schema";
import type { HostFeature } from "../host/features";
import { withFreeId } from "../sheets/metadataRecords";
import type { ActionScope } from "../host/runAction";
import { requireSupportedSize } from "./templateSize";
import { writeRecordedSheet } from "../sheets/writeRecordedSheet";
import type { WorkbookSnapshot } from "../sheets/workbookSnapshot";

export interface CreatedScoreSheet {
  sheetName: string;
  /** The template as stored (its id changed if the workbook keeps another template under it). */
  template: Template;
  /** The template's owner whose phân công was left out, the sheet being for another unit. */
  droppedAssignmentsOf?: string;
  rowCount: number;
  skippedFeatures: HostFeature[];
}

/** A random id (RFC 4122 v4): crypto.randomUUID where the pane's browser has it, else from getRandomValues. */
export function newSheetId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function createScoreSheet(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  request: { template: Template; unit?: string; year?: number },
): Promise<CreatedScoreSheet> {
  requireSupportedSize(request.template, scope.fail);
  const forUnit = templateForUnit(request.template, request.unit);
  const template = withFreeId(forUnit.template, snapshot.metadata);
  const baseName = defaultScoreSheetName(template, request.year, request.unit);
  const layout = layoutScoreSheet(template, {
    sheetName: baseName,
    ...(request.unit !== undefined ? { unit: request.unit } : {}),
    ...(request.year !== undefined ? { year: request.year } : {}),
  });
  scope.progress("writing");
  const unit = request.unit?.trim();
  const { sheetName, skippedFeatures } = await writeRecordedSheet(scope, snapshot, {
    baseName,
    layout,
    template,
    record: (name) => ({
      kind: "score",
      sheetName: name,
      templateId: template.id,
      ...(unit !== undefined && unit !== "" ? { unit } : {}),
      ...(request.year !== undefined ? { year: request.year } : {}),
      layoutVersion: layout.layoutVersion,
      // As par-index new records it: the id the units' files name their master by (masterIdentity.ts).
      sheetId: newSheetId(),
    }),
  });
  const dropped = forUnit.droppedAssignmentsOf !== undefined ? { droppedAssignmentsOf: forUnit.droppedAssignmentsOf } : {};
  return { sheetName, template, rowCount: layout.cells.length, skippedFeatures, ...dropped };
}
