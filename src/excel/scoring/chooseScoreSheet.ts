// Which scoring sheet an action works on: the one asked for, else the active sheet if the add-in
// made it, else the first scoring sheet it made; with its template from the metadata.
import type { ManagedSheet } from "../../domain/layout/metadata";
import type { Template } from "../../domain/template/schema";
import type { ActionScope } from "../host/runAction";
import { managedSheets, type WorkbookSnapshot } from "../sheets/workbookSnapshot";

export function chooseScoreSheet(
  snapshot: WorkbookSnapshot,
  requested: string | undefined,
  fail: ActionScope["fail"],
): { sheet: ManagedSheet; template: Template } {
  const scoreSheets = managedSheets(snapshot, "score");
  let sheet: ManagedSheet | undefined;
  if (requested !== undefined) {
    sheet = scoreSheets.find((candidate) => candidate.sheetName === requested);
    if (!sheet) {
      const exists = snapshot.sheets.some((entry) => entry.name === requested);
      if (exists || snapshot.metadata) fail(exists ? "sheetNotManaged" : "sheetMissing", { sheet: requested });
      fail("noScoreSheet");
    }
  } else {
    sheet = scoreSheets.find((candidate) => candidate.sheetName === snapshot.activeSheet) ?? scoreSheets[0];
    if (!sheet) fail("noScoreSheet");
  }
  const template = snapshot.metadata?.templates.get(sheet.templateId);
  if (!template) fail("templateMissing", { sheet: sheet.sheetName });
  return { sheet, template };
}
