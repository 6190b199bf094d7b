// End to end, Sở Nội vụ's consolidation: twenty units' workbooks, generated here with the command
// line's own writer, picked through the pane's file input in headless Chromium and read there (the
// exceljs chunk loaded only then), ranked into the fake Excel's ranking sheet with its chart — the
// same ranking `par-index rank` makes of the same files — then a note typed in the sheet and the
// ranking rebuilt with last year's table pasted: the note stays with its unit. Screenshots:
// test-output/e2e-ranking.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { columnLetter } from "../../../src/domain/cells";
import { layoutRankingSheet } from "../../../src/domain/layout/layoutRankingSheet";
import { rankUnits } from "../../../src/domain/ranking/rankUnits";
import { readUnitFile } from "../../../src/node";
import { seededRandom } from "../../helpers/generateTemplate";
import { seed001Template } from "../../helpers/seed001";
import { unitScores, writeUnitWorkbooks } from "../../helpers/unitWorkbooks";
import { REPO_ROOT } from "./buildPage";
import type { PanePage } from "./browserPage";
import { openPaneSession, type PaneSession } from "./paneSession";
import { paneOf, textWaiter } from "./paneSteps";

const OUTPUT_DIR = path.join(REPO_ROOT, "test-output");
// Folders of their own: the pane's main suite empties test-output/e2e and builds into e2e-build.
const SCREENSHOT_DIR = path.join(OUTPUT_DIR, "e2e-ranking");
const BUILD_DIR = path.join(OUTPUT_DIR, "e2e-build-ranking");
const RANKING = "Xếp hạng 2021";
const AREAS = "Theo lĩnh vực 2021";
const NOTE = "Đề nghị thẩm định lại tiêu chí 5.1";
const STEP_TIMEOUT = 15_000;
/** Reading twenty workbooks in the browser on a shared machine. */
const READ_TIMEOUT = 120_000;
const UNITS = 20;
/** The last unit's file has a score above its maximum: it must be listed, not ranked. */
const WRONG_UNIT = UNITS - 1;

let session: PaneSession | undefined;
let pane: PanePage;
let requested: string[];
let unitDir: string;
let files: string[];

beforeAll(async () => {
  unitDir = mkdtempSync(path.join(tmpdir(), "don-vi-"));
  const template = seed001Template();
  const written = writeUnitWorkbooks(unitDir, UNITS, {
    seed: 7,
    scoresOf: (i) => (i === WRONG_UNIT ? { ...unitScores(template, seededRandom(7000 + i)), "5.1": { appraised: 3.8 } } : undefined),
  }).then((paths) => {
    files = paths;
  });
  session = await openPaneSession({ buildDir: BUILD_DIR, screenshotDir: SCREENSHOT_DIR, alongside: written });
  ({ pane, requested } = session);
}, 300_000);

afterAll(async () => {
  await session?.close();
  if (unitDir) rmSync(unitDir, { recursive: true, force: true });
});

const waitForText = textWaiter(() => pane, SCREENSHOT_DIR, STEP_TIMEOUT);

/** The 1-based row of a unit in the ranking sheet's column B. */
async function rowOfUnit(sheet: string, unit: string): Promise<number> {
  const rows = await pane.excel("findRows", sheet, "B", unit);
  if (rows.length !== 1) throw new Error(`expected one row of ${unit} in ${sheet}, found ${JSON.stringify(rows)}`);
  return rows[0]!;
}

/** The column letter whose header (in the row of "Đơn vị") reads `header`. */
async function columnOf(sheet: string, header: string): Promise<string> {
  const [headerRow] = await pane.excel("findRows", sheet, "B", "Đơn vị");
  for (let c = 0; c < 30; c += 1) {
    if ((await pane.excel("getCell", sheet, `${columnLetter(c)}${headerRow}`)).formula === header) return columnLetter(c);
  }
  throw new Error(`no column ${header} in ${sheet}`);
}

