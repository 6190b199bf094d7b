// `check` reports the score per scoring method, as JSON for every method the template has items
// for and as a line under the table, on a synthetic template whose items carry their method.
import { promises as fs } from "node:fs";
import path from "node:path";
import { cliJson, runCli } from "../helpers/runCli";
import { surveyScores, surveyTemplate } from "../helpers/surveyTemplate";
import { useTempDir } from "../helpers/tempDir";
import { fillScoreFile } from "../helpers/xlsxScores";

jest.setTimeout(60_000);
const tempDir = useTempDir("par-index-methods-");

interface Report {
  total: { score: number; byMethod: Record<string, { items: number; max: number; applicableMax: number; score: number; lostPoints: number }> };
  areas: { code: string; byMethod: Record<string, { score: number }> }[];
}

describe("par-index check and the scoring methods", () => {
  beforeAll(async () => {
    await fs.writeFile(path.join(tempDir(), "pp.json"), JSON.stringify(surveyTemplate()));
    expect((await runCli(["new", "--template-file", "pp.json", "--out", "pp.xlsx", "--unit", "Đơn vị thử nghiệm", "--year", "2021"], { cwd: tempDir() })).code).toBe(0);
    await fillScoreFile(path.join(tempDir(), "pp.xlsx"), surveyScores, path.join(tempDir(), "pp-scored.xlsx"));
  });

  it("gives the split in --json, per lĩnh vực and in total, adding up to the total", async () => {
    const report = cliJson<Report>(await runCli(["check", "pp-scored.xlsx", "--json"], { cwd: tempDir() }));
    expect(report.total.score).toBe(94.52);
    expect(report.total.byMethod).toEqual({
      tu_danh_gia: { items: 2, max: 70, applicableMax: 70, score: 67.11, lostPoints: 2.89 },
      dieu_tra_xhh: { items: 2, max: 30, applicableMax: 30, score: 27.41, lostPoints: 2.59 },
    });
    expect(report.areas.map((a) => [a.code, Object.keys(a.byMethod)])).toEqual([
      ["1", ["tu_danh_gia", "dieu_tra_xhh"]],
      ["2", ["tu_danh_gia"]],
      ["3", ["dieu_tra_xhh"]],
    ]);
    expect(report.areas[0]!.byMethod).toEqual({ tu_danh_gia: expect.objectContaining({ score: 28.11 }), dieu_tra_xhh: expect.objectContaining({ score: 18.42 }) });
  });

  it("prints the split under the table", async () => {
    const run = await runCli(["check", "pp-scored.xlsx"], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Trong đó: điểm thẩm định 67,11/70; điểm điều tra xã hội học 27,41/30.");
  });

  it("prints no split for a template scored one way only", async () => {
    expect((await runCli(["new", "--template", "qd-2948-bnv-tinh", "--out", "one.xlsx"], { cwd: tempDir() })).code).toBe(0);
    const run = await runCli(["check", "one.xlsx"], { cwd: tempDir() });
    expect(run.stdout).not.toContain("Trong đó:");
    const report = cliJson<Report>(await runCli(["check", "one.xlsx", "--json"], { cwd: tempDir() }));
    expect(Object.keys(report.total.byMethod)).toEqual(["tu_danh_gia"]);
  });
});
