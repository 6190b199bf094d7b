// "Dùng vùng đang chọn làm bộ tiêu chí": the selected table becomes a template, then a scoring
// sheet exactly as loadTemplate makes one. The selection is read in the snapshot's sync, clipped
// to the used range (a whole selected column would otherwise send a million empty rows), and
// the import is told where the block sits so every issue names a real cell. Syncs: the snapshot
// (one, two without metadata), then the writes only if the import succeeded.
import type { Grid } from "../../domain/cells";
import { importTemplateFromGrid } from "../../domain/import";
import { createScoreSheet } from "./createScoreSheet";
import { parseRangeAddress, splitSheetAddress } from "../sheets/addresses";
import type { HostDependencies } from "../host/hostEnvironment";
import { runAction } from "../host/runAction";
import type { ImportSelectionResult, ProgressListener } from "../host/workbookOperations";
import { readWorkbookSnapshot } from "../sheets/workbookSnapshot";

export interface ImportSelectionRequest {
  unit?: string;
  year?: number;
  name?: string;
}

export function importSelectionAsTemplate(
  host: HostDependencies,
  request: ImportSelectionRequest,
  onProgress?: ProgressListener,
): Promise<ImportSelectionResult> {
  return runAction(
    host,
    "importSelectionAsTemplate",
    async (scope): Promise<ImportSelectionResult> => {
      scope.progress("reading");
      const { snapshot, more } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: true }, () => {
        const selected = scope.context.workbook.getSelectedRange();
        selected.load("address");
        const clipped = selected.getIntersectionOrNullObject(selected.worksheet.getUsedRange());
        clipped.load("values,address");
        return { selected, clipped };
      });
      if (!more) throw new Error("the selection is read with the sheet list");
      scope.progress("checking");
      const address = more.selected.address;
      const block = more.clipped.isNullObject ? null : { values: more.clipped.values as Grid, address: more.clipped.address };
      const { sheet, range } = splitSheetAddress(block?.address ?? address);
      const rect = parseRangeAddress(range);
      const result = importTemplateFromGrid(block?.values ?? [], {
        ...(sheet !== null ? { sheet } : {}),
        origin: { row: rect?.top ?? 0, column: rect?.left ?? 0 },
        meta: {
          ...(request.name !== undefined && request.name.trim() !== "" ? { name: request.name.trim() } : {}),
          ...(request.year !== undefined ? { years: [request.year] } : {}),
        },
      });
      if (!result.ok) {
        scope.progress("done");
        return { ok: false, issues: result.issues, address };
      }
      const created = await createScoreSheet(scope, snapshot, { template: result.value, ...request });
      scope.progress("done");
      return { ok: true, template: created.template, sheetName: created.sheetName, warnings: result.issues, skippedFeatures: created.skippedFeatures };
    },
    onProgress ? { onProgress } : {},
  );
}
