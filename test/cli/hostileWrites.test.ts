// The hostile corpus for the commands that write files, part 1: document, assignments and split
// (test/fixtures/hostile/writingCommands.ts), each case under the corpus's invariants.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { WRITING_CASES, writingCaseCommand } from "../fixtures/hostile/writingCommands";
import { runHostileCase } from "../helpers/hostileRun";

jest.setTimeout(180_000);
const root = mkdtempSync(path.join(tmpdir(), "par-index-hostile-writes-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cases = WRITING_CASES.filter((c) => /^(document|assignments|split)$/.test(writingCaseCommand(c)));

describe("document, assignments and split on hostile files and paths", () => {
  it.each(cases.map((c, i) => [c.name, i] as const))("%s", async (_name, i) => {
    await runHostileCase(cases[i]!, path.join(root, String(i)));
  });
});
