// The metadata as it should be after an action: the records of sheets that still exist plus the
// new one, and the templates those records use (each stored once, under an id no other template has).
import type { ManagedSheet, WorkbookMetadata } from "../../domain/layout/metadata";
import type { Template } from "../../domain/template/schema";
import type { WorkbookSnapshot } from "./workbookSnapshot";

export interface MetadataContent {
  sheets: ManagedSheet[];
  templates: Template[];
}

/** The records of sheets that still exist, with `added` in place of any record of the same sheet. */
export function withManagedSheet(snapshot: WorkbookSnapshot, added: ManagedSheet, addedTemplate: Template): MetadataContent {
  return withManagedSheets(snapshot, [added], addedTemplate);
}

/**
 * The same for several records written in one step (a plan and its document fields sheet): each
 * takes the place of a record of the same sheet, and a new document record replaces any other
 * document record of the same scoring sheet (a scoring sheet has one fields sheet).
 */
export function withManagedSheets(snapshot: WorkbookSnapshot, added: readonly ManagedSheet[], addedTemplate: Template): MetadataContent {
  const existing = new Set(snapshot.sheets.map((sheet) => sheet.name));
  const kept = (snapshot.metadata?.sheets ?? []).filter((sheet) => existing.has(sheet.sheetName));
  // A replaced record keeps its place; new ones go after the others.
  const sheets: ManagedSheet[] = [];
  const placed = new Set<ManagedSheet>();
  for (const sheet of kept) {
    const replacement = added.find((record) => takesPlaceOf(record, sheet));
    if (!replacement) sheets.push(sheet);
    else if (!placed.has(replacement)) {
      sheets.push(replacement);
      placed.add(replacement);
    }
  }
  for (const record of added) if (!placed.has(record)) sheets.push(record);
  const templates: Template[] = [];
  for (const id of new Set(sheets.map((sheet) => sheet.templateId))) {
    const template = id === addedTemplate.id ? addedTemplate : snapshot.metadata?.templates.get(id);
    if (template) templates.push(template);
  }
  return { sheets, templates };
}

function takesPlaceOf(record: ManagedSheet, sheet: ManagedSheet): boolean {
  if (record.sheetName === sheet.sheetName) return true;
  return record.kind === "document" && sheet.kind === "document" && record.scoreSheet !== undefined && record.scoreSheet === sheet.scoreSheet;
}

/**
 * The template under an id the workbook can keep: its own id, unless the workbook already stores
 * a different template under it (an older version of a bundled template, another import), whose
 * sheets must keep being checked against what they were made from.
 */
export function withFreeId(template: Template, metadata: WorkbookMetadata | null): Template {
  const stored = metadata?.templates;
  if (!stored) return template;
  const same = (other: Template | undefined) => other !== undefined && canonicalJson(other) === canonicalJson(template);
  if (!stored.has(template.id) || same(stored.get(template.id))) return template;
  for (let n = 2; ; n += 1) {
    const id = `${template.id}-${n}`;
    if (!stored.has(id) || same(stored.get(id))) return { ...template, id };
  }
}

/** JSON with object keys sorted, so two equal templates compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
