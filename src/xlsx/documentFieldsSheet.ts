// The document fields sheet in an .xlsx workbook: added beside the plan the first time a plan is
// made (from the defaults of its scoring sheet), never rewritten afterwards — what staff typed
// there is theirs — and read back by label for the document. Linked to its scoring sheet in the
// metadata; a workbook without metadata is searched for the sheet's title.
import type { Workbook, Worksheet } from "exceljs";
import {
  defaultDocumentFields,
  defaultDocumentFieldsSheetName,
  documentRecordFor,
  isDocumentFieldsSheet,
  layoutDocumentFieldsSheet,
  readDocumentFieldsSheet,
  uniqueSheetName,
  type DocumentFields,
  type Issue,
  type ManagedSheet,
  type WorkbookMetadata,
} from "../domain";
import { findMetadataSheet, readWorkbookMetadata, writeWorkbookMetadata } from "./metadataSheet";
import { readSheetGrid } from "./readSheetGrid";
import type { ScoreSheetCheck } from "./checkScoreWorkbook";
import { writeLayout } from "./writeLayout";

export function documentFieldDefaults(scored: Pick<ScoreSheetCheck, "managed" | "template">): DocumentFields {
  const { managed, template } = scored;
  return defaultDocumentFields({
    ...(managed.unit ? { unit: managed.unit } : {}),
    ...(managed.year ? { year: managed.year } : {}),
    level: template.level,
  });
}

/** The fields sheet of a scoring sheet: the one the metadata links to it, else one titled as a fields sheet. */
export function findDocumentFieldsSheet(workbook: Workbook, score: ManagedSheet, metadata: WorkbookMetadata | null): Worksheet | undefined {
  const recorded = metadata ? documentRecordFor(metadata.sheets, score) : null;
  if (recorded) {
    const sheet = workbook.getWorksheet(recorded.sheetName);
    if (sheet) return sheet;
  }
  const linked = new Set((metadata?.sheets ?? []).filter((s) => s.kind === "document").map((s) => s.sheetName));
  const meta = findMetadataSheet(workbook);
  return workbook.worksheets.find(
    (sheet) => sheet !== meta && sheet.state === "visible" && !linked.has(sheet.name) && isDocumentFieldsSheet([[sheet.getCell(1, 1).text]]),
  );
}

export interface DocumentFieldsFromWorkbook {
  fields: DocumentFields;
  issues: Issue[];
  /** The sheet they were read from; null when the workbook has none (the defaults were used). */
  sheetName: string | null;
}

export function readDocumentFields(workbook: Workbook, scored: ScoreSheetCheck, metadata: WorkbookMetadata | null): DocumentFieldsFromWorkbook {
  const defaults = documentFieldDefaults(scored);
  const sheet = findDocumentFieldsSheet(workbook, scored.managed, metadata);
  if (!sheet) return { fields: defaults, issues: [], sheetName: null };
  const read = readDocumentFieldsSheet(readSheetGrid(sheet).values, defaults, { sheet: sheet.name });
  return { fields: read.fields, issues: read.issues, sheetName: sheet.name };
}

export interface EnsuredFieldsSheet {
  sheetName: string;
  created: boolean;
}

/**
 * Adds the fields sheet when the scoring sheet has none — with `carried` (what staff typed in an
 * earlier output of `plan`) or else the defaults; an existing one is left exactly as it is.
 */
export function ensureDocumentFieldsSheet(workbook: Workbook, scored: ScoreSheetCheck, carried?: DocumentFields): EnsuredFieldsSheet {
  const metadata = readWorkbookMetadata(workbook);
  const existing = findDocumentFieldsSheet(workbook, scored.managed, metadata);
  if (existing) {
    if (metadata && !documentRecordFor(metadata.sheets, scored.managed)) record(workbook, metadata, scored, existing.name);
    return { sheetName: existing.name, created: false };
  }
  const { managed } = scored;
  const sheetName = uniqueSheetName(defaultDocumentFieldsSheetName(managed.year), workbook.worksheets.map((s) => s.name));
  const layout = layoutDocumentFieldsSheet(carried ?? documentFieldDefaults(scored), {
    sheetName,
    ...(managed.year ? { year: managed.year } : {}),
    scoreSheet: managed.sheetName,
  });
  writeLayout(workbook.addWorksheet(sheetName), layout);
  record(workbook, metadata, scored, sheetName);
  return { sheetName, created: true };
}

function record(workbook: Workbook, metadata: WorkbookMetadata | null, scored: ScoreSheetCheck, sheetName: string): void {
  const { managed, template } = scored;
  const entry: ManagedSheet = {
    kind: "document",
    sheetName,
    templateId: managed.templateId,
    ...(managed.unit ? { unit: managed.unit } : {}),
    ...(managed.year ? { year: managed.year } : {}),
    scoreSheet: managed.sheetName,
  };
  const others = (metadata?.sheets ?? [managed]).filter((s) => !(s.kind === "document" && (s.sheetName === sheetName || s.scoreSheet === managed.sheetName)));
  const templates = new Map(metadata?.templates ?? []);
  if (!templates.has(template.id)) templates.set(template.id, template);
  writeWorkbookMetadata(workbook, [...others, entry], [...templates.values()]);
}
