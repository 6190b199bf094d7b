// Reading and writing .xlsx files: a workbook is loaded whole (with exceljs's validation reading
// fixed), and written whole or not at all — to a temporary file beside the target, then renamed.
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { InputFileError, OutputExistsError, OutputIsInputError, OutputWriteError, WorkbookReadError, type ReadFailure } from "./errors";
import { installValidationReadFix, regroupValidations } from "./keepValidationFormulas";

installValidationReadFix();

export async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new InputFileError(file, readFailure(error), describe(error));
  }
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (error) {
    throw new WorkbookReadError(file, readFailure(error), describe(error));
  }
  return loadWorkbookBuffer(buffer, file);
}

export async function loadWorkbookBuffer(buffer: Buffer, file = "<buffer>"): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookReadError(file, "not_xlsx", describe(error));
  }
  for (const worksheet of workbook.worksheets) regroupValidations(worksheet);
  return workbook;
}

export interface SaveOptions {
  /** Files that must never be overwritten (the command's inputs). */
  inputs?: readonly string[];
  /** Refuse when `file` already exists. */
  keepExisting?: boolean;
}

/** Writes the workbook to `file` atomically. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string, options: SaveOptions = {}): Promise<void> {
  await refuseInputs(file, options.inputs ?? []);
  if (options.keepExisting && (await exists(file))) throw new OutputExistsError(file);
  // Cached formula results may be stale (scores typed by a tool that does not calculate): Excel
  // recomputes on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  let data: Buffer;
  try {
    data = Buffer.from(await workbook.xlsx.writeBuffer());
  } catch (error) {
    throw new OutputWriteError(file, describe(error));
  }
  await writeFileAtomically(file, data);
}

export async function writeFileAtomically(file: string, data: Buffer | string, inputs: readonly string[] = []): Promise<void> {
  await refuseInputs(file, inputs);
  const target = path.resolve(file);
  // Same directory, so the rename cannot cross file systems and is atomic.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, "wx");
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new OutputWriteError(file, describe(error));
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

async function refuseInputs(file: string, inputs: readonly string[]): Promise<void> {
  const target = await identity(file);
  for (const input of inputs) {
    const source = await identity(input);
    if (target === source) throw new OutputIsInputError(file);
  }
}

/** The real path of a file (or of its directory plus name when it does not exist yet). */
async function identity(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

function readFailure(error: unknown): Exclude<ReadFailure, "not_xlsx"> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "not_found";
  if (code === "EISDIR") return "is_directory";
  return "unreadable";
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
