// The workbooks a command is given: as the shell expanded them, or — where the shell does not
// (Windows cmd, a quoted pattern) — a pattern such as don-vi/*.xlsx in the last path segment, or a
// folder, expanded here. Excel's lock files (~$…, left beside a workbook open in Excel) are skipped,
// also when the shell's own expansion hands them over, and a file given twice counts once.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const WILDCARD = /[*?]/;

export interface InputFiles {
  files: string[];
  /** Excel's lock files among the names given (the shell expanded don-vi/*.xlsx to them), left out. */
  lockFiles: string[];
}

export function expandInputFiles(args: readonly string[]): InputFiles {
  const out: string[] = [];
  const lockFiles: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    if (isLockFile(file)) lockFiles.push(file);
    else out.push(file);
  };
  for (const arg of args) {
    if (existsSync(arg) && statSync(arg).isDirectory()) {
      for (const name of listDirectory(arg, /\.xlsx$/i)) add(path.join(arg, name));
    } else if (!existsSync(arg) && WILDCARD.test(path.basename(arg)) && !WILDCARD.test(path.dirname(arg))) {
      const dir = path.dirname(arg);
      const matches = listDirectory(dir, patternOf(path.basename(arg)));
      if (matches.length === 0) add(arg);
      for (const name of matches) add(dir === "." && !arg.startsWith(".") ? name : path.join(dir, name));
    } else {
      add(arg);
    }
  }
  return { files: out, lockFiles };
}

/** "~$so-noi-vu.xlsx": the owner file Excel keeps beside a workbook while it is open. */
export function isLockFile(file: string): boolean {
  return path.basename(file).startsWith("~$");
}

/** The note a command prints for the lock files it left out. */
export function lockFileNote(lockFiles: readonly string[]): string | null {
  if (lockFiles.length === 0) return null;
  return `Bỏ qua ${lockFiles.map((f) => `«${f}»`).join(", ")}: tệp khoá Excel tạo ra khi sổ tính đang mở, không phải sổ chấm điểm.`;
}

function listDirectory(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => pattern.test(name) && !isLockFile(name))
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort((a, b) => a.localeCompare(b, "vi"));
}

/** "*.xlsx" → /^.*\.xlsx$/i (case-insensitive, as on Windows and macOS file systems). */
function patternOf(glob: string): RegExp {
  const source = [...glob].map((ch) => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(`^${source}$`, "i");
}
