// The marker that lets the add-in and the CLI recognise their sheets later: a very hidden sheet
// listing each managed sheet (kind, template, unit, year) and holding each template's JSON, so a
// workbook carries everything needed to check it, wherever it is opened.
import { cellText, isBlank, quoteSheetName, type Grid } from "../cells";
import { parseTemplateJson } from "../template/parseTemplate";
import type { Template } from "../template/schema";
import type { LayoutCell } from "./sheetLayout";
import { parseSplitRecord, splitRecordJson, type SplitRecord } from "./splitRecord";
import { parseStageState, stageStateJson, type StageState } from "../appraisal/stageState";

export const METADATA_SHEET_NAME = "PARINDEX_META";
const MAGIC = "par-index-metadata";
const FORMAT_VERSION = 1;
/** Excel keeps at most 32 767 characters in a cell. */
const CHUNK = 30000;

/**
 * "document": the sheet of the plan document's fields (see layoutDocumentFieldsSheet); "ranking":
 * a ranking sheet (the ranking table), with the template its units were compared on and its year —
 * made by par-index rank or by the pane's consolidation; "rankingAreas": the pane's per-lĩnh vực
 * cross-tab beside it, so a rebuild finds both; "assignment": the pane's assignment sheet (phân công) of the
 * scoring sheet named by scoreSheet; "history": the appraisal rounds' history of the scoring sheet named by scoreSheet.
 */
export type ManagedSheetKind = "score" | "plan" | "document" | "ranking" | "rankingAreas" | "assignment" | "history";

const MANAGED_KINDS: ReadonlySet<string> = new Set<ManagedSheetKind>(["score", "plan", "document", "ranking", "rankingAreas", "assignment", "history"]);

export interface ManagedSheet {
  kind: ManagedSheetKind;
  /** The sheet's name now (followed through renames by a formula reference). */
  sheetName: string;
  templateId: string;
  unit?: string;
  year?: number;
  /** For a plan, a document fields sheet or an assignment sheet: the scoring sheet it belongs to (followed through renames too). */
  scoreSheet?: string;
  /** For a scoring sheet: its layout version (absent in workbooks of the first release: 1). */
  layoutVersion?: number;
  /** For a scoring sheet: an id that stays with it through copies and renames; splits name their master by it. */
  sheetId?: string;
  /** For a scoring sheet in a unit's file made by split: where it came from. */
  split?: SplitRecord;
  /** For a scoring sheet: its stage in the appraisal rounds (absent: the first stage). */
  stage?: StageState;
}

export interface WorkbookMetadata {
  sheets: ManagedSheet[];
  templates: Map<string, Template>;
}

// Columns of a "sheet" record; readers of the first release read the first nine and ignore the rest.
const RECORD_COLUMNS = 13;

/** The metadata sheet's cells: a header row, one row per managed sheet, then template chunks. */
export function layoutMetadata(sheets: readonly ManagedSheet[], templates: readonly Template[]): LayoutCell[][] {
  const row = (...cells: LayoutCell[]): LayoutCell[] => {
    const out = new Array<LayoutCell>(RECORD_COLUMNS).fill(null);
    cells.forEach((cell, i) => {
      out[i] = cell;
    });
    return out;
  };
  const rows: LayoutCell[][] = [row(MAGIC, FORMAT_VERSION)];
  for (const sheet of sheets) {
    rows.push(
      row(
        "sheet",
        sheet.kind,
        sheet.sheetName,
        // Excel rewrites this reference when the sheet is renamed, so the name can be followed.
        { formula: `=${quoteSheetName(sheet.sheetName)}!$A$1` },
        sheet.templateId,
        sheet.unit ?? null,
        sheet.year ?? null,
        sheet.scoreSheet ?? null,
        sheet.scoreSheet === undefined ? null : { formula: `=${quoteSheetName(sheet.scoreSheet)}!$A$1` },
        sheet.layoutVersion ?? null,
        sheet.sheetId ?? null,
        sheet.split ? splitRecordJson(sheet.split) : null,
        sheet.stage ? stageStateJson(sheet.stage) : null,
      ),
    );
  }
  for (const template of templates) {
    const json = JSON.stringify(template);
    for (let i = 0, part = 0; i < json.length; i += CHUNK, part += 1) {
      rows.push(row("template", template.id, part, json.slice(i, i + CHUNK)));
    }
  }
  return rows;
}

