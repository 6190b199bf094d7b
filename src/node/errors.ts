// Failures of the Node host (files that cannot be read or written, workbooks the tool did not
// make), one named class per condition; the CLI turns each into one Vietnamese line.
import { ParIndexError } from "../domain/errors";

export type ReadFailure = "not_found" | "is_directory" | "not_xlsx" | "unreadable";

/** The file is missing, not an .xlsx workbook, or cannot be opened. */
export class WorkbookReadError extends ParIndexError {
  constructor(
    readonly path: string,
    readonly reason: ReadFailure,
    readonly detail: string,
  ) {
    super(`cannot read workbook ${path} (${reason}): ${detail}`);
  }
}

/** A text input (template JSON) that cannot be read from disk. */
export class InputFileError extends ParIndexError {
  constructor(
    readonly path: string,
    readonly reason: Exclude<ReadFailure, "not_xlsx">,
    readonly detail: string,
  ) {
    super(`cannot read ${path} (${reason}): ${detail}`);
  }
}

/** The output could not be written; nothing was left at `path`. */
export class OutputWriteError extends ParIndexError {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`cannot write ${path}: ${detail}`);
  }
}

/** Writing would replace the input file, which the tool never modifies. */
export class OutputIsInputError extends ParIndexError {
  constructor(readonly path: string) {
    super(`output ${path} is the input file`);
  }
}

/** The output exists and the caller asked not to replace it (a scored workbook would be lost). */
export class OutputExistsError extends ParIndexError {
  constructor(readonly path: string) {
    super(`output ${path} already exists`);
  }
}

/** The workbook has no scoring sheet the tool can recognise. */
export class NoScoreSheetError extends ParIndexError {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`no scoring sheet in ${path}: ${detail}`);
  }
}

/** A sheet asked for by name is not in the workbook (or is not a scoring sheet). */
export class SheetNotFoundError extends ParIndexError {
  constructor(
    readonly sheetName: string,
    readonly available: readonly string[],
  ) {
    super(`no sheet "${sheetName}" (have: ${available.join(", ")})`);
  }
}