describe("consolidating twenty units' workbooks in the pane", () => {
  it("reads the picked files in the browser, writes the ranking with its chart, and keeps a note through a rebuild", async () => {
    const { page } = pane;
    const ui = paneOf(page);
    const readings = await Promise.all(files.map(readUnitFile));
    const expected = rankUnits(readings.flatMap((reading) => (reading.ok ? reading.units : [])).map((unit) => ({ ...unit, file: path.basename(unit.file) })));
    expect(expected.units).toHaveLength(UNITS - 1);

    await waitForText(ui, "Bước 1. Chọn bộ tiêu chí");
    await ui.getByRole("button", { name: "6. Tổng hợp đơn vị" }).click();
    await waitForText(ui, "Bước 6. Tổng hợp nhiều đơn vị");
    await ui.getByRole("button", { name: "Chọn tệp của các đơn vị…" }).waitFor({ timeout: STEP_TIMEOUT });
    // exceljs is not downloaded until a workbook has to be read.
    expect(requested.filter((url) => /exceljs\.[0-9a-f]+\.js$/.test(url))).toEqual([]);
    await pane.screenshot("01-step-opened");

    await ui.getByLabel("Tệp chấm điểm của các đơn vị (.xlsx)").setInputFiles(files);
    await waitForText(ui, `Đã chọn ${UNITS} tệp.`);
    await pane.screenshot("02-twenty-files-picked");

    const before = await pane.excel("counts");
    await ui.getByRole("button", { name: "Tổng hợp và xếp hạng" }).click();
    await waitForText(ui, `Đã tạo trang «${RANKING}» và «${AREAS}» (2 biểu đồ).`, READ_TIMEOUT);
    const after = await pane.excel("counts");
    // One action, in a workbook the add-in never wrote to: snapshot (2), the sheets with their records, the finishes.
    expect({ runs: after.runs - before.runs, syncs: after.syncs - before.syncs }).toEqual({ runs: 1, syncs: 4 });
    expect(requested.filter((url) => /exceljs\.[0-9a-f]+\.js$/.test(url))).toHaveLength(1);
    expect(await pane.excel("activeSheet")).toBe(RANKING);

    // The sheet ranks the units as par-index rank does from the same files.
    const layout = layoutRankingSheet(expected, { sheetName: RANKING });
    const firstRow = layout.headerRow + 2;
    const percent = columnLetter(layout.columns.indexOf("percent"));
    for (const [i, unit] of expected.units.entries()) {
      expect([i, (await pane.excel("getCell", RANKING, `B${firstRow + i}`)).formula, (await pane.excel("getCell", RANKING, `${percent}${firstRow + i}`)).value]).toEqual([
        i,
        unit.unit,
        unit.percent / 100,
      ]);
    }
    const wrong = (await pane.excel("findRows", RANKING, "B", "Ban Quản lý các khu công nghiệp"))[0]!;
    expect(wrong).toBeGreaterThan(firstRow + expected.units.length);
    await waitForText(ui, "1 đơn vị chưa được xếp hạng");

    const [chart] = await pane.excel("charts", RANKING);
    const lastRow = firstRow + expected.units.length - 1;
    expect(chart).toMatchObject({
      name: "units-by-percent",
      type: "BarClustered",
      title: "Chỉ số cải cách hành chính của các đơn vị (%)",
      series: [{ name: "Chỉ số (%)", values: `'${RANKING}'!${percent}${firstRow}:${percent}${lastRow}`, xValues: `'${RANKING}'!B${firstRow}:B${lastRow}` }],
    });
    expect(chart!.series[0]!.pointFills).toBe(expected.units.filter((unit) => unit.groupIndex > 0).length);
    expect((await pane.excel("charts", AREAS)).map((c) => c.series.map((s) => s.name))).toEqual([["Chỉ số trung bình (%)", "Cao nhất (%)", "Thấp nhất (%)"]]);
    await pane.screenshot("03-ranking-sheet");
    // Clicking a cell at the chart's far corner brings the whole chart into view.
    await pane.excel("select", RANKING, chart!.to!);
    await pane.screenshot("04-ranking-chart");

    // Staff type a note beside the sixth unit, in the sheet's «Ghi chú» column.
    const noted = expected.units[5]!.unit;
    const notes = await columnOf(RANKING, "Ghi chú");
    await pane.excel("setCell", RANKING, `${notes}${await rowOfUnit(RANKING, noted)}`, NOTE);
    await pane.excel("select", RANKING, `${notes}${await rowOfUnit(RANKING, noted)}`);
    await pane.screenshot("05-note-typed");

    // Rebuilt with last year's ranking pasted: four more columns, the note's column moves, the note stays with its unit.
    await ui.getByRole("radio", { name: "Dán bảng (đơn vị, xếp hạng, chỉ số %)" }).click();
    const lastYear = ["Đơn vị\tXếp hạng\tChỉ số (%)", ...expected.units.map((unit, i) => `${unit.unit}\t${expected.units.length - i}\t${String(80 + i / 10).replace(".", ",")}`)];
    await ui.getByRole("textbox", { name: /Bảng xếp hạng năm trước/ }).fill(lastYear.join("\n"));
    const beforeRebuild = await pane.excel("counts");
    await ui.getByRole("button", { name: "Lập lại bảng xếp hạng" }).click();
    await waitForText(ui, `Đã cập nhật trang «${RANKING}», giữ 1 ghi chú theo đơn vị.`, READ_TIMEOUT);
    const afterRebuild = await pane.excel("counts");
    // The files were read once; the rebuild reads the old sheet alongside nothing else: snapshot, reads, sheets, finishes.
    expect({ runs: afterRebuild.runs - beforeRebuild.runs, syncs: afterRebuild.syncs - beforeRebuild.syncs }).toEqual({ runs: 1, syncs: 4 });
    const movedNotes = await columnOf(RANKING, "Ghi chú");
    // The rebuilt sheet's chart plots the rebuilt sheet's cells (drawn under a staging name, then renamed).
    const [rebuiltChart] = await pane.excel("charts", RANKING);
    expect(rebuiltChart!.series[0]!.values).toBe(`'${RANKING}'!${percent}${firstRow}:${percent}${lastRow}`);
    expect(movedNotes).not.toBe(notes);
    expect((await pane.excel("getCell", RANKING, `${movedNotes}${await rowOfUnit(RANKING, noted)}`)).formula).toBe(NOTE);
    const change = await columnOf(RANKING, "Thay đổi thứ hạng");
    expect((await pane.excel("getCell", RANKING, `${change}${await rowOfUnit(RANKING, expected.units[0]!.unit)}`)).formula).toMatch(/^tăng \d+ bậc$/);
    expect((await pane.excel("sheets")).map((sheet) => sheet.name)).toEqual(["Sheet1", RANKING, AREAS, "PARINDEX_META"]);
    await pane.excel("select", RANKING, `${movedNotes}${await rowOfUnit(RANKING, noted)}`);
    await pane.screenshot("06-rebuilt-keeps-note");
    await ui.getByRole("table").first().scrollIntoViewIfNeeded();
    await pane.screenshot("07-pane-result");

    await pane.excel("select", AREAS, "A1");
    expect((await pane.excel("charts", AREAS))[0]!.series.map((s) => s.values)).toEqual([`'${AREAS}'!D6:D13`, `'${AREAS}'!E6:E13`, `'${AREAS}'!F6:F13`]);
    await pane.screenshot("08-areas-sheet-chart");
    expect(pane.errors).toEqual([]);
    expect(pane.foreignRequests).toEqual([]);
  });
});
