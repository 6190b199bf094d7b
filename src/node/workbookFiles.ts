// Reading and writing .xlsx files: a workbook is sized up and identified from its bytes, then
// loaded whole (with exceljs's validation reading fixed); it is written whole or not at all
// through the one output rule of outputFile.ts.
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { OutputWriteError, WorkbookReadError, WorkbookTooLargeError } from "../xlsx/errors";
import { inspectWorkbookFile } from "./inspectWorkbookFile";
import { installValidationReadFix, regroupValidations } from "../xlsx/keepValidationFormulas";
import { prepareOutput, type PreparedOutput } from "./outputFile";
import { textFailure } from "./textInputFile";
import { WORKBOOK_LIMITS } from "./workbookLimits";
import { assertWorkbookFitsExcel } from "../xlsx/workbookTextLimits";

export { readInputFile, readTextInputFile } from "./textInputFile";
export { prepareOutput, sameFile, type PreparedOutput } from "./outputFile";

installValidationReadFix();

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let buffer: Buffer;
  try {
    const stats = await fs.stat(file);
    if (stats.isDirectory()) throw new WorkbookReadError(file, "is_directory", "");
    // A device or a pipe (/dev/zero) never ends: only regular files are read.
    if (!stats.isFile()) throw new WorkbookReadError(file, "not_xlsx", "not a regular file");
    if (stats.size > WORKBOOK_LIMITS.fileBytes) throw new WorkbookTooLargeError(file, "file_bytes", stats.size, WORKBOOK_LIMITS.fileBytes);
    buffer = await fs.readFile(file);
  } catch (error) {
    if (error instanceof WorkbookReadError || error instanceof WorkbookTooLargeError) throw error;
    throw new WorkbookReadError(file, textFailure(error), describe(error));
  }
  return loadWorkbookBuffer(buffer, file);
}

export async function loadWorkbookBuffer(buffer: Buffer, file = "<buffer>"): Promise<ExcelJS.Workbook> {
  inspectWorkbookFile(file, buffer);
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
