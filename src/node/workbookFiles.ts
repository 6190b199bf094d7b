// Reading and writing .xlsx files: a workbook is sized up and identified from its bytes, then
// loaded whole (with exceljs's validation reading fixed), or, for a command that only reads, without
// the scratch sheets that would put it past the limits (skippedSheets.ts); it is written whole or
// not at all through the one output rule of outputFile.ts.
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { OutputWriteError, WorkbookReadError, WorkbookTooLargeError } from "../xlsx/errors";
import { inspectWorkbookFile } from "./inspectWorkbookFile";
import { installValidationReadFix, regroupValidations } from "../xlsx/keepValidationFormulas";
import { prepareOutput, type PreparedOutput } from "./outputFile";
import { textFailure } from "./textInputFile";
import { chooseSkippedSheets, dropSkippedSheets, neededSheets, withSheetsCut, type SkippedSheet } from "./skippedSheets";
import { checkWorkbookSize, WORKBOOK_LIMITS, type WorkbookLimits } from "./workbookLimits";
import { assertWorkbookFitsExcel } from "../xlsx/workbookTextLimits";

export { readInputFile, readTextInputFile } from "./textInputFile";
export { prepareOutput, sameFile, type PreparedOutput } from "./outputFile";

installValidationReadFix();

export type { SkippedSheet } from "./skippedSheets";

/** A workbook loaded for reading, and the sheets left out of it to fit the limits. */
export interface ReadWorkbook {
  workbook: ExcelJS.Workbook;
  skipped: SkippedSheet[];
}

/** The whole workbook, for a command that may write it back: refused when past the limits. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(await readWorkbookFile(file), file);
}

/**
 * The workbook for a command that only reads it: when it is past the limits, the largest sheets
 * par-index does not use are left out (and named) instead, unless one of them may be needed.
 */
export async function loadWorkbookForReading(file: string): Promise<ReadWorkbook> {
  return loadWorkbookBufferForReading(await readWorkbookFile(file), file);
}

async function readWorkbookFile(file: string): Promise<Buffer> {
  try {
    const stats = await fs.stat(file);
    if (stats.isDirectory()) throw new WorkbookReadError(file, "is_directory", "");
    // A device or a pipe (/dev/zero) never ends: only regular files are read.
    if (!stats.isFile()) throw new WorkbookReadError(file, "not_xlsx", "not a regular file");
    if (stats.size > WORKBOOK_LIMITS.fileBytes) throw new WorkbookTooLargeError(file, "file_bytes", stats.size, WORKBOOK_LIMITS.fileBytes);
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof WorkbookReadError || error instanceof WorkbookTooLargeError) throw error;
    throw new WorkbookReadError(file, textFailure(error), describe(error));
  }
}

export async function loadWorkbookBuffer(buffer: Buffer, file = "<buffer>", limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<ExcelJS.Workbook> {
  const { sheets } = inspectSized(buffer, file, limits);
  checkWorkbookSize(file, buffer.length, sheets, new Set(), limits);
  return parseWorkbook(buffer, file);
}

export async function loadWorkbookBufferForReading(buffer: Buffer, file = "<buffer>", limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<ReadWorkbook> {
  const { entries, sheets } = inspectSized(buffer, file, limits);
  // A sheet found needed once loaded is kept on the next try, until what is left out is not needed
  // (or nothing can be, and the workbook is refused as a whole): one try in all but odd workbooks.
  const kept = new Set<string>();
  for (;;) {
    const skips = chooseSkippedSheets(file, buffer.length, sheets, limits, kept);
    if (!skips) return { workbook: await parseWorkbook(buffer, file), skipped: [] };
    const workbook = await parseWorkbook(await withSheetsCut(buffer, entries, skips.sheets, limits), file);
    const needed = neededSheets(workbook, skips);
    if (needed.length === 0) return { workbook, skipped: dropSkippedSheets(workbook, skips) };
    for (const sheet of needed) kept.add(sheet);
  }
}

function inspectSized(buffer: Buffer, file: string, limits: WorkbookLimits) {
  // A file past the size on disk is not inflated at all.
  if (buffer.length > limits.fileBytes) throw new WorkbookTooLargeError(file, "file_bytes", buffer.length, limits.fileBytes);
  return inspectWorkbookFile(file, buffer, limits);
}

async function parseWorkbook(buffer: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookReadError(file, "damaged", describe(error));
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError(file, "no_sheets", "");
  for (const worksheet of workbook.worksheets) regroupValidations(worksheet);
  return workbook;
}

export interface SaveOptions {
  /** Files that must never be overwritten (the command's inputs). */
  inputs?: readonly string[];
  /** Refuse when `file` already exists. */
  keepExisting?: boolean;
}

/** The workbook as .xlsx bytes, asking Excel to recalculate on opening. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  // The cached results are right for everything the tool computes; staff's own formulas elsewhere
  // may not be, so Excel recalculates on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The bytes of the file a workbook becomes: checked first against Excel's 32 767 characters per cell
 * (CellTextTooLongError names the cells), Excel asked to recalculate on opening.
 */
export async function workbookFileBytes(workbook: ExcelJS.Workbook, output: Pick<PreparedOutput, "path">): Promise<Buffer> {
  assertWorkbookFitsExcel(workbook);
  try {
    return await workbookBytes(workbook);
  } catch (error) {
    throw new OutputWriteError(output.path, "other", describe(error));
  }
}

/** Writes the workbook to an output prepared with prepareOutput (every command's way of writing one). */
export async function writeWorkbook(workbook: ExcelJS.Workbook, output: PreparedOutput, options: { existing?: "refuse" | "replace" } = {}): Promise<void> {
  await output.write(await workbookFileBytes(workbook, output), options);
}

/**
 * Writes the workbook to `file` atomically (replacing it unless keepExisting), for library use and
 * tests; the commands prepare their output with outputTarget before their work instead.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string, options: SaveOptions = {}): Promise<void> {
  const output = await prepareOutput(file, {
    ...(options.inputs ? { inputs: options.inputs } : {}),
    existing: options.keepExisting ? "refuse" : "replace",
  });
  await writeWorkbook(workbook, output);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
