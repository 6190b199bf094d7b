// End to end: the production task pane in headless Chromium, against the in-page fake Excel host,
// walked with real clicks and typing from template to rebuilt remediation plan (seed 001), plus
// Excel's cell-edit refusal on the error bar and the English pane. Screenshots: test-output/e2e.
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import fixture from "../../fixtures/seed001/appraised-scores.json";
import { REPO_ROOT } from "./buildPage";
import { openPane, type OpenPaneOptions, type PanePage } from "./browserPage";
import { startPaneServer, type PaneServer } from "./paneSession";
import { describePlanDocument } from "./planDocumentFlow";
import { paneOf, typeInto } from "./paneSteps";

const OUTPUT_DIR = path.join(REPO_ROOT, "test-output");
const SCREENSHOT_DIR = path.join(OUTPUT_DIR, "e2e");
const BUILD_DIR = path.join(OUTPUT_DIR, "e2e-build");

const UNIT = "Văn phòng UBND tỉnh Sơn La";
const SCORE_SHEET = "VPUB Sơn La 2021";
const PLAN_SHEET = "Kế hoạch khắc phục 2021";
const REMEDY = "Đánh giá, phân loại công chức đúng quy trình; rà soát tiêu chí đánh giá hằng quý";
const STEP_TIMEOUT = 15_000;

/** Points as the pane and the plan print them: 11,5 · 0,61 · 2. */
const vn = (points: number) => String(points).replace(".", ",");

let paneServer: PaneServer | undefined;
const openPanes: PanePage[] = [];

beforeAll(async () => {
  paneServer = await startPaneServer({ buildDir: BUILD_DIR, screenshotDir: SCREENSHOT_DIR });
}, 240_000);

afterAll(async () => {
  await paneServer?.close();
});

afterEach(async () => {
  // Every page must have run clean: no uncaught error, no request leaving the machine.
  for (const pane of openPanes.splice(0)) {
    await pane.page.close();
    expect(pane.errors).toEqual([]);
    expect(pane.foreignRequests).toEqual([]);
  }
});

async function open(office: OpenPaneOptions["office"] = {}): Promise<PanePage> {
  const pane = await openPane({ ...paneServer!.pageOptions, office });
  openPanes.push(pane);
  return pane;
}

async function waitForText(scope: Locator, text: string | RegExp): Promise<Locator> {
  const found = scope.getByText(text).first();
  await found.waitFor({ state: "visible", timeout: STEP_TIMEOUT });
  return found;
}

/** Whether an element of the pane is in sight, not scrolled out of the 320 px pane's view. */
async function isInSight(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const pane = document.getElementById("root")!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return box.top >= pane.top && box.bottom <= Math.min(pane.bottom, window.innerHeight);
  });
}

/** The 1-based row of an item on a sheet, found by its code in the given column. */
async function rowOf(pane: PanePage, sheet: string, column: string, code: string): Promise<number> {
  const rows = await pane.excel("findRows", sheet, column, code);
  if (rows.length !== 1) throw new Error(`expected one row with ${code} in column ${column} of ${sheet}, found ${JSON.stringify(rows)}`);
  return rows[0]!;
}

async function totalsRows(page: Page): Promise<string[][]> {
  // The totals step is a chunk of its own: its table appears once the chunk has arrived.
  await paneOf(page).locator("table tr").first().waitFor();
  return paneOf(page)
    .locator("table tr")
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())));
}

/** Codes of the plan table's rows (column B below the plan header) with their shortcoming text (column D). */
async function planRows(pane: PanePage): Promise<[string, string][]> {
  const header = await rowOf(pane, PLAN_SHEET, "C", "Lĩnh vực / tiêu chí");
  const rows: [string, string][] = [];
  for (let row = header + 1; ; row += 1) {
    const code = (await pane.excel("getCell", PLAN_SHEET, `B${row}`)).formula;
    if (code === "") break;
    rows.push([String(code), String((await pane.excel("getCell", PLAN_SHEET, `D${row}`)).formula)]);
  }
  return rows;
}

