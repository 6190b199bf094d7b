// "Tải văn bản kế hoạch (.docx)", the workbook's half: reads the scoring sheet, the plan sheet
// (what staff typed) and the document fields sheet in one Excel.run, and builds the document model
// in the core, as `par-index document` does from a file (src/node/planDocument.ts). Nothing is
// written. The pane turns the model into a .docx and hands it to staff. Syncs: the snapshot, then
// the three sheets together (the scoring sheet's block in more chunks only past ~4 MB), plus one
// only when the fields sheet is found by its title rather than by the metadata.
import { planDocumentFileName } from "../../domain/document/documentFileName";
import { planRecordFor } from "../../domain/layout/metadata";
import { readDocumentFieldsSheet } from "../../domain/layout/readDocumentFieldsSheet";
import { buildPlanSheet, checkScoreSheet } from "../../domain/workflow";
import { chooseScoreSheet } from "../scoring/chooseScoreSheet";
import { documentFieldDefaults, readScoreWithFields } from "./documentFieldsSheet";
import type { HostDependencies } from "../host/hostEnvironment";
import { runAction } from "../host/runAction";
import { requireSupportedSize } from "../scoring/templateSize";
import type { PlanDocumentRequest, PlanDocumentResult, ProgressListener } from "../host/workbookOperations";
import { managedSheets, readWorkbookSnapshot } from "../sheets/workbookSnapshot";

export async function readPlanDocument(host: HostDependencies, request: PlanDocumentRequest, onProgress?: ProgressListener): Promise<PlanDocumentResult> {
  // The document's builder is loaded when staff first ask for the document, before Excel is asked
  // anything: it is a chunk of its own, outside the pane's initial JavaScript.
  const { buildPlanDocument, locateDocumentIssues } = await import(/* webpackChunkName: "plan-document" */ "./planDocumentBuilder");
  return runAction(
    host,
    "readPlanDocument",
    async (scope) => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
      const { sheet, template } = chooseScoreSheet(snapshot, request.sheetName, scope.fail);
      requireSupportedSize(template, scope.fail);
      const planSheet = planRecordFor(managedSheets(snapshot, "plan"), sheet)?.sheetName ?? null;
      const { read, fieldsSheet, fieldsValues } = await readScoreWithFields(scope, snapshot, sheet, template, planSheet);

      scope.progress("checking");
      const check = checkScoreSheet(template, read.score.values, { sheet: sheet.sheetName, formulas: read.score.formulas });
      const errors = check.issues.filter((issue) => issue.severity === "error");
      if (errors.length > 0) return { ok: false, sheetName: sheet.sheetName, issues: errors };
      const { plan } = buildPlanSheet(template, check, {
        ...(sheet.unit !== undefined ? { unit: sheet.unit } : {}),
        ...(sheet.year !== undefined ? { year: sheet.year } : {}),
        ...(read.plan ? { previousPlan: read.plan.values } : {}),
      });
      const defaults = documentFieldDefaults(sheet, template);
      const fields =
        fieldsSheet && fieldsValues
          ? readDocumentFieldsSheet(fieldsValues, defaults, { sheet: fieldsSheet.sheetName })
          : { fields: defaults, issues: [] };
      const built = buildPlanDocument({ plan, totals: check.totals, fields: fields.fields });
      const issues = locateDocumentIssues([...fields.issues, ...built.issues], {
        ...(read.plan && planSheet !== null ? { plan: { name: planSheet, values: read.plan.values } } : {}),
        ...(fieldsSheet && fieldsValues ? { fields: { name: fieldsSheet.sheetName, values: fieldsValues } } : {}),
      });
      scope.progress("done");
      return {
        ok: true,
        sheetName: sheet.sheetName,
        document: built.document,
        fileName: planDocumentFileName({ ...(plan.year ? { year: plan.year } : {}), unit: fields.fields.unit }),
        issues,
        planSheet: read.plan ? planSheet : null,
        fieldsSheet: fieldsSheet?.sheetName ?? null,
        sections: plan.sections.length,
      };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}
