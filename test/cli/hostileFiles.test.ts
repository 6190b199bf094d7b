// The hostile corpus, part 1: files that are not what they claim, huge ones, template files.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { HOSTILE_CASES } from "../fixtures/hostile/corpus";
import { runHostileCase } from "../helpers/hostileRun";

jest.setTimeout(180_000);
const root = mkdtempSync(path.join(tmpdir(), "par-index-hostile-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cases = HOSTILE_CASES.filter((c) => c.group === "files");

describe("par-index on hostile files", () => {
  it.each(cases.map((c, i) => [c.name, i] as const))("%s", async (_name, i) => {
    await runHostileCase(cases[i]!, path.join(root, String(i)));
  });
});
