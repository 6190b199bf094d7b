// The plan document of a scoring sheet in a workbook file, built without changing the workbook:
// the plan from the current scores with what staff typed in the plan sheet (when there is one),
// the document fields from their sheet (else the defaults), then the document model.
import { promises as fs } from "node:fs";
import {
  buildPlanDocument,
  buildPlanSheet,
  type DocumentFields,
  type DocumentModel,
  type Issue,
  type RemediationPlan,
} from "../domain";
import { readDocumentFields } from "./documentFieldsSheet";
import { OutputExistsError } from "./errors";
import { findPlanSheet } from "./planWorkbook";
import { readSheetGrid } from "./readSheetGrid";
import type { ScoreSheetCheck, ScoreWorkbookCheck } from "./scoreWorkbook";
import { writeFileAtomically } from "./workbookFiles";

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

/** Writes the document's bytes atomically; an existing file is replaced only when `force` is set. */
export async function writeDocumentFile(file: string, bytes: Uint8Array, options: { inputs: readonly string[]; force?: boolean }): Promise<void> {
  if (!options.force && (await exists(file))) throw new OutputExistsError(file);
  await writeFileAtomically(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options.inputs);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
