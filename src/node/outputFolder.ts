// Several files written into one folder (split's one workbook per unit) under the one output rule,
// all or nothing: the folder is checked before the work, every file is prepared (kind, never an
// input, no overwrite without replace) before the first is written, and when a later one fails
// the new files already written are removed again, with the folder if this run made it.
import { promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { OutputFolderError } from "../xlsx/errors";
import { prepareOutput, type OutputRequest, type PreparedOutput } from "./outputFile";

export interface FolderFile {
  name: string;
  /** Made when its turn comes, so one file's bytes are in memory at a time. */
  bytes(output: PreparedOutput): Promise<Buffer>;
}

/** An existing folder, or one that can be made: its parent exists. Checked before the work. */
export async function checkOutputFolder(dir: string): Promise<{ exists: boolean }> {
  const stats = await statOrNull(dir);
  if (stats) {
    if (!stats.isDirectory()) throw new OutputFolderError(dir, "not_a_directory", "");
    return { exists: true };
  }
  const parent = path.dirname(path.resolve(dir));
  const parentStats = await statOrNull(parent);
  if (!parentStats) throw new OutputFolderError(dir, "parent_missing", "", parent);
  if (!parentStats.isDirectory()) throw new OutputFolderError(dir, "parent_missing", "", parent);
  return { exists: false };
}

/** Writes `files` into `dir` (made if missing); returns their paths. Nothing is left of a run that fails. */
export async function writeFilesInFolder(dir: string, files: readonly FolderFile[], request: Omit<OutputRequest, "existing"> & { replace: boolean }): Promise<string[]> {
  const { exists } = await checkOutputFolder(dir);
  if (!exists) await makeFolder(dir);
  const written: string[] = [];
  try {
    const outputs: PreparedOutput[] = [];
    for (const file of files) {
      outputs.push(await prepareOutput(path.join(dir, file.name), { ...request, existing: request.replace ? "replace" : "refuse" }));
    }
    for (const [i, output] of outputs.entries()) {
      await output.write(await files[i]!.bytes(output));
      if (!output.exists) written.push(output.path);
    }
    return outputs.map((output) => output.path);
  } catch (error) {
    for (const file of written) await fs.rm(file, { force: true }).catch(() => undefined);
    if (!exists) await fs.rmdir(dir).catch(() => undefined);
    throw error;
  }
}

async function makeFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new OutputFolderError(dir, "permission", "");
    if (code === "ENOENT") throw new OutputFolderError(dir, "parent_missing", "", path.dirname(path.resolve(dir)));
    throw new OutputFolderError(dir, "other", error instanceof Error ? error.message : String(error));
  }
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}
