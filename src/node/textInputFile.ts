// Text inputs (a template JSON) read from disk as text: UTF-8 with or without a BOM, never binary.
// A workbook or any other binary file given where JSON is expected is named as such, so the user
// is not shown raw bytes.
import { promises as fs } from "node:fs";
import { InputFileError, type TextInputFailure } from "../xlsx/errors";
import { isZip } from "./zipEntries";

/** Template files are small: the largest bundled one is a few KB; 20 MB is ~100 000 items. */
export const MAX_TEXT_INPUT_BYTES = 20 * 1024 * 1024;

export async function readTextInputFile(file: string): Promise<string> {
  const bytes = await readInputFile(file, MAX_TEXT_INPUT_BYTES);
  if (isZip(bytes) || bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new InputFileError(file, bytes.includes(Buffer.from("xl/")) || bytes.includes(Buffer.from("Workbook", "utf16le")) ? "workbook" : "binary", "");
  }
  if (bytes.includes(0)) throw new InputFileError(file, "binary", "");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputFileError(file, "not_utf8", "");
  }
}

/** The file's bytes; refuses folders, missing files and files above `maxBytes` before reading them. */
export async function readInputFile(file: string, maxBytes = MAX_TEXT_INPUT_BYTES): Promise<Buffer> {
  try {
    const stats = await fs.stat(file);
    if (stats.isDirectory()) throw new InputFileError(file, "is_directory", "");
    // A device or a pipe (/dev/zero) never ends: only regular files are read.
    if (!stats.isFile()) throw new InputFileError(file, "binary", "not a regular file");
    if (stats.size > maxBytes) throw new InputFileError(file, "too_large", String(stats.size));
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(file, textFailure(error), error instanceof Error ? error.message : String(error));
  }
}

export function textFailure(error: unknown): Extract<TextInputFailure, "not_found" | "is_directory" | "permission" | "unreadable"> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // A name too long for the file system cannot be a file that exists.
  if (code === "ENOENT" || code === "ENOTDIR" || code === "ENAMETOOLONG") return "not_found";
  if (code === "EISDIR") return "is_directory";
  if (code === "EACCES" || code === "EPERM") return "permission";
  return "unreadable";
}
