// Failures of the Node host (files that cannot be read or written, workbooks the tool did not
// make), one named class per condition; the CLI turns each into one Vietnamese line.
import { ParIndexError } from "../domain/errors";

export type ReadFailure =
  | "not_found"
  | "is_directory"
  | "permission"
  | "unreadable"
  | "empty"
  /** A zip that is not an Excel workbook, or bytes that are nothing we know. */
  | "not_xlsx"
  /** A zip cut short or damaged (a download or copy that did not finish). */
  | "damaged"
  /** Password-protected: Office keeps the workbook encrypted inside an OLE container. */
  | "encrypted"
  /** Excel 97–2003 (.xls). */
  | "legacy_xls"
  /** OpenDocument (LibreOffice .ods). */
  | "ods"
  /** Plain text such as CSV. */
  | "text"
  /** A Word or PowerPoint file. */
  | "other_office"
  /** A workbook with no worksheet at all. */
  | "no_sheets";

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

export type WorkbookLimit = "file_bytes" | "part_bytes" | "cells" | "rows" | "merged_cells";

/** The workbook is larger than the tool reads (the limits are in workbookLimits.ts and the README). */
export class WorkbookTooLargeError extends ParIndexError {
  constructor(
    readonly path: string,
    readonly limit: WorkbookLimit,
    readonly actual: number,
    readonly maximum: number,
    /** The sheet (and range, for a merge) where the limit was passed, when known. */
    readonly where?: string,
  ) {
    super(`workbook ${path} is too large (${limit}: ${actual} > ${maximum}${where ? ` at ${where}` : ""})`);
  }
}

export type TextInputFailure = "not_found" | "is_directory" | "permission" | "unreadable" | "binary" | "workbook" | "not_utf8" | "too_large";

/** A text input (template JSON) that cannot be read from disk. */
export class InputFileError extends ParIndexError {
  constructor(
    readonly path: string,
    readonly reason: TextInputFailure,
    readonly detail: string,
  ) {
    super(`cannot read ${path} (${reason}): ${detail}`);
  }
}

export type WriteFailure =
  | "directory_missing"
  | "not_a_directory"
  | "is_directory"
  | "permission"
  | "no_space"
  | "name_too_long"
  | "other";

/** The output could not be written; nothing was left at `path` (an old file there is untouched). */
export class OutputWriteError extends ParIndexError {
  constructor(
    readonly path: string,
    readonly reason: WriteFailure,
    /** The system's words, for "other" only; never names the temporary file. */
    readonly detail: string,
    /** The folder concerned, for directory_missing / not_a_directory. */
    readonly directory?: string,
  ) {
    super(`cannot write ${path} (${reason})${detail ? `: ${detail}` : ""}`);
  }
}

export type FolderFailure = "not_a_directory" | "parent_missing" | "permission" | "other";

/** The folder a command writes its files into (split --out-dir) cannot be used or made. */
export class OutputFolderError extends ParIndexError {
  constructor(
    readonly path: string,
    readonly reason: FolderFailure,
    /** The system's words, for "other" only. */
    readonly detail: string,
    /** The folder that should hold it, for parent_missing. */
    readonly parent?: string,
  ) {
    super(`cannot use folder ${path} (${reason})${detail ? `: ${detail}` : ""}`);
  }
}

/** The output's name does not say the kind of file the command writes (--out x.csv for a workbook). */
export class OutputKindError extends ParIndexError {
  /** The kinds the command writes, in its order of preference (one for most commands). */
  readonly expected: readonly ("xlsx" | "json" | "docx")[];
  constructor(
    readonly path: string,
    expected: "xlsx" | "json" | "docx" | readonly ("xlsx" | "json" | "docx")[],
  ) {
    const kinds = typeof expected === "string" ? [expected] : expected;
    super(`output ${path} must end in ${kinds.map((k) => `.${k}`).join(" or ")}`);
    this.expected = kinds;
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
  constructor(
    readonly path: string,
    /** Why it cannot be taken over, for commands that can carry an existing output's text (plan). */
    readonly hint?: string,
  ) {
    super(`output ${path} already exists${hint ? ` (${hint})` : ""}`);
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
