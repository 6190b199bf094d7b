// The one rule every command that writes a file follows: the output has the right kind (.xlsx,
// .json), is never one of the command's inputs (by any spelling, symlink or hard link), is not
// replaced unless the caller decided so (--force, or plan's carry-over), and is written whole or
// not at all: to a temporary file in the same folder, then linked or renamed into place.
//
// Use: `const out = await prepareOutput(file, { kind: "xlsx", inputs: [input], existing: "refuse" })`
// before the work (a wrong --out fails fast), then `await out.write(bytes)` at the end. This is the
// only way the command line writes a file (saveWorkbook, for library use and tests, goes through it).
import { randomBytes } from "node:crypto";
import { promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { OutputExistsError, OutputIsInputError, OutputKindError, OutputWriteError, type WriteFailure } from "../xlsx/errors";

/** The kinds of file the commands write, by extension (a new command that writes another adds it here). */
export type OutputKind = "xlsx" | "json" | "docx";

export interface OutputRequest {
  /**
   * The extension the file must have, or the extensions a command chooses between (assignments
   * writes a workbook or a document by the name given); undefined accepts any name (library use).
   */
  kind?: OutputKind | readonly OutputKind[];
  /** Files the command reads: never written over, --force or not. */
  inputs?: readonly string[];
  /** What to do when the file exists: refuse (the default), or replace it. */
  existing?: "refuse" | "replace";
}

export interface PreparedOutput {
  /** As the user wrote it (messages name this). */
  path: string;
  /** The file existed when prepared (the caller may then inspect it before writing). */
  exists: boolean;
  /** The kind its extension names, among those asked for; null when no kind was asked. */
  kind: OutputKind | null;
  /** Writes `data` atomically; may be called with `existing: "replace"` after inspecting. */
  write(data: Buffer | string, options?: { existing?: "refuse" | "replace" }): Promise<void>;
}

/** Checks everything that can be checked before the work; throws the named error that applies. */
export async function prepareOutput(file: string, request: OutputRequest = {}): Promise<PreparedOutput> {
  const target = path.resolve(file);
  // Said first: "this is your input" matters more than "wrong extension" (new --out x.json of x.json).
  if (await isAnInput(target, await statOrNull(target), request.inputs ?? [])) throw new OutputIsInputError(file);
  const kind = kindOf(file, request.kind);
  const directory = path.dirname(target);
  if (Buffer.byteLength(path.basename(target)) > MAX_NAME_BYTES) throw new OutputWriteError(file, "name_too_long", "");
  const folder = await statOrNull(directory);
  if (!folder) throw new OutputWriteError(file, "directory_missing", "", directory);
  if (!folder.isDirectory()) throw new OutputWriteError(file, "not_a_directory", "", directory);

  const existing = await statOrNull(target);
  if (existing?.isDirectory()) throw new OutputWriteError(file, "is_directory", "");
  if (await isAnInput(target, existing, request.inputs ?? [])) throw new OutputIsInputError(file);
  const policy = request.existing ?? "refuse";
  if (existing && policy === "refuse") throw new OutputExistsError(file);

  return {
    path: file,
    exists: existing !== null,
    kind,
    write: (data, options = {}) => writeAtomically(file, target, data, options.existing ?? policy, request.inputs ?? []),
  };
}

/** Whether two paths name the same file: the same inode (any spelling, symlink, hard link), or the same real path. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const target = path.resolve(a);
  return isAnInput(target, await statOrNull(target), [b]);
}

function kindOf(file: string, wanted: OutputRequest["kind"]): OutputKind | null {
  if (wanted === undefined) return null;
  const kinds: readonly OutputKind[] = typeof wanted === "string" ? [wanted] : wanted;
  const extension = path.extname(file).toLowerCase();
  const kind = kinds.find((k) => extension === `.${k}`);
  if (kind === undefined) throw new OutputKindError(file, kinds);
  return kind;
}

// Most file systems allow 255 bytes in a name.
const MAX_NAME_BYTES = 255;

async function writeAtomically(
  file: string,
  target: string,
  data: Buffer | string,
  existing: "refuse" | "replace",
  inputs: readonly string[],
): Promise<void> {
  // Checked again at the last moment: the inputs were read in between, and a path may have changed.
  if (await isAnInput(target, await statOrNull(target), inputs)) throw new OutputIsInputError(file);
  // A short name of our own beside the target: the rename cannot cross file systems, and a long
  // target name cannot make the temporary one too long.
  const temp = path.join(path.dirname(target), `.par-index-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, "wx");
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (existing === "replace") {
      await fs.rename(temp, target);
    } else {
      // link() fails when the target exists, so a file that appeared meanwhile is never replaced.
      await linkInto(temp, target);
    }
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof OutputExistsError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new OutputExistsError(file);
    throw new OutputWriteError(file, writeFailure(code), describe(error).replaceAll(temp, target));
  }
}

async function linkInto(temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw error;
    if (await statOrNull(target)) throw new OutputExistsError(target);
    await fs.rename(temp, target);
    return;
  }
  await fs.rm(temp, { force: true });
}

/** Same file as an input: the same inode (any spelling, symlink, hard link), or the same real path. */
async function isAnInput(target: string, existing: Stats | null, inputs: readonly string[]): Promise<boolean> {
  const real = await realPath(target);
  for (const input of inputs) {
    const source = await statOrNull(path.resolve(input));
    if (existing && source && existing.dev === source.dev && existing.ino === source.ino) return true;
    if (real === (await realPath(path.resolve(input)))) return true;
  }
  return false;
}

/** The real path of a file, or of its folder plus its name when it does not exist yet. */
async function realPath(absolute: string): Promise<string> {
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

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

function writeFailure(code: string | undefined): WriteFailure {
  switch (code) {
    case "ENOENT":
      return "directory_missing";
    case "ENOTDIR":
      return "not_a_directory";
    case "EISDIR":
      return "is_directory";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "permission";
    case "ENOSPC":
    case "EDQUOT":
      return "no_space";
    case "ENAMETOOLONG":
      return "name_too_long";
    default:
      return "other";
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
