// The workbook `par-index merge` writes shows the merged scores' totals without recalculation
// (what LibreOffice, file previews and printing to PDF show): every computed cell of the scoring
// sheet caches exactly the engine's number, read back here from the file's cached values.
import path from "node:path";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { loadWorkbook, readScoreWorkbook, readSheetGrid } from "../../src/node";
import { expectedCells, mismatches } from "../helpers/formulaParity";
import { provinceAssignmentTemplate } from "../helpers/provinceTemplate";
import { writeProvinceMaster } from "../helpers/provinceWorkbook";
import { cliJson, runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";
import { fillUnitFile } from "../helpers/unitFilesOnDisk";

jest.setTimeout(120_000);
const tempDir = useTempDir("par-index-merge-cache-");
const at = (...parts: string[]) => path.join(tempDir(), ...parts);

describe("the merged workbook's cached totals", () => {
  it("equal the engine's totals of the merged scores in every computed cell", async () => {
    const master = await writeProvinceMaster(tempDir());
    const split = cliJson<{ files: { file: string; items: string[] }[] }>(await runCli(["split", master, "--out-dir", at("gui-di"), "--json"]));
    // Each unit gives every one of its items 0,25, within every maximum of this template (0,25 – 2).
    const returns: string[] = [];
    for (const entry of split.files) {
      const out = at(`ve-${returns.length}.xlsx`);
      await fillUnitFile(entry.file, Object.fromEntries(entry.items.map((code) => [code, { self: 0.25 }])), out);
      returns.push(out);
    }
    const run = await runCli(["merge", master, ...returns, "--out", at("da-gop.xlsx")]);
    expect([run.code, run.stderr]).toEqual([0, ""]);

    const merged = (await readScoreWorkbook(at("da-gop.xlsx"))).sheets[0]!;
    const { totals } = merged.check;
    expect(totals.total.score).toBeGreaterThan(0);
    const layout = layoutScoreSheet(provinceAssignmentTemplate(), { unit: "tỉnh Kiên Giang", year: 2021 });
    expect(Object.keys(layout.rowOf).map((code) => merged.check.rowOf[code])).toEqual(Object.values(layout.rowOf));
    // readSheetGrid gives formula cells' cached results, as a viewer that does not recalculate shows them.
    const cached = readSheetGrid((await loadWorkbook(at("da-gop.xlsx"))).getWorksheet(merged.sheetName)!).values;
    expect(mismatches(cached, expectedCells(layout, totals))).toEqual([]);
  });
});
