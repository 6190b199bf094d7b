// The remediation-plan sheet in a workbook: added, or rebuilt in place keeping what staff typed
// (read back with readPlanSheet), and recorded in the metadata so it is found again.
import type { Workbook, Worksheet } from "exceljs";
import {
  buildPlanSheet,
  defaultPlanSheetName,
  PLAN_SHEET_BASE_NAME,
  planRecordFor,
  uniqueSheetName,
  type ManagedSheet,
  type PlanOptions,
  type RemediationPlan,
  type Grid,
  type DocumentFields,
  type Template,
  type WorkbookMetadata,
} from "../domain";
import { ensureDocumentFieldsSheet, type EnsuredFieldsSheet } from "./documentFieldsSheet";
import { setSheetOrder, sheetOrderOf } from "./exceljsModel";
import { writeWorkbookMetadata } from "./metadataSheet";
import { readSheetGrid } from "./readSheetGrid";
import type { ScoreSheetCheck } from "./checkScoreWorkbook";
import { writeLayout } from "./writeLayout";

export interface WritePlanOptions {
  defaults?: PlanOptions["defaults"];
  /** A plan sheet from elsewhere (the existing output file) whose staff text comes first. */
  carriedPlan?: Grid;
  /** Document fields from elsewhere (the existing output file), for a workbook that has none yet. */
  carriedFields?: DocumentFields;
}

export interface WritePlanResult {
  sheetName: string;
  /** An existing plan sheet was rebuilt (staff text carried over). */
  rebuilt: boolean;
  plan: RemediationPlan;
  /** The document fields sheet beside the plan: added the first time, left as staff keep it after. */
  documentFields: EnsuredFieldsSheet;
}

export function writePlan(
  workbook: Workbook,
  scoreSheet: ScoreSheetCheck,
  metadata: WorkbookMetadata | null,
  options: WritePlanOptions = {},
): WritePlanResult {
  const { managed, template, check } = scoreSheet;
  const old = findPlanSheet(workbook, managed, metadata);
  const sheetName = old?.name ?? uniqueSheetName(defaultPlanSheetName(managed.year), workbook.worksheets.map((s) => s.name));
  const build = buildPlanSheet(template, check, {
    ...(managed.unit ? { unit: managed.unit } : {}),
    ...(managed.year ? { year: managed.year } : {}),
    ...(options.defaults ? { defaults: options.defaults } : {}),
    ...(old || options.carriedPlan ? { previousPlan: [...(options.carriedPlan ?? []), ...(old ? readSheetGrid(old).values : [])] } : {}),
    sheetName,
  });

  let worksheet: Worksheet;
  if (old) {
    // A fresh sheet in the old one's tab position: clearing exceljs's merges, styles and rules in place is not reliable.
    const order = sheetOrderOf(old);
    workbook.removeWorksheet(old.id);
    worksheet = workbook.addWorksheet(sheetName);
    setSheetOrder(worksheet, order);
  } else {
    worksheet = workbook.addWorksheet(sheetName);
  }
  writeLayout(worksheet, build.layout);
  recordPlan(workbook, metadata, template, managed, sheetName, old?.name);
  const documentFields = ensureDocumentFieldsSheet(workbook, scoreSheet, options.carriedFields);
  return { sheetName, rebuilt: old !== undefined, plan: build.plan, documentFields };
}

/** The plan sheet the metadata links to this scoring sheet; without metadata, a sheet named like a plan. */
export function findPlanSheet(workbook: Workbook, score: ManagedSheet, metadata: WorkbookMetadata | null): Worksheet | undefined {
  if (metadata) {
    const recorded = planRecordFor(metadata.sheets, score);
    return recorded ? workbook.getWorksheet(recorded.sheetName) : undefined;
  }
  const base = PLAN_SHEET_BASE_NAME.toLocaleLowerCase("vi");
  return workbook.worksheets.find((s) => s.state === "visible" && s.name.toLocaleLowerCase("vi").includes(base));
}

function recordPlan(
  workbook: Workbook,
  metadata: WorkbookMetadata | null,
  template: Template,
  score: ManagedSheet,
  sheetName: string,
  oldName: string | undefined,
): void {
  const known = metadata?.sheets ?? [];
  // A scoring sheet found by its header (a copy) becomes a managed one, so its plan is found again.
  const withScore = known.some((s) => s.kind === "score" && s.sheetName === score.sheetName) ? known : [...known, score];
  const records = withScore.filter((s) => !(s.kind === "plan" && (s.sheetName === sheetName || s.sheetName === oldName)));
  const plan: ManagedSheet = {
    kind: "plan",
    sheetName,
    templateId: score.templateId,
    ...(score.unit ? { unit: score.unit } : {}),
    ...(score.year ? { year: score.year } : {}),
    scoreSheet: score.sheetName,
  };
  const templates = new Map(metadata?.templates ?? []);
  templates.set(template.id, template);
  writeWorkbookMetadata(workbook, [...records, plan], [...templates.values()]);
}