/**
 * Reads the metadata sheet back. Returns null when the grid is not a metadata sheet; templates
 * whose JSON no longer parses are left out (their sheets then cannot be checked).
 */
export function readMetadata(values: Grid, formulas?: Grid): WorkbookMetadata | null {
  if (cellText(values[0]?.[0]) !== MAGIC) return null;
  const sheets: ManagedSheet[] = [];
  const chunks = new Map<string, string[]>();
  values.forEach((row, r) => {
    const kind = cellText(row[0]);
    if (kind === "sheet") {
      const sheetKind = cellText(row[1]) as ManagedSheetKind;
      // Readers of older releases skip kinds they do not know, as this one skips later ones.
      if (!MANAGED_KINDS.has(sheetKind)) return;
      const renamed = sheetNameFromFormula(formulas?.[r]?.[3]);
      const scoreSheet = sheetNameFromFormula(formulas?.[r]?.[8]) ?? (isBlank(row[7]) ? null : cellText(row[7]));
      const year = Number(row[6]);
      const layoutVersion = Number(row[9]);
      const split = parseSplitRecord(row[11]);
      const stage = parseStageState(row[12]);
      sheets.push({
        kind: sheetKind as ManagedSheetKind,
        sheetName: renamed ?? cellText(row[2]),
        templateId: cellText(row[4]),
        ...(isBlank(row[5]) ? {} : { unit: cellText(row[5]) }),
        ...(Number.isInteger(year) && year > 0 ? { year } : {}),
        ...(scoreSheet === null ? {} : { scoreSheet }),
        ...(Number.isInteger(layoutVersion) && layoutVersion > 0 ? { layoutVersion } : {}),
        ...(isBlank(row[10]) ? {} : { sheetId: cellText(row[10]) }),
        ...(split ? { split } : {}),
        ...(stage ? { stage } : {}),
      });
    } else if (kind === "template") {
      const id = cellText(row[1]);
      const part = Number(row[2]);
      const list = chunks.get(id) ?? [];
      list[part] = typeof row[3] === "string" ? row[3] : "";
      chunks.set(id, list);
    }
  });
  const templates = new Map<string, Template>();
  for (const [id, parts] of chunks) {
    const parsed = parseTemplateJson(parts.join(""));
    if (parsed.ok) templates.set(id, parsed.value);
  }
  return { sheets, templates };
}

/**
 * The plan sheet built from a scoring sheet. Plans recorded before the link existed belong to
 * the scoring sheet with the same template, unit and year.
 */
export function planRecordFor(sheets: readonly ManagedSheet[], score: ManagedSheet): ManagedSheet | null {
  const plans = sheets.filter((sheet) => sheet.kind === "plan");
  return (
    plans.find((plan) => plan.scoreSheet === score.sheetName) ??
    plans.find(
      (plan) =>
        plan.scoreSheet === undefined &&
        plan.templateId === score.templateId &&
        plan.unit === score.unit &&
        plan.year === score.year,
    ) ??
    null
  );
}

/** The document fields sheet of a scoring sheet, linked like its plan. */
export function documentRecordFor(sheets: readonly ManagedSheet[], score: ManagedSheet): ManagedSheet | null {
  return sheets.find((sheet) => sheet.kind === "document" && sheet.scoreSheet === score.sheetName) ?? null;
}

/** "='Chấm điểm 2021'!$A$1" → "Chấm điểm 2021"; null for anything else (e.g. "#REF!"). */
export function sheetNameFromFormula(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  // An unquoted name cannot start with "#": "=#REF!$A$1" is what a deleted sheet leaves.
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!=#][^'!=]*))!\$?A\$?1$/.exec(formula.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
}
