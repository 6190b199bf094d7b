// The ranking workbook as a clerk prints it: twenty units ranked by `par-index rank`, printed by
// LibreOffice. The charts par-index writes as DrawingML must open and draw: their titles are in
// the PDF's text and their bars — in the groups' colours, which nothing else on the sheet uses —
// are on the pages. Pictures of the pages go to test-output/ranking/ for people to look at.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AREA_CHART_COLORS, CHART_TITLES } from "../../../src/domain/layout/rankingSheetColumns";
import { groupChartColor } from "../../../src/domain/layout/rankingGroupsLook";
import type { RankJson } from "../../../src/cli/rankReport";
import { countColor, pdfPageCount, pdfPagePixels, pdfPagePng, pdfPageText, printToPdf } from "../../helpers/pdfPages";
import { cliJson, REPO_ROOT, runCli } from "../../helpers/runCli";
import { writeUnitWorkbooks } from "../../helpers/unitWorkbooks";

const OUTPUT = path.join(REPO_ROOT, "test-output", "ranking");

describe("the ranking workbook printed by LibreOffice", () => {
  let dir = "";
  let pdf = "";
  let report: RankJson;
  const pages: { text: string; page: number }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "par-index-rank-pdf-"));
    mkdirSync(path.join(dir, "don-vi"));
    await writeUnitWorkbooks(path.join(dir, "don-vi"), 20);
    const run = (await runCli(["rank", "don-vi/*.xlsx", "--out", "xep-hang.xlsx", "--json"], { cwd: dir }));
    expect(run.code).toBe(0);
    report = cliJson<RankJson>(run);
    pdf = printToPdf(path.join(dir, "xep-hang.xlsx"), path.join(dir, "pdf"));
    mkdirSync(OUTPUT, { recursive: true });
    for (let page = 1; page <= pdfPageCount(pdf); page += 1) {
      pages.push({ page, text: pdfPageText(pdf, page) });
      pdfPagePng(pdf, page, path.join(OUTPUT, `xep-hang-trang-${page}`));
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const pageWith = (text: string) => {
    const found = pages.find((p) => p.text.includes(text));
    if (!found) throw new Error(`no page shows «${text}»`);
    return found.page;
  };

  it("prints the ranking table with every unit's rank", () => {
    const all = pages.map((p) => p.text).join("\n");
    expect(all).toContain("BẢNG TỔNG HỢP KẾT QUẢ, XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021");
    for (const unit of report.units) expect(all).toContain(`${String(unit.rank).padStart(2, "0")}/20`);
  });

  it("draws the chart of the units by percentage, each bar in its group's colour", () => {
    const page = pageWith(CHART_TITLES.unitsByPercent);
    const pixels = pdfPagePixels(pdf, page);
    const groups = [...new Set(report.units.map((u) => u.group))];
    const labels = ["A", "B", "C", "D"];
    // A bar at 60 dpi is some 8 px tall and tens of px long: a group without 150 such pixels was not drawn.
    const counts = groups.map((group) => [group, countColor(pixels, groupChartColor(labels.indexOf(group), 4))] as const);
    expect(groups.length).toBeGreaterThan(1);
    expect(counts.filter(([, count]) => count < 150)).toEqual([]);
    expect(pages.find((p) => p.page === page)!.text).toContain(report.units[0]!.unit);
  });

  it("draws the per-lĩnh vực chart: mean, highest and lowest bars", () => {
    const page = pageWith(CHART_TITLES.areas);
    const pixels = pdfPagePixels(pdf, page);
    const counts = Object.entries(AREA_CHART_COLORS).map(([series, color]) => [series, countColor(pixels, color)] as const);
    expect(counts.filter(([, count]) => count < 150)).toEqual([]);
  });
});
