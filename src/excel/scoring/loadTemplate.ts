// "Tạo trang chấm điểm": a new scoring sheet for a template. Syncs: the snapshot (one, or two in
// a workbook the add-in has not written to yet), one for the sheet and its record, one for the
// finishes, whatever the number of items; more only when the writes exceed one request's payload
// (see requestBudget.ts) or a finish is refused (sheetFinishes.ts).
import { createScoreSheet } from "./createScoreSheet";
import type { HostDependencies } from "../host/hostEnvironment";
import { runAction } from "../host/runAction";
import { requireSupportedSize } from "./templateSize";
import type { LoadTemplateRequest, LoadTemplateResult, ProgressListener } from "../host/workbookOperations";
import { readWorkbookSnapshot } from "../sheets/workbookSnapshot";

export function loadTemplate(host: HostDependencies, request: LoadTemplateRequest, onProgress?: ProgressListener): Promise<LoadTemplateResult> {
  return runAction(
    host,
    "loadTemplate",
    async (scope) => {
      // Refused before Excel is asked anything, so nothing is written.
      requireSupportedSize(request.template, scope.fail);
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: true }, () => null);
      const { sheetName, rowCount, skippedFeatures, droppedAssignmentsOf } = await createScoreSheet(scope, snapshot, request);
      scope.progress("done");
      return { sheetName, rowCount, skippedFeatures, ...(droppedAssignmentsOf !== undefined ? { droppedAssignmentsOf } : {}) };
    },
    onProgress ? { onProgress } : {},
  );
}
