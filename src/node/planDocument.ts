// The plan document of a scoring sheet in a workbook file, built without changing the workbook:
// the plan from the current scores with what staff typed in the plan sheet (when there is one),
// the document fields from their sheet (else the defaults), then the document model.
import {
  buildPlanDocument,
  buildPlanSheet,
  type DocumentFields,
  type DocumentModel,
  type Issue,
  type RemediationPlan,
} from "../domain";
import { readDocumentFields } from "../xlsx/documentFieldsSheet";
import { findPlanSheet } from "../xlsx/planWorkbook";
import { readSheetGrid } from "../xlsx/readSheetGrid";
import type { ScoreSheetCheck, ScoreWorkbookCheck } from "./scoreWorkbook";

export interface WorkbookPlanDocument {
  document: DocumentModel;
  plan: RemediationPlan;
  fields: DocumentFields;
  /** Problems in the fields sheet and gaps in the document (a lĩnh vực without a remedy…). */
  issues: Issue[];
  /** The plan sheet staff text came from; null when the plan was built in memory. */
  planSheet: string | null;
  /** The fields sheet; null when the defaults were used. */
  fieldsSheet: string | null;
}

export function planDocumentFromWorkbook(
  result: ScoreWorkbookCheck,
  scored: ScoreSheetCheck,
  overrideFields: (fields: DocumentFields) => DocumentFields = (fields) => fields,
): WorkbookPlanDocument {
  const { workbook, metadata } = result;
  const { managed, template, check } = scored;
  const planSheet = findPlanSheet(workbook, managed, metadata);
  const { plan } = buildPlanSheet(template, check, {
    ...(managed.unit ? { unit: managed.unit } : {}),
    ...(managed.year ? { year: managed.year } : {}),
    ...(planSheet ? { previousPlan: readSheetGrid(planSheet).values } : {}),
  });
  const read = readDocumentFields(workbook, scored, metadata);
  const fields = overrideFields(read.fields);
  const built = buildPlanDocument({ plan, totals: check.totals, fields });
  return {
    document: built.document,
    plan,
    fields,
    issues: [...read.issues, ...built.issues.map((issue) => (planSheet && issue.code === "document_remedy_missing" ? { ...issue, sheet: planSheet.name } : issue))],
    planSheet: planSheet?.name ?? null,
    fieldsSheet: read.sheetName,
  };
}
