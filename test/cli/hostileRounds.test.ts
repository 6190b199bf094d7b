// The hostile corpus for the appraisal rounds' commands (stage and status,
// test/fixtures/hostile/writingCommands.ts), each case under the corpus's invariants.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { WRITING_CASES, writingCaseCommand } from "../fixtures/hostile/writingCommands";
import { runHostileCase } from "../helpers/hostileRun";

jest.setTimeout(180_000);
const root = mkdtempSync(path.join(tmpdir(), "par-index-hostile-rounds-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cases = WRITING_CASES.filter((c) => /^(stage|status)$/.test(writingCaseCommand(c)));

describe("stage and status on hostile files and paths", () => {
  it("has a case for each way --out, the input and the history go wrong", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases.map((c, i) => [c.name, i] as const))("%s", async (_name, i) => {
    await runHostileCase(cases[i]!, path.join(root, String(i)));
  });
});
