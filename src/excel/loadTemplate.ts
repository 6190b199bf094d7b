// "Tạo trang chấm điểm": a new scoring sheet for a template. Syncs: the snapshot (one, or two in
// a workbook the add-in has not written to yet), then one for all the writes, whatever the
// number of items; more only when the writes exceed one request's payload (see requestBudget.ts).
import { queueScoreSheet } from "./createScoreSheet";
import type { HostDependencies } from "./hostEnvironment";
import { runAction } from "./runAction";
import type { LoadTemplateRequest, LoadTemplateResult, ProgressListener } from "./workbookOperations";
import { readWorkbookSnapshot } from "./workbookSnapshot";

export function loadTemplate(host: HostDependencies, request: LoadTemplateRequest, onProgress?: ProgressListener): Promise<LoadTemplateResult> {
  return runAction(
    host,
    "loadTemplate",
    async (scope) => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: true }, () => null);
      const { sheetName, rowCount, skippedFeatures } = await queueScoreSheet(scope, snapshot, request);
      await scope.context.sync();
      scope.progress("done");
      return { sheetName, rowCount, skippedFeatures };
    },
    onProgress ? { onProgress } : {},
  );
}
