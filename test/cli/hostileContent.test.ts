// The hostile corpus, part 2: what score cells hold, rows and sheets staff move, copy and delete,
// damaged metadata, text, and paths.
import { mkdtempSync, rmSync } from "node:fs";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { HOSTILE_CASES } from "../fixtures/hostile/corpus";
import { runHostileCase } from "../helpers/hostileRun";

jest.setTimeout(180_000);
const root = mkdtempSync(path.join(tmpdir(), "par-index-hostile-content-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cases = HOSTILE_CASES.filter((c) => c.group !== "files");

describe("par-index on hostile content and paths", () => {
  it.each(cases.map((c, i) => [c.name, i] as const))("%s", async (_name, i) => {
    await runHostileCase(cases[i]!, path.join(root, String(i)));
  });

  it("writes names starting with =, +, -, @ as text, never as formulas", async () => {
    const dir = path.join(root, String(cases.findIndex((c) => c.name.startsWith("names and remedies"))));
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, "x.xlsx")));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    const formulas = [...sheet.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => /HYPERLINK|SUM\(A1:A9\)|^\+1|Tăng cường/.test(f))).toEqual([]);
    for (const text of ["=HYPERLINK(&quot;http://x&quot;,&quot;bấm&quot;)", "+1 tiêu chí", "-Tăng cường kiểm tra", "@SUM(A1:A9)"]) {
      expect(strings).toContain(text);
    }
  });
});
