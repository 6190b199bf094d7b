// Runs one hostile case in a folder of its own: the command line's entry in this process, or, for
// a case marked ownProcess (a file built to exhaust memory or never end), the real par-index
// executable under a heap ceiling and a time-out (a run that needs more memory or time dies and
// fails the exit-code check). Either way it checks what every case must hold: exit 0, 1 or 2 as expected, one message and no
// stack trace or internal error, inputs unchanged, no partial or temporary file left, an existing
// output untouched unless the command succeeded in replacing it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { HostileCase } from "../fixtures/hostile/corpus";
import { CLI, runCli } from "./runCli";

/** Heap ceiling for each run: a grid built to XFD1048576 would need gigabytes. */
export const HEAP_MB = 768;
export const TIME_LIMIT_MS = 90_000;

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (sub: string) => {
    for (const entry of await fs.readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isSymbolicLink()) files.set(rel, `link:${await fs.readlink(path.join(dir, rel))}`);
      else if (entry.isDirectory()) {
        files.set(`${rel}/`, "dir");
        await walk(rel);
      } else files.set(rel, createHash("sha256").update(await fs.readFile(path.join(dir, rel))).digest("hex"));
    }
  };
  await walk("");
  return files;
}

export interface HostileRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function inOwnProcess(testCase: HostileCase, dir: string): HostileRun {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, ...testCase.args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PAR_INDEX_DEBUG: "" },
    timeout: TIME_LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
}

export async function runHostileCase(testCase: HostileCase, dir: string): Promise<HostileRun> {
  await fs.mkdir(dir, { recursive: true });
  await testCase.setup(dir);
  const before = await snapshot(dir);
  const result = testCase.ownProcess ? inOwnProcess(testCase, dir) : await runCli(testCase.args, { cwd: dir });

  expect({ code: result.code, stderr: result.stderr.slice(0, 2000) }).toMatchObject({ code: testCase.code });
  for (const text of [result.stdout, result.stderr]) {
    expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(text).not.toMatch(/lỗi không mong đợi/i);
    expect(text).not.toMatch(/\.tmp\b/);
    expect(text).not.toMatch(/\b(ENOENT|EACCES|EISDIR|ENOTDIR|RangeError|TypeError)\b/);
  }
  // A refusal is one line; nothing is printed on stderr by a successful run.
  if (testCase.code === 2) expect(result.stderr.trim().split("\n")).toHaveLength(1);
  if (testCase.code === 0) expect(result.stderr).toBe("");
  if (testCase.stderr) expect(result.stderr).toMatch(testCase.stderr);
  if (testCase.stdout) expect(result.stdout).toMatch(testCase.stdout);
  if (testCase.issue) {
    const report = JSON.parse(result.stdout) as { issues: { code: string; cell: string | null; sheet: string | null; message: string }[] };
    const found = report.issues.filter((i) => i.code === testCase.issue!.code && i.cell === testCase.issue!.cell);
    expect(found.length).toBeGreaterThan(0);
    if (testCase.issue.sheet) expect(found.map((i) => i.sheet)).toContain(testCase.issue.sheet);
    const messages = found.map((i) => i.message);
    if (typeof testCase.issue.message === "string") expect(messages).toContain(testCase.issue.message);
    else expect(messages.some((m) => (testCase.issue!.message as RegExp).test(m))).toBe(true);
  }

  const after = await snapshot(dir);
  const written = new Set(testCase.code === 0 ? (testCase.writes ?? []) : []);
  for (const [file, hash] of before) {
    if (written.has(file)) continue;
    expect({ file, hash: after.get(file) }).toEqual({ file, hash });
  }
  const created = [...after.keys()].filter((file) => !before.has(file) && !file.endsWith("/"));
  expect(created.sort()).toEqual([...written].filter((file) => !before.has(file)).sort());
  return result;
}