describe("the task pane in Chromium against the fake Excel host", () => {
  it("walks seed 001 from the bundled template to a rebuilt plan that keeps staff text", async () => {
    const pane = await open();
    const { page } = pane;
    const ui = paneOf(page);

    // Step 1: a workbook with no scoring sheet opens on the template step.
    await waitForText(ui, "Bước 1. Chọn bộ tiêu chí");
    await pane.screenshot("01-start");
    await typeInto(ui.getByRole("textbox", { name: "Tên đơn vị" }), UNIT);
    await typeInto(ui.getByRole("textbox", { name: "Năm đánh giá" }), "2021");
    await ui.getByRole("radio", { name: /Văn phòng UBND tỉnh Sơn La năm 2021/ }).click();
    await ui.getByRole("button", { name: "Tạo trang chấm điểm" }).click();
    await waitForText(ui, "Bước 2. Nhập điểm");
    expect(await pane.excel("activeSheet")).toBe(SCORE_SHEET);
    expect(String((await pane.excel("getCell", SCORE_SHEET, "A2")).formula)).toContain(UNIT);
    await pane.screenshot("02-scoring-sheet-created");

    // Staff type the appraised scores into column G, one of them above its maximum (5.1: 3,8 of 3,5).
    const rows: Record<string, number> = {};
    for (const [code, score] of Object.entries(fixture.scores)) {
      rows[code] = await rowOf(pane, SCORE_SHEET, "A", code);
      await pane.excel("setCell", SCORE_SHEET, `G${rows[code]}`, code === "5.1" ? 3.8 : score);
    }
    const wrongCell = `G${rows["5.1"]}`;
    await pane.excel("select", SCORE_SHEET, `G${rows["8.1"]}`);
    await pane.screenshot("03-scores-typed");

    // Step 3: the check finds the one error and names its cell.
    await ui.getByRole("button", { name: "Kiểm tra điểm" }).click();
    await waitForText(ui, "1 lỗi, 0 cảnh báo");
    const issue = ui.getByRole("list", { name: "Lỗi và cảnh báo" }).getByRole("button");
    // The check step is a chunk of its own: the announcement can come before its list is drawn.
    await issue.first().waitFor();
    expect(await issue.count()).toBe(1);
    const issueText = await issue.textContent();
    expect(issueText).toContain(`Ô ${wrongCell}`);
    expect(issueText).toContain("3,8");
    expect(issueText).toContain("3,5");
    await pane.screenshot("04-check-finds-wrong-score");

    // Staff have moved elsewhere in Excel; clicking the issue takes them back to the cell.
    await pane.excel("select", "Sheet1", "C3");
    await issue.click();
    await page.waitForFunction(
      ([sheet, cell]) => {
        const selection = window.__fakeExcel.selection();
        return selection.sheet === sheet && selection.address === cell;
      },
      [SCORE_SHEET, wrongCell],
      { timeout: STEP_TIMEOUT },
    );
    expect(await pane.excel("activeSheet")).toBe(SCORE_SHEET);
    await pane.screenshot("05-issue-selects-cell");

    // Fixed, checked again: no errors, and the totals are seed 001's.
    await pane.excel("setCell", SCORE_SHEET, wrongCell, fixture.scores["5.1"]);
    await ui.getByRole("button", { name: "Kiểm tra lại" }).click();
    await waitForText(ui, "0 lỗi, 0 cảnh báo");
    await waitForText(ui, "Không có lỗi: có thể xem tổng hợp điểm.");
    await ui.getByRole("button", { name: "Xem tổng hợp điểm" }).click();
    await waitForText(ui, "Bước 4. Tổng hợp điểm");
    const table = await totalsRows(page);
    const areaRows = table.filter((cells) => /^\d\. /.test(cells[0] ?? ""));
    expect(areaRows.map((cells) => [cells[0]!.split(".")[0], ...cells.slice(1, 4)])).toEqual(
      fixture.expectedAreas.map(([code, max, score, lost]) => [code, vn(max as number), vn(score as number), lost === 0 ? "0" : `-${vn(lost as number)}`]),
    );
    const [max, score, lost] = fixture.expectedTotal as [number, number, number];
    expect(table.find((cells) => cells[0] === "Tổng cộng")?.slice(1, 4)).toEqual([vn(max), vn(score), `-${vn(lost)}`]);
    expect(vn(score)).toBe("94,52");
    await ui.locator("table").first().scrollIntoViewIfNeeded();
    await pane.screenshot("06-totals-seed-001");

    // Step 5: the plan sheet with the seed's shortcomings (lĩnh vực 3 lost nothing: no section).
    await ui.getByRole("button", { name: "Lập kế hoạch khắc phục" }).click();
    await waitForText(ui, "Bước 5. Kế hoạch khắc phục");
    expect(await ui.getByRole("textbox", { name: "Đơn vị chủ trì mặc định" }).inputValue()).toBe(UNIT);
    await ui.getByRole("button", { name: "Lập kế hoạch khắc phục" }).click();
    await waitForText(ui, `Đã tạo trang «${PLAN_SHEET}».`);
    await waitForText(ui, "Tổng điểm bị trừ: 5,48.");
    expect(await pane.excel("activeSheet")).toBe(PLAN_SHEET);
    const plan = await planRows(pane);
    expect(plan.filter(([code]) => !code.includes(".")).map(([code]) => code)).toEqual(["1", "2", "4", "5", "6", "7", "8"]);
    const lostByArea = new Map(plan.filter(([code]) => !code.includes(".")));
    for (const [code, , , lost] of fixture.expectedAreas) {
      if (lost !== 0) expect([code, lostByArea.get(String(code))]).toEqual([code, `Tổng điểm trừ là ${vn(lost as number)} điểm`]);
    }
    const area5 = plan.filter(([code]) => code === "5" || code.startsWith("5."));
    expect(area5).toEqual([
      ["5", "Tổng điểm trừ là 2,28 điểm"],
      ["5.1", expect.stringContaining("đạt 1,5/3,5 điểm (trừ 2 điểm)")],
      ["5.2", expect.stringContaining("đạt 1,91/2 điểm (trừ 0,09 điểm)")],
      ["5.3", expect.stringContaining("đạt 2,81/3 điểm (trừ 0,19 điểm)")],
    ]);
    await pane.screenshot("07-plan-built");

    // Staff write the remedy for lĩnh vực 5 in the plan sheet, then raise 5.2 to its maximum.
    const remedyCell = `H${await rowOf(pane, PLAN_SHEET, "B", "5")}`;
    await pane.excel("setCell", PLAN_SHEET, remedyCell, REMEDY);
    await pane.excel("select", PLAN_SHEET, remedyCell);
    await pane.screenshot("08-remedy-typed");
    await pane.excel("setCell", SCORE_SHEET, `G${rows["5.2"]}`, 2);

    // Rebuilt: the remedy stays beside lĩnh vực 5, whose shortcomings now lack 5.2.
    await ui.getByRole("button", { name: "Lập lại kế hoạch khắc phục" }).click();
    await waitForText(ui, `Đã cập nhật trang «${PLAN_SHEET}», giữ nguyên nội dung đã nhập.`);
    await waitForText(ui, "Tổng điểm bị trừ: 5,39.");
    const rebuilt = await planRows(pane);
    expect(rebuilt.filter(([code]) => code === "5" || code.startsWith("5."))).toEqual([
      ["5", "Tổng điểm trừ là 2,19 điểm"],
      ["5.1", expect.stringContaining("đạt 1,5/3,5 điểm (trừ 2 điểm)")],
      ["5.3", expect.stringContaining("đạt 2,81/3 điểm (trừ 0,19 điểm)")],
    ]);
    const area5Row = await rowOf(pane, PLAN_SHEET, "B", "5");
    expect((await pane.excel("getCell", PLAN_SHEET, `H${area5Row}`)).formula).toBe(REMEDY);
    expect(await pane.excel("sheets")).toEqual(
      expect.arrayContaining([
        { name: SCORE_SHEET, visibility: "Visible" },
        { name: PLAN_SHEET, visibility: "Visible" },
      ]),
    );
    await pane.excel("select", PLAN_SHEET, `H${area5Row}`);
    await pane.screenshot("09-plan-rebuilt-keeps-remedy");
  });

  it("shows Excel's cell-edit refusal on the error bar, and the next try succeeds", async () => {
    const pane = await open();
    const ui = paneOf(pane.page);
    await waitForText(ui, "Bước 1. Chọn bộ tiêu chí");
    await pane.excel("failNextSync", "InvalidOperationInCellEditMode");
    await ui.getByRole("button", { name: "Tạo trang chấm điểm" }).click();
    await waitForText(ui, /Hãy thoát khỏi chế độ sửa ô/);
    const bar = ui.getByRole("group", { name: "Không thực hiện được" });
    expect(await bar.textContent()).toContain("Hãy thoát khỏi chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.");
    // The button is far down step 1; the bar above the step must come into sight, not wait to be scrolled to.
    expect(await isInSight(bar)).toBe(true);
    // The refusal came at the first sync: nothing was written.
    expect((await pane.excel("sheets")).map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    await pane.screenshot("10-cell-edit-mode-error");

    await ui.getByRole("button", { name: "Tạo trang chấm điểm" }).click();
    await waitForText(ui, "Bước 2. Nhập điểm");
    expect(await ui.getByText(/Hãy thoát khỏi chế độ sửa ô/).count()).toBe(0);
  });

  it("speaks English when Office's display language is en-US", async () => {
    const pane = await open({ displayLanguage: "en-US" });
    const ui = paneOf(pane.page);
    await waitForText(ui, "Step 1. Choose the criteria");
    expect(await pane.page.locator("html").getAttribute("lang")).toBe("en");
    await ui.getByRole("button", { name: "Create scoring sheet" }).click();
    await waitForText(ui, /^Step 2\./);
    await ui.getByRole("button", { name: "Check scores" }).first().click();
    await waitForText(ui, /\d+ errors?, \d+ warnings?/);
    await pane.screenshot("11-english-pane");
    // Excel's refusals reach staff in the display language too.
    await pane.excel("failNextSync", "InvalidOperationInCellEditMode");
    await ui.getByRole("button", { name: "Check again" }).click();
    const bar = ui.getByRole("group", { name: "Could not complete the action" });
    await bar.waitFor({ timeout: STEP_TIMEOUT });
    expect(await bar.textContent()).toContain("Leave cell editing (press Enter or Esc), then try again.");
  });
});

// The plan document (.docx) on the web and on Mac, with the same build and pages: planDocumentFlow.ts.
describePlanDocument({ open, screenshotDir: SCREENSHOT_DIR, origin: () => paneServer!.server.origin });
