// "Lập kế hoạch khắc phục": checks the scoring sheet and writes the remediation plan sheet. A plan
// sheet the metadata already records for this scoring sheet is rebuilt: read first, so what staff
// typed (remedies, units, time frames) is carried over by item code, then replaced whole under the
// same name and place (replacePlanSheet.ts). Otherwise a new sheet under a free name
// (writeRecordedSheet.ts). Syncs: snapshot, reads, the sheet and its record, the finishes.
import { planRecordFor, type ManagedSheet } from "../domain/layout/metadata";
import { defaultPlanSheetName } from "../domain/layout/layoutPlanSheet";
import { buildPlanSheet, checkScoreSheet } from "../domain/workflow";
import { chooseScoreSheet } from "./chooseScoreSheet";
import type { HostDependencies } from "./hostEnvironment";
import { readScoreAndPlan } from "./readSheets";
import { replaceRecordedSheet } from "./replacePlanSheet";
import { runAction } from "./runAction";
import { requireSupportedSize } from "./templateSize";
import { writeRecordedSheet } from "./writeRecordedSheet";
import type { BuildPlanRequest, BuildPlanResult, ProgressListener } from "./workbookOperations";
import { managedSheets, readWorkbookSnapshot } from "./workbookSnapshot";

export function buildPlan(host: HostDependencies, request: BuildPlanRequest, onProgress?: ProgressListener): Promise<BuildPlanResult> {
  return runAction(
    host,
    "buildPlan",
    async (scope) => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
      const { sheet, template } = chooseScoreSheet(snapshot, request.sheetName, scope.fail);
      requireSupportedSize(template, scope.fail);
      if (snapshot.metadataSheet === "foreign") return scope.fail("conflict", { code: "ItemAlreadyExists" });
      const existing = planRecordFor(managedSheets(snapshot, "plan"), sheet);
      const read = await readScoreAndPlan(scope, sheet.sheetName, template, existing?.sheetName ?? null);

      scope.progress("checking");
      const check = checkScoreSheet(template, read.score.values, { sheet: sheet.sheetName, formulas: read.score.formulas });
      const baseName = existing?.sheetName ?? defaultPlanSheetName(sheet.year);
      const { plan, layout } = buildPlanSheet(template, check, {
        sheetName: baseName,
        ...(sheet.unit !== undefined ? { unit: sheet.unit } : {}),
        ...(sheet.year !== undefined ? { year: sheet.year } : {}),
        ...(request.defaults ? { defaults: request.defaults } : {}),
        ...(read.plan ? { previousPlan: read.plan.values } : {}),
      });
      const record = (sheetName: string): ManagedSheet => ({
        kind: "plan",
        sheetName,
        templateId: template.id,
        ...(sheet.unit !== undefined ? { unit: sheet.unit } : {}),
        ...(sheet.year !== undefined ? { year: sheet.year } : {}),
        scoreSheet: sheet.sheetName,
      });

      scope.progress("writing");
      const written =
        existing && read.plan
          ? { sheetName: existing.sheetName, ...(await replaceRecordedSheet(scope, snapshot, { old: read.plan.sheet, layout, record: record(existing.sheetName), template })) }
          : await writeRecordedSheet(scope, snapshot, { baseName, layout, record, template });
      scope.progress("done");
      return { sheetName: written.sheetName, rebuilt: existing !== null, plan, issues: check.issues, skippedFeatures: written.skippedFeatures };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}
