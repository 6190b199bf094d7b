// The document fields sheet («Thông tin văn bản <năm>») of a scoring sheet, kept by the office-js
// host as the Node host keeps it (src/xlsx/documentFieldsSheet.ts): the sheet the metadata links to
// the scoring sheet, else a visible sheet titled as a fields sheet that no record claims (its A1 is
// read with the action's first read, so finding it costs no sync of its own). It is added from the
// defaults the first time a plan is made, and never written again: what staff type there is theirs.
import { defaultDocumentFields, type DocumentFields } from "../../domain/document/documentFields";
import { defaultDocumentFieldsSheetName, layoutDocumentFieldsSheet } from "../../domain/layout/layoutDocumentFieldsSheet";
import { documentRecordFor, METADATA_SHEET_NAME, type ManagedSheet } from "../../domain/layout/metadata";
import { isDocumentFieldsSheet } from "../../domain/layout/readDocumentFieldsSheet";
import type { Grid } from "../../domain/cells";
import type { Template } from "../../domain/template/schema";
import type { RecordedSheetRequest } from "../sheets/writeRecordedSheet";
import { managedSheets, type WorkbookSnapshot } from "../sheets/workbookSnapshot";
import type { ActionScope } from "../host/runAction";
import { readFieldsSheet, readScoreAndPlan } from "../sheets/readSheets";

/** The fields sheet of a scoring sheet, and whether the metadata already says so. */
export interface FoundFieldsSheet {
  sheetName: string;
  recorded: boolean;
}

export interface FieldsSheetProbe {
  /** Queues what finding the sheet needs, for the reads' first sync (again if that sync is retried). */
  queue(): void;
  /** After that sync: the sheet, or null when the scoring sheet has none. */
  found(): FoundFieldsSheet | null;
}

export function probeDocumentFieldsSheet(context: Excel.RequestContext, snapshot: WorkbookSnapshot, score: ManagedSheet): FieldsSheetProbe {
  const recorded = documentRecordFor(managedSheets(snapshot, "document"), score);
  if (recorded) return { queue: () => undefined, found: () => ({ sheetName: recorded.sheetName, recorded: true }) };
  // A sheet another record names (a scoring sheet, a plan, another scoring sheet's fields) is not this one.
  const claimed = new Set((snapshot.metadata?.sheets ?? []).map((sheet) => sheet.sheetName));
  const candidates = snapshot.sheets.filter((sheet) => sheet.visibility === "Visible" && sheet.name !== METADATA_SHEET_NAME && !claimed.has(sheet.name));
  let titles: { name: string; range: Excel.Range }[] = [];
  return {
    queue: () => {
      titles = candidates.map(({ name }) => {
        const range = context.workbook.worksheets.getItem(name).getRange("A1");
        range.load("values");
        return { name, range };
      });
    },
    found: () => {
      const titled = titles.find(({ range }) => isDocumentFieldsSheet(range.values as Grid));
      return titled ? { sheetName: titled.name, recorded: false } : null;
    },
  };
}

/** What the fields start from: the scoring sheet's unit and year, the template's level. */
export function documentFieldDefaults(score: ManagedSheet, template: Template): DocumentFields {
  return defaultDocumentFields({
    ...(score.unit ? { unit: score.unit } : {}),
    ...(score.year ? { year: score.year } : {}),
    level: template.level,
  });
}

/** The metadata record linking a fields sheet to its scoring sheet. */
export function documentRecord(score: ManagedSheet, sheetName: string): ManagedSheet {
  return {
    kind: "document",
    sheetName,
    templateId: score.templateId,
    ...(score.unit ? { unit: score.unit } : {}),
    ...(score.year ? { year: score.year } : {}),
    scoreSheet: score.sheetName,
  };
}

/** A new fields sheet from the defaults, to be added with the plan (its name is made unique there). */
export function newDocumentFieldsSheet(score: ManagedSheet, template: Template): RecordedSheetRequest {
  const baseName = defaultDocumentFieldsSheetName(score.year);
  return {
    baseName,
    layout: layoutDocumentFieldsSheet(documentFieldDefaults(score, template), {
      sheetName: baseName,
      ...(score.year ? { year: score.year } : {}),
      scoreSheet: score.sheetName,
    }),
    record: (sheetName) => documentRecord(score, sheetName),
    template,
  };
}

/**
 * A document's reading, as the plan document and the appraisal notice both do it: the scoring
 * sheet (and the plan sheet when given) with the fields sheet in the same sync when the metadata
 * names it, or probed for by its title alongside and read in one more sync only then.
 */
export async function readScoreWithFields(
  scope: ActionScope,
  snapshot: WorkbookSnapshot,
  sheet: ManagedSheet,
  template: Template,
  planSheet: string | null,
): Promise<{ read: Awaited<ReturnType<typeof readScoreAndPlan>>; fieldsSheet: { sheetName: string } | null; fieldsValues: Grid | null }> {
  const probe = probeDocumentFieldsSheet(scope.context, snapshot, sheet);
  const recorded = probe.found();
  const read = await readScoreAndPlan(scope, sheet.sheetName, template, planSheet, { alongside: probe.queue, fieldsSheet: recorded?.sheetName ?? null });
  const fieldsSheet = recorded ?? probe.found();
  const fieldsValues = read.fields ?? (fieldsSheet ? await readFieldsSheet(scope, fieldsSheet.sheetName) : null);
  return { read, fieldsSheet, fieldsValues };
}
