// The README's command-line block, run line by line as written, in order, by the par-index that
// `npm install -g .` installs, from a folder outside the repository (with the repository's
// test/fixtures reachable, as the sample appendix path says). And the committed sample appendix
// is what its generator builds.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadWorkbook, readSheetGrid } from "../../src/node";
import { SAMPLE_APPENDIX, SAMPLE_SHEET, sampleAppendixRows } from "../fixtures/phu-luc/sampleAppendix";
import { installCliInto, pathWith } from "../helpers/installedCli";
import { REPO_ROOT } from "../helpers/runCli";

jest.setTimeout(180_000);

/** Lines of the README's ```sh blocks that run par-index. */
function readmeCommands(): string[] {
  const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) => block.split("\n")).map((line) => line.trim()).filter((line) => line.startsWith("par-index "));
}

describe("the README's par-index commands", () => {
  let work = "";
  let env: NodeJS.ProcessEnv = {};
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "par-index-readme-"));
    env = pathWith(installCliInto(path.join(work, "prefix")));
    const clerk = path.join(work, "clerk");
    spawnSync("mkdir", ["-p", clerk]);
    symlinkSync(path.join(REPO_ROOT, "test"), path.join(clerk, "test"));
    work = clerk;
  });
  afterAll(() => rmSync(path.dirname(work), { recursive: true, force: true }));

  it("has the commands the issue asks for", () => {
    const commands = readmeCommands();
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const verb of ["--version", "templates", "new", "check", "plan", "import"]) {
      expect(commands.some((c) => c.split(/\s+/)[1] === verb)).toBe(true);
    }
  });

  it("runs every one as written, in order, each exiting 0 without a problem line", () => {
    const outputs: string[] = [];
    for (const command of readmeCommands()) {
      const run = spawnSync("bash", ["-c", command], { cwd: work, env, encoding: "utf8", timeout: 60_000 });
      expect({ command, code: run.status, stderr: run.stderr }).toEqual({ command, code: 0, stderr: "" });
      outputs.push(run.stdout);
    }
    expect(outputs[0]).toMatch(/^par-index \d+\.\d+\.\d+\n$/);
    // The second `plan` onto its own output takes it over instead of refusing or replacing it.
    expect(outputs.join("\n")).toContain("Đã giữ nội dung cán bộ đã nhập trong trang «Kế hoạch khắc phục 2021» của ke-hoach.xlsx");
    expect(JSON.parse(outputs[outputs.length - 1]!).total.max).toBe(100);
  });
});

describe("the sample appendix table", () => {
  it("holds what its generator builds", async () => {
    const workbook = await loadWorkbook(SAMPLE_APPENDIX);
    const grid = readSheetGrid(workbook.getWorksheet(SAMPLE_SHEET)!).values;
    const trim = (row: readonly unknown[]) => {
      let end = row.length;
      while (end > 0 && (row[end - 1] === "" || row[end - 1] === undefined)) end -= 1;
      return row.slice(0, end);
    };
    expect(grid.map(trim)).toEqual(sampleAppendixRows().map(trim));
  });
});
