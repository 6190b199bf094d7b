// What the pane shows on opening: the scoring and plan sheets the metadata records (those that
// still exist, in workbook order) and the current scoring sheet. One sync.
import type { HostDependencies } from "../host/hostEnvironment";
import { runAction } from "../host/runAction";
import type { ScoreSheetInfo, WorkbookState } from "../host/workbookOperations";
import { managedSheets, readWorkbookSnapshot } from "../sheets/workbookSnapshot";

export function getState(host: HostDependencies): Promise<WorkbookState> {
  return runAction(host, "getState", async (scope) => {
    const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
    const scoreSheets: ScoreSheetInfo[] = managedSheets(snapshot, "score").map((sheet) => ({
      sheetName: sheet.sheetName,
      templateId: sheet.templateId,
      templateName: snapshot.metadata?.templates.get(sheet.templateId)?.name ?? sheet.templateId,
      ...(sheet.unit !== undefined ? { unit: sheet.unit } : {}),
      ...(sheet.year !== undefined ? { year: sheet.year } : {}),
    }));
    return {
      scoreSheets,
      current: scoreSheets.find((sheet) => sheet.sheetName === snapshot.activeSheet) ?? scoreSheets[0] ?? null,
      planSheets: managedSheets(snapshot, "plan").map((sheet) => sheet.sheetName),
    };
  });
}
