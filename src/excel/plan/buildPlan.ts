// "Lập kế hoạch khắc phục": checks the scoring sheet and writes the remediation plan sheet. A plan
// sheet the metadata already records for this scoring sheet is rebuilt: read first, so what staff
// typed (remedies, units, time frames) is carried over by item code, then replaced whole under the
// same name and place (replacePlanSheet.ts). Otherwise a new sheet under a free name
// (writeRecordedSheet.ts). A scoring sheet without a document fields sheet gets one, from the
// defaults, in the same whole step (documentFieldsSheet.ts); one that has it keeps it untouched.
// Syncs: snapshot, reads, the sheets and their records, the finishes.
import { defaultPlanSheetName } from "../../domain/layout/layoutPlanSheet";
import { planRecordFor, type ManagedSheet } from "../../domain/layout/metadata";
import { uniqueSheetName } from "../../domain/layout/sheetNames";
import { buildPlanSheet, checkScoreSheet } from "../../domain/workflow";
import { chooseScoreSheet } from "../scoring/chooseScoreSheet";
import { documentRecord, newDocumentFieldsSheet, probeDocumentFieldsSheet } from "./documentFieldsSheet";
import type { HostFeature } from "../host/features";
import type { HostDependencies } from "../host/hostEnvironment";
import { readScoreAndPlan } from "../sheets/readSheets";
import { replaceRecordedSheet, type AddedSheet } from "./replacePlanSheet";
import { runAction, type ActionScope } from "../host/runAction";
import { requireSupportedSize } from "../scoring/templateSize";
import { writeRecordedSheets, type RecordedSheetRequest } from "../sheets/writeRecordedSheet";
import type { BuildPlanRequest, BuildPlanResult, ProgressListener } from "../host/workbookOperations";
import { managedSheets, readWorkbookSnapshot, sheetNames, type WorkbookSnapshot } from "../sheets/workbookSnapshot";

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
      const fieldsProbe = probeDocumentFieldsSheet(scope.context, snapshot, sheet);
      const read = await readScoreAndPlan(scope, sheet.sheetName, template, existing?.sheetName ?? null, { alongside: fieldsProbe.queue });
      const fieldsSheet = fieldsProbe.found();

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

      // A fields sheet found by its title only gets its record; a missing one is made beside the plan.
      const newFields = fieldsSheet ? null : newDocumentFieldsSheet(sheet, template);
      const alsoRecord = fieldsSheet && !fieldsSheet.recorded ? [documentRecord(sheet, fieldsSheet.sheetName)] : [];

      scope.progress("writing");
      let written: { sheetName: string; fieldsSheet: string | null; skippedFeatures: HostFeature[] };
      if (existing && read.plan) {
        const added = newFields ? [addedSheet(newFields, uniqueSheetName(newFields.baseName, sheetNames(snapshot)))] : [];
        const replaced = await replaceRecordedSheet(scope, snapshot, { old: read.plan.sheet, layout, record: record(existing.sheetName), template, added, alsoRecord });
        written = { sheetName: existing.sheetName, fieldsSheet: added[0]?.name ?? null, ...replaced };
      } else {
        written = await writeNewPlan(scope, snapshot, { baseName, layout, record, template }, newFields, alsoRecord);
      }
      scope.progress("done");
      const documentFields = fieldsSheet
        ? { sheetName: fieldsSheet.sheetName, created: false }
        : written.fieldsSheet !== null
          ? { sheetName: written.fieldsSheet, created: true }
          : null;
      return {
        sheetName: written.sheetName,
        rebuilt: existing !== null,
        plan,
        issues: check.issues,
        skippedFeatures: written.skippedFeatures,
        ...(documentFields ? { documentFields } : {}),
      };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}

/** A new plan sheet, with the fields sheet when one is to be made, as one whole step. */
async function writeNewPlan(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  plan: RecordedSheetRequest,
  fields: RecordedSheetRequest | null,
  alsoRecord: ManagedSheet[],
): Promise<{ sheetName: string; fieldsSheet: string | null; skippedFeatures: HostFeature[] }> {
  const { sheetNames: [sheetName = plan.baseName, fieldsSheet = null], skippedFeatures } = await writeRecordedSheets(scope, snapshot, {
    sheets: fields ? [plan, fields] : [plan],
    alsoRecord,
  });
  return { sheetName, fieldsSheet, skippedFeatures };
}

function addedSheet(request: RecordedSheetRequest, name: string): AddedSheet {
  return { name, layout: request.layout, record: request.record(name) };
}
