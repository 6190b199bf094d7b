// The read every phân công action starts from: the snapshot, the scoring sheet chosen as the other
// actions choose it, its block from A1 (values of every column, formulas of E…J, in chunks under
// the 5 MB a response carries: readSheets.ts) and the assignment its Đơn vị chủ trì / phối hợp
// columns hold now. Two syncs for ordinary templates; more only for very large ones.
import { masterIdOf } from "../../domain/assignment/masterIdentity";
import { assignmentFromSheet, type Assignment } from "../../domain/assignment/resolveAssignment";
import type { MasterSheet } from "../../domain/assignment/splitSheet";
import type { ManagedSheet } from "../../domain/layout/metadata";
import { readScoreSheet, type ScoreSheetRead } from "../../domain/layout/readScoreSheet";
import type { Template } from "../../domain/template/schema";
import { chooseScoreSheet } from "../scoring/chooseScoreSheet";
import { readScoreBlock, type ScoreBlock } from "../sheets/readSheets";
import type { ActionScope } from "../host/runAction";
import { requireSupportedSize } from "../scoring/templateSize";
import { managedSheets, readWorkbookSnapshot, type WorkbookSnapshot } from "../sheets/workbookSnapshot";

export interface AssignmentSource {
  snapshot: WorkbookSnapshot;
  record: ManagedSheet;
  template: Template;
  block: ScoreBlock;
  read: ScoreSheetRead;
  assignment: Assignment;
}

export interface SourceOptions {
  /** Without a sheet asked for: the scoring sheet of this id (the master the returns name), if the workbook has it. */
  masterId?: string;
  /** Loads queued with the block's first chunk (no sync of their own), given the scoring sheet's name. */
  alongside?: (sheetName: string) => void;
}

export async function readAssignmentSource(scope: ActionScope, sheetName: string | undefined, options: SourceOptions = {}): Promise<AssignmentSource> {
  scope.progress("reading");
  const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
  const named = sheetName ?? (options.masterId !== undefined ? sheetOfMaster(snapshot, options.masterId) : undefined);
  const { sheet, template } = chooseScoreSheet(snapshot, named, scope.fail);
  requireSupportedSize(template, scope.fail);
  const alongside = options.alongside;
  const block = await readScoreBlock(scope, sheet.sheetName, template, alongside ? () => alongside(sheet.sheetName) : undefined);
  return sourceOf(snapshot, sheet, template, block);
}

function sheetOfMaster(snapshot: WorkbookSnapshot, masterId: string): string | undefined {
  return managedSheets(snapshot, "score").find((record) => {
    const template = snapshot.metadata?.templates.get(record.templateId);
    return template !== undefined && masterIdOf(record, template) === masterId;
  })?.sheetName;
}

export function sourceOf(snapshot: WorkbookSnapshot, record: ManagedSheet, template: Template, block: ScoreBlock): AssignmentSource {
  const read = readScoreSheet(template, block.values, { sheet: record.sheetName, formulas: block.formulas });
  return { snapshot, record, template, block, read, assignment: assignmentFromSheet(template, read) };
}

/** The master as the core's split and merge take it: the grid from A1, so grid rows are sheet rows. */
export function masterOf(source: AssignmentSource): MasterSheet {
  return { template: source.template, record: source.record, values: source.block.values, read: source.read };
}
