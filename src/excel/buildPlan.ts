// "Lập kế hoạch khắc phục": checks the scoring sheet and writes the remediation plan sheet. A plan
// sheet the metadata already records for this scoring sheet is rebuilt in place: read first, so
// what staff typed (remedies, units, time frames) is carried over by item code, then cleared and
// written again. Otherwise a new sheet under a free name. Syncs: snapshot, reads, writes.
import { planRecordFor, type ManagedSheet } from "../domain/layout/metadata";
import { defaultPlanSheetName } from "../domain/layout/layoutPlanSheet";
import { uniqueSheetName } from "../domain/layout/sheetNames";
import { buildPlanSheet, checkScoreSheet } from "../domain/workflow";
import { chooseScoreSheet } from "./chooseScoreSheet";
import type { HostDependencies } from "./hostEnvironment";
import { withManagedSheet } from "./metadataRecords";
import { queueScoreBlock, queueSheetValues } from "./readSheets";
import { runAction } from "./runAction";
import { writeLayout } from "./writeLayout";
import { writeMetadata } from "./writeMetadata";
import type { BuildPlanRequest, BuildPlanResult, ProgressListener } from "./workbookOperations";
import { managedSheets, readWorkbookSnapshot, sheetNames } from "./workbookSnapshot";

export function buildPlan(host: HostDependencies, request: BuildPlanRequest, onProgress?: ProgressListener): Promise<BuildPlanResult> {
  return runAction(
    host,
    "buildPlan",
    async (scope) => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
      const { sheet, template } = chooseScoreSheet(snapshot, request.sheetName, scope.fail);
      const metadataSheet = snapshot.metadataSheet;
      if (metadataSheet === "foreign") return scope.fail("conflict", { code: "ItemAlreadyExists" });
      const worksheets = scope.context.workbook.worksheets;
      const scoreBlock = queueScoreBlock(worksheets.getItem(sheet.sheetName));
      const existing = planRecordFor(managedSheets(snapshot, "plan"), sheet);
      const planSheet = existing ? worksheets.getItem(existing.sheetName) : null;
      const previousPlan = planSheet ? queueSheetValues(planSheet) : null;
      await scope.context.sync();

      scope.progress("checking");
      const check = checkScoreSheet(template, scoreBlock.values(), { sheet: sheet.sheetName, formulas: scoreBlock.formulas() });
      const sheetName = existing?.sheetName ?? uniqueSheetName(defaultPlanSheetName(sheet.year), sheetNames(snapshot));
      const { plan, layout } = buildPlanSheet(template, check, {
        sheetName,
        ...(sheet.unit !== undefined ? { unit: sheet.unit } : {}),
        ...(sheet.year !== undefined ? { year: sheet.year } : {}),
        ...(request.defaults ? { defaults: request.defaults } : {}),
        ...(previousPlan ? { previousPlan: previousPlan() } : {}),
      });

      scope.progress("writing");
      let target: Excel.Worksheet;
      if (planSheet) {
        await scope.budget.reserveCommands(4);
        // Merges, formats and frozen panes of the old plan go too: the new layout is drawn whole.
        planSheet.getUsedRange().unmerge();
        planSheet.getRange().clear("All");
        planSheet.freezePanes.unfreeze();
        target = planSheet;
      } else {
        target = worksheets.add(sheetName);
      }
      const skippedFeatures = await writeLayout(target, layout, scope.features, scope.budget);
      target.activate();
      if (!existing) {
        const record: ManagedSheet = {
          kind: "plan",
          sheetName,
          templateId: template.id,
          ...(sheet.unit !== undefined ? { unit: sheet.unit } : {}),
          ...(sheet.year !== undefined ? { year: sheet.year } : {}),
          scoreSheet: sheet.sheetName,
        };
        await writeMetadata(scope.context, metadataSheet, withManagedSheet(snapshot, record, template), scope.budget);
      }
      await scope.context.sync();
      scope.progress("done");
      return { sheetName, rebuilt: existing !== null, plan, issues: check.issues, skippedFeatures };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}

