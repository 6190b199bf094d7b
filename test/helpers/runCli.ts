// Runs `par-index` for a test. `runCli` calls the command line's own entry (src/cli/main.ts `run`)
// in this process, in the given folder, with its output collected: the same argument parsing,
// commands, messages and exit codes, without a second of Node and tsx start-up per call.
// `runCliProcess` starts the real executable as a child process, as users and scripts do: for what
// only a process shows (the bin and its tsx hook, exit status, stdout and stderr as streams).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { memoryOutput } from "../../src/cli/output";

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const CLI = path.join(REPO_ROOT, "src/cli/par-index.cjs");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Lines as the process would have written them: each ended by a newline. */
const asStream = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join("");

// One command at a time: the folder is the process's, and a command resolves paths against it.
let queue: Promise<unknown> = Promise.resolve();

export function runCli(args: readonly string[], options: { cwd?: string } = {}): Promise<CliRun> {
  const call = queue.then(async () => {
    // Loaded on first use, as the executable loads it, so a suite that never runs a command pays nothing.
    const { run } = require("../../src/cli/main") as typeof import("../../src/cli/main");
    const out = memoryOutput();
    const cwd = process.cwd();
    const debug = process.env.PAR_INDEX_DEBUG;
    process.chdir(options.cwd ?? REPO_ROOT);
    process.env.PAR_INDEX_DEBUG = "";
    try {
      const code = await run(args, out);
      return { code, stdout: asStream(out.stdout), stderr: asStream(out.stderr) };
    } finally {
      process.chdir(cwd);
      if (debug === undefined) delete process.env.PAR_INDEX_DEBUG;
      else process.env.PAR_INDEX_DEBUG = debug;
    }
  });
  queue = call.catch(() => undefined);
  return call;
}

export function runCliProcess(args: readonly string[], options: { cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, PAR_INDEX_DEBUG: "" },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses the single JSON document a --json run prints. */
export function cliJson<T = unknown>(run: CliRun): T {
  return JSON.parse(run.stdout) as T;
}
