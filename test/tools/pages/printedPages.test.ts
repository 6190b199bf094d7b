// What staff print: the plan `par-index plan` writes for seed 001, filled by a program that does not
// recalculate, printed to PDF by LibreOffice told never to recalculate. The pages show the engine's
// numbers (the cached results the file carries, not stale zeros), and every row of wrapped text has
// the height its lines need. The pages are kept as PNG in test-output/pages/ to be looked at.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { PLAN_COLUMNS as P } from "../../../src/domain/layout/planSheetColumns";
import { countLines } from "../../../src/domain/layout/rowHeights";
import { loadWorkbook, readSheetGrid } from "../../../src/node";
import { findSoffice, printToPdf } from "../../helpers/libreOffice";
import { REPO_ROOT, runCli } from "../../helpers/runCli";
import { seed001Scores } from "../../helpers/seed001";
import { useTempDir } from "../../helpers/tempDir";
import { fillScoreFile } from "../../helpers/xlsxScores";

const tempDir = useTempDir("par-index-pages-");
const PAGES = path.join(REPO_ROOT, "test-output", "pages");
const PLAN_SHEET = "Kế hoạch khắc phục 2021";

describe("the printed plan of seed 001", () => {
  let pdfText = "";
  beforeAll(async () => {
    const soffice = findSoffice();
    const cli = (...args: string[]) => runCli(args, { cwd: tempDir() });
    expect((await cli("new", "--template", "son-la-vpub-2021", "--out", "cham-diem.xlsx", "--unit", "Văn phòng UBND tỉnh Sơn La", "--year", "2021")).code).toBe(0);
    // exceljs types the scores and does not recalculate: every subtotal's cached result is stale.
    await fillScoreFile(path.join(tempDir(), "cham-diem.xlsx"), seed001Scores, path.join(tempDir(), "scored.xlsx"));
    expect((await cli("plan", "scored.xlsx", "--out", "ke-hoach.xlsx")).code).toBe(0);
    const pdf = printToPdf(path.join(tempDir(), "ke-hoach.xlsx"), tempDir(), soffice);
    pdfText = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    mkdirSync(PAGES, { recursive: true });
    const png = spawnSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(tempDir(), "ke-hoach")], { encoding: "utf8" });
    expect(png.status).toBe(0);
    for (const page of readdirSync(tempDir()).filter((name) => /^ke-hoach-\d+\.png$/.test(name))) {
      copyFileSync(path.join(tempDir(), page), path.join(PAGES, page));
    }
  });

  it("shows the engine's totals on the scoring sheet without recalculating", () => {
    // The scoring sheet's total row and lĩnh vực 5, as LibreOffice prints the cached results.
    expect(pdfText).toMatch(/Tổng cộng\s+100\s+100\s+94[.,]52\s+94[.,]52\s+5[.,]48\s+94[.,]52/);
    expect(pdfText).toMatch(/Cải cách công vụ\s+13[.,]5\s+13[.,]5\s+11[.,]22\s+11[.,]22\s+2[.,]28/);
  });

  it("prints the plan's shortcomings in the seed's words", () => {
    expect(pdfText).toContain("Tổng điểm trừ là 2,28 điểm");
    // pdftotext interleaves the wrapped columns line by line; the last line of 5.1's shortcoming:
    expect(pdfText).toContain("của cơ quan đơn vị đạt 1,5/3,5 điểm (trừ 2 điểm)");
  });

  it("gives every wrapped plan row at least the height of its longest cell's lines", async () => {
    const workbook = await loadWorkbook(path.join(tempDir(), "ke-hoach.xlsx"));
    const sheet = workbook.getWorksheet(PLAN_SHEET)!;
    const rows = readSheetGrid(sheet).values;
    const widths = [6, 8, 36, 44, 9, 9, 9, 48, 24, 24, 14, 20];
    let checked = 0;
    rows.forEach((row, r) => {
      if (!/^\d+(\.\d+)*$/.test(String(row[P.code] ?? ""))) return;
      const lines = Math.max(...[P.name, P.shortcoming, P.leadUnit, P.coUnits].map((c) => countLines(String(row[c] ?? ""), widths[c]!)));
      if (lines < 2) return;
      expect(sheet.getRow(r + 1).height).toBeGreaterThanOrEqual(lines * 15);
      checked += 1;
    });
    expect(checked).toBeGreaterThan(10);
  });
});
