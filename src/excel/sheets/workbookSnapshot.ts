// The first read of every action, in one sync: the sheet list, the active sheet and the
// add-in's metadata sheet (which sheets it made, and their templates); a metadata sheet holding
// templates of many thousands of items takes more syncs, in chunks (readBlocks.ts).
//
// Why getItem and not getItemOrNullObject: the metadata must arrive in this same sync, so that
// an action can pick its sheet and read it in the next one, and nothing documents what chained
// calls on a null object do. So the metadata sheet is asked for by name, and ItemNotFound from
// this batch means "the add-in never wrote here": the other objects in it (the worksheet
// collection, the active sheet, the selection) cannot be missing. Actions that still need the
// sheet list then queue it again, one more sync, only in that workbook-without-metadata case.
import { METADATA_SHEET_NAME, readMetadata, type ManagedSheet, type WorkbookMetadata } from "../../domain/layout/metadata";
import type { Grid } from "../../domain/cells";
import { isOfficeError } from "../host/hostError";
import { readRows } from "./readBlocks";

/**
 * The metadata's record columns, A to M (layoutMetadata's thirteen): J to M hold a scoring sheet's
 * layout version, its id, a unit file's split record and its stage in the appraisal rounds. Read
 * with the rest so that an action rewriting the metadata keeps them (a master whose id were
 * dropped would refuse its returns; a sheet whose stage were dropped would fall back to the first).
 */
const METADATA_LAST_COLUMN = "M";

export interface SheetEntry {
  name: string;
  visibility: string;
  position: number;
}

export type MetadataSheetState = "absent" | "ours" | "empty" | "foreign";

export interface WorkbookSnapshot {
  /** Every worksheet, hidden ones included, in workbook order; empty when not read (see below). */
  sheets: SheetEntry[];
  activeSheet: string | null;
  metadataSheet: MetadataSheetState;
  metadata: WorkbookMetadata | null;
}

export interface SnapshotOptions {
  /** Read the sheet list even when there is no metadata sheet (writers need it for unique names). */
  sheetsWithoutMetadata: boolean;
}

/** Metadata rows per read: a template row holds up to 30 000 characters (about 45 KB of JSON). */
const METADATA_ROWS_PER_READ = 64;

/**
 * Reads the snapshot plus whatever `queueMore` loads (e.g. the selection) in the same sync.
 * `queueMore` may run more than once: again when the first batch failed for want of a metadata
 * sheet, or when its response was too large and the metadata is read in smaller chunks.
 */
export async function readWorkbookSnapshot<T>(
  context: Excel.RequestContext,
  options: SnapshotOptions,
  queueMore: () => T,
): Promise<{ snapshot: WorkbookSnapshot; more: T | null }> {
  const queueBasics = () => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility,items/position");
    const active = worksheets.getActiveWorksheet();
    active.load("name");
    return { worksheets, active, more: queueMore() };
  };
  let basics: ReturnType<typeof queueBasics> | null = null;
  const metadataSheet = context.workbook.worksheets.getItem(METADATA_SHEET_NAME);
  let formulas: Grid;
  try {
    // Formulas only: for text and numbers they are the values (a text's leading apostrophe is not
    // returned, OfficeDev/office-js#6687), and in column D and I they are the references that
    // follow renamed sheets. Reading values too would send every template chunk back twice.
    const [[grid = []] = []] = await readRows(context, [
      {
        worksheet: metadataSheet,
        read: {
          lastColumn: METADATA_LAST_COLUMN,
          loads: [{ property: "formulas", from: "A", to: METADATA_LAST_COLUMN, offset: 0 }],
          rowsPerChunk: METADATA_ROWS_PER_READ,
          alongside: () => {
            basics = queueBasics();
          },
        },
      },
    ]);
    formulas = grid;
  } catch (error) {
    if (!isOfficeError(error) || error.code !== "ItemNotFound") throw error;
    if (!options.sheetsWithoutMetadata) {
      return { snapshot: { sheets: [], activeSheet: null, metadataSheet: "absent", metadata: null }, more: null };
    }
    const again = queueBasics();
    await context.sync();
    return { snapshot: { ...basicsOf(again), metadataSheet: "absent", metadata: null }, more: again.more };
  }
  const read = basics as ReturnType<typeof queueBasics> | null;
  if (!read) throw new Error("the sheet list is read with the first metadata chunk");
  const metadata = readMetadata(formulas, formulas);
  const blank = formulas.every((row) => row.every((cell) => cell === "" || cell === null));
  const state: MetadataSheetState = metadata ? "ours" : blank ? "empty" : "foreign";
  return { snapshot: { ...basicsOf(read), metadataSheet: state, metadata }, more: read.more };
}

function basicsOf(basics: { worksheets: Excel.WorksheetCollection; active: Excel.Worksheet }) {
  const sheets = basics.worksheets.items
    .map((sheet) => ({ name: sheet.name, visibility: String(sheet.visibility), position: sheet.position }))
    .sort((a, b) => a.position - b.position);
  return { sheets, activeSheet: basics.active.name };
}

/** The metadata's records of a kind whose sheets still exist, in workbook order. */
export function managedSheets(snapshot: WorkbookSnapshot, kind: ManagedSheet["kind"]): ManagedSheet[] {
  const position = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet.position]));
  return (snapshot.metadata?.sheets ?? [])
    .filter((sheet) => sheet.kind === kind && position.has(sheet.sheetName))
    .sort((a, b) => (position.get(a.sheetName) ?? 0) - (position.get(b.sheetName) ?? 0));
}

export function sheetNames(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.map((sheet) => sheet.name);
}
