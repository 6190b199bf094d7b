// End to end, phân công in the pane: the synthetic provincial master (seven departments, see
// test/helpers/provinceTemplate.ts) made through the pane from its JSON, step 7 showing the seven
// units with their parts, the assignment sheet written, «Tạo tệp cho từng đơn vị» downloading one
// .zip (caught, unzipped: seven workbooks exceljs opens, each with only its unit's items open), three
// of them filled in Node as departments would (with one conflict between the two units sharing 4.3
// and one score outside a unit's part), picked back through the file input and gathered into the
// master, gathered again (nothing new), then the filter by unit. Screenshots: test-output/e2e-assignment.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Locator } from "playwright-core";
import { columnLetter } from "../../../src/domain/cells";
import { SCORE_COLUMNS } from "../../../src/domain/layout/scoreSheetColumns";
import { checkScoreWorkbook, readReturnedWorkbook } from "../../../src/node";
import { DEPARTMENTS, KHDT, provinceAssignmentTemplate, TAI_CHINH, TU_PHAP, VP_UBND } from "../../helpers/provinceTemplate";
import { REPO_ROOT } from "./buildPage";
import type { PanePage } from "./browserPage";
import { openPaneSession, type PaneSession } from "./paneSession";
import { paneOf, textWaiter, typeInto } from "./paneSteps";

const OUTPUT_DIR = path.join(REPO_ROOT, "test-output");
const SCREENSHOT_DIR = path.join(OUTPUT_DIR, "e2e-assignment");
const BUILD_DIR = path.join(OUTPUT_DIR, "e2e-build-assignment");
const STEP_TIMEOUT = 20_000;
/** Making seven workbooks, or reading three, in the browser on a shared machine. */
const FILES_TIMEOUT = 120_000;
const ZIP_NAME = "Chấm điểm CCHC 2021 - các đơn vị.zip";
const SHARED = "4.3";

let session: PaneSession | undefined;
let pane: PanePage;
let requested: string[];
let workDir: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "phan-cong-"));
  session = await openPaneSession({ buildDir: BUILD_DIR, screenshotDir: SCREENSHOT_DIR });
  ({ pane, requested } = session);
}, 300_000);

afterAll(async () => {
  await session?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const waitForText = textWaiter(() => pane, SCREENSHOT_DIR, STEP_TIMEOUT);

/** Types entries into a unit's file as its staff would (exceljs writes locked cells too, as a careless copy-paste would). */
async function fillUnitFile(file: string, entries: Record<string, { self?: number; evidence?: string }>, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = checkScoreWorkbook(workbook).sheets[0]!;
  const worksheet = workbook.getWorksheet(sheet.sheetName)!;
  for (const [code, entry] of Object.entries(entries)) {
    const row = sheet.check.rowOf[code]! + 1;
    if (entry.self !== undefined) worksheet.getCell(row, SCORE_COLUMNS.self + 1).value = entry.self;
    if (entry.evidence !== undefined) worksheet.getCell(row, SCORE_COLUMNS.evidence + 1).value = entry.evidence;
  }
  await workbook.xlsx.writeFile(out);
}

/** The progress table's rows as text cells. */
async function progressRows(ui: Locator): Promise<string[][]> {
  const table = ui.getByRole("table", { name: "Tiến độ theo đơn vị" });
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.firstChild?.textContent ?? "").trim())));
}

describe("phân công for seven departments in the pane", () => {
  it("shows the assignment, writes its sheet, sends each department its file, gathers three back and filters by unit", async () => {
    const { page } = pane;
    const ui = paneOf(page);
    const template = provinceAssignmentTemplate();

    // The master, made in the pane from the template's JSON.
    await waitForText(ui, "Bước 1. Chọn bộ tiêu chí");
    await typeInto(ui.getByRole("textbox", { name: "Tên đơn vị" }), "tỉnh Kiên Giang");
    await typeInto(ui.getByRole("textbox", { name: "Năm đánh giá" }), "2021");
    await ui.getByRole("radio", { name: "Dán bộ tiêu chí (JSON)" }).click();
    await ui.getByRole("textbox", { name: "Nội dung JSON của bộ tiêu chí" }).fill(JSON.stringify(template));
    await ui.getByRole("button", { name: "Đọc bộ tiêu chí" }).click();
    await waitForText(ui, `Đã đọc bộ tiêu chí «${template.name}».`);
    await ui.getByRole("button", { name: "Tạo trang chấm điểm" }).click();
    await waitForText(ui, "Bước 2. Nhập điểm");
    const current = await waitForText(ui, /^Trang chấm điểm: /);
    const master = ((await current.textContent()) ?? "").replace(/^Trang chấm điểm: /, "");
    expect((await pane.excel("sheets")).map((sheet) => sheet.name)).toContain(master);

    // Step 7: the seven units with the seeds' descriptions of their parts.
    await ui.getByRole("button", { name: "7. Phân công" }).click();
    await waitForText(ui, "Bước 7. Phân công, gửi và gộp điểm");
    const units = ui.getByRole("list", { name: "Các đơn vị được phân công" });
    await units.waitFor({ timeout: STEP_TIMEOUT });
    const unitNames = await units.locator("li > span > span:first-child").allTextContents();
    expect([...unitNames].sort()).toEqual([...DEPARTMENTS].sort());
    await waitForText(units, /Lĩnh vực 2 Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh/);
    await waitForText(ui, /mục chưa phân công cho đơn vị nào: .*7\.5/);
    // exceljs is not downloaded until a unit's file is made.
    expect(requested.filter((url) => /exceljs\.[0-9a-f]+\.js$/.test(url))).toEqual([]);
    await pane.screenshot("01-step-units");

    // A week from today on this machine's clock, as the pane counts the days left.
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    const deadline = `${inAWeek.getFullYear()}-${String(inAWeek.getMonth() + 1).padStart(2, "0")}-${String(inAWeek.getDate()).padStart(2, "0")}`;
    await ui.getByLabel("Hạn gửi kết quả").fill(deadline);
    await typeInto(ui.getByRole("textbox", { name: "Thời gian thực hiện" }), "Tháng 12/2021 - Tháng 01/2022");
    await ui.getByRole("button", { name: "Tạo trang phân công" }).click();
    const created = await waitForText(ui, /^Đã tạo trang «Phân công chấm điểm.*»\.$/);
    const assignmentSheet = /«(.+)»/.exec((await created.textContent()) ?? "")![1]!;
    expect((await pane.excel("sheets")).map((sheet) => sheet.name)).toContain(assignmentSheet);
    await pane.screenshot("02-assignment-sheet");

    // «Tạo tệp cho từng đơn vị»: one .zip downloaded, seven workbooks inside.
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: FILES_TIMEOUT }),
      ui.getByRole("button", { name: "Tạo tệp cho từng đơn vị" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(ZIP_NAME);
    const zipPath = path.join(workDir, ZIP_NAME);
    await download.saveAs(zipPath);
    await waitForText(ui, /^Đã tạo 7 tệp lúc /);
    await waitForText(ui, new RegExp(`^Đã tải «${ZIP_NAME}» \\(`));
    expect(await ui.getByRole("list", { name: "Tệp của từng đơn vị" }).getByRole("listitem").count()).toBe(7);
    await ui.getByRole("list", { name: "Tệp của từng đơn vị" }).scrollIntoViewIfNeeded();
    await pane.screenshot("03-units-files");

    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(DEPARTMENTS.map((unit) => `${unit} - Chấm điểm CCHC 2021.xlsx`).sort());
    const fileOf = new Map<string, { path: string; items: string[] }>();
    for (const name of names) {
      const file = path.join(workDir, name);
      writeFileSync(file, await zip.file(name)!.async("nodebuffer"));
      const read = await readReturnedWorkbook(file);
      if (!read.ok) throw new Error(`${name} is not a unit's file: ${JSON.stringify(read.issue)}`);
      const split = read.returned.record.split!;
      expect(name).toBe(`${split.unit} - Chấm điểm CCHC 2021.xlsx`);
      // Its own items are open for entry, another unit's item is locked.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = checkScoreWorkbook(workbook).sheets[0]!;
      const worksheet = workbook.getWorksheet(sheet.sheetName)!;
      const selfCell = (code: string) => worksheet.getCell(sheet.check.rowOf[code]! + 1, SCORE_COLUMNS.self + 1);
      expect(split.items.length).toBeGreaterThan(0);
      for (const code of split.items) expect([code, selfCell(code).protection?.locked]).toEqual([code, false]);
      const foreign = sheet.template.areas.flatMap((area) => area.children ?? []).find((criterion) => !criterion.children && !split.items.includes(criterion.code))!;
      expect(selfCell(foreign.code).protection?.locked).not.toBe(false);
      fileOf.set(split.unit, { path: file, items: split.items });
    }

    // Three departments fill their files: Sở Tư pháp all its items (two with evidence) and one of
    // Văn phòng UBND's items; Sở Tài chính and Sở Kế hoạch và Đầu tư disagree on the item they share.
    const tuPhap = fileOf.get(TU_PHAP)!;
    const taiChinh = fileOf.get(TAI_CHINH)!;
    const khdt = fileOf.get(KHDT)!;
    const outsideCode = fileOf.get(VP_UBND)!.items[0]!;
    expect(taiChinh.items).toContain(SHARED);
    expect(khdt.items).toContain(SHARED);
    const khdtOwn = khdt.items.find((code) => code !== SHARED)!;
    const returned = [path.join(workDir, "tra-tu-phap.xlsx"), path.join(workDir, "tra-tai-chinh.xlsx"), path.join(workDir, "tra-khdt.xlsx")];
    await fillUnitFile(
      tuPhap.path,
      {
        ...Object.fromEntries(tuPhap.items.map((code, i) => [code, { self: 0.25, ...(i < 2 ? { evidence: `Báo cáo số ${i + 1}/BC-STP, trang 2` } : {}) }])),
        [outsideCode]: { self: 0.25 },
      },
      returned[0]!,
    );
    await fillUnitFile(taiChinh.path, Object.fromEntries(taiChinh.items.map((code) => [code, { self: code === SHARED ? 0 : 0.25 }])), returned[1]!);
    await fillUnitFile(khdt.path, { [SHARED]: { self: 0.25 }, [khdtOwn]: { self: 0.25 } }, returned[2]!);

    // Picked back through the file input and gathered.
    await ui.getByLabel("Tệp các đơn vị gửi lại (.xlsx)").setInputFiles(returned);
    await waitForText(ui, "Đã chọn 3 tệp.");
    const before = await pane.excel("counts");
    await ui.getByRole("button", { name: "Gộp điểm từ các đơn vị" }).click();
    const expectedChanged = tuPhap.items.length + 2 + (taiChinh.items.length - 1) + 1;
    await waitForText(ui, `Đã chép ${expectedChanged} ô vào trang chấm điểm.`, FILES_TIMEOUT);
    const after = await pane.excel("counts");
    expect(after.runs - before.runs).toBe(1);

    // The master holds the gathered cells; the conflicting item and the outside score are not copied.
    const selfColumn = columnLetter(SCORE_COLUMNS.self);
    const evidenceColumn = columnLetter(SCORE_COLUMNS.evidence);
    const masterRow = async (code: string) => (await pane.excel("findRows", master, "A", code))[0]!;
    expect((await pane.excel("getCell", master, `${selfColumn}${await masterRow(tuPhap.items[0]!)}`)).value).toBe(0.25);
    expect((await pane.excel("getCell", master, `${evidenceColumn}${await masterRow(tuPhap.items[1]!)}`)).value).toBe("Báo cáo số 2/BC-STP, trang 2");
    expect((await pane.excel("getCell", master, `${selfColumn}${await masterRow(khdtOwn)}`)).value).toBe(0.25);
    expect((await pane.excel("getCell", master, `${selfColumn}${await masterRow(SHARED)}`)).value).toBe("");
    expect((await pane.excel("getCell", master, `${selfColumn}${await masterRow(outsideCode)}`)).value).toBe("");

    const rows = await progressRows(ui);
    const rowOf = (unit: string) => rows.find((row) => row[0] === unit)!;
    expect(await ui.getByRole("table", { name: "Tiến độ theo đơn vị" }).getByText(/\(còn 7 ngày\)$/).count()).toBe(DEPARTMENTS.length);
    expect(rows.map((row) => row[0]).sort()).toEqual([...DEPARTMENTS].sort());
    expect(rowOf(TU_PHAP).slice(1)).toEqual([tuPhap.items.length, tuPhap.items.length, 2, 0].map(String));
    expect(rowOf(TAI_CHINH).slice(1)).toEqual([taiChinh.items.length, taiChinh.items.length - 1, 0, 1].map(String));
    expect(rowOf(KHDT).slice(1)).toEqual([khdt.items.length, 1, 0, khdt.items.length - 1].map(String));
    writeFileSync(path.join(SCREENSHOT_DIR, "progress.json"), `${JSON.stringify(rows, null, 2)}\n`);

    const conflicts = ui.getByRole("list", { name: "Mục có điểm khác nhau" });
    await waitForText(conflicts, new RegExp(`^${SHARED.replace(".", "\\.")} \\(điểm tự chấm\\): 0 \\(«tra-tai-chinh\\.xlsx»\\) ≠ 0,25 \\(«tra-khdt\\.xlsx»\\); trang chấm điểm: \\(trống\\)$`));
    const outside = ui.getByRole("list", { name: "Mục ngoài phần phân công" });
    await waitForText(outside, `${outsideCode} trong «tra-tu-phap.xlsx»: mục của ${VP_UBND}`);
    await conflicts.getByRole("button").first().click();
    await page.waitForFunction((sheet) => window.__fakeExcel.activeSheet() === sheet, master, { timeout: STEP_TIMEOUT });
    expect(await pane.excel("selection")).toMatchObject({ sheet: master, address: `${selfColumn}${await masterRow(SHARED)}` });
    await ui.getByRole("table", { name: "Tiến độ theo đơn vị" }).scrollIntoViewIfNeeded();
    await pane.screenshot("04-gathered-progress");
    await conflicts.scrollIntoViewIfNeeded();
    await pane.screenshot("05-gathered-conflict-outside");

    // The same files gathered again: nothing new.
    await ui.getByRole("button", { name: "Gộp điểm từ các đơn vị" }).click();
    await waitForText(ui, "Đã chép 0 ô: không có gì mới.", FILES_TIMEOUT);
    await pane.screenshot("06-gathered-again");

    // The filter: only Sở Tư pháp's items.
    await ui.getByRole("combobox", { name: "Đơn vị" }).selectOption(TU_PHAP);
    await ui.getByRole("button", { name: "Chỉ hiện mục của đơn vị" }).click();
    await waitForText(ui, new RegExp(`^Đang hiện \\d+ mục của ${TU_PHAP}, ẩn \\d+ dòng\\.$`));
    const who = await waitForText(ui, /Chỉ bạn thấy bộ lọc này|người cùng soạn thảo sổ này/);
    await who.scrollIntoViewIfNeeded();
    await pane.screenshot("07-filtered");
    await ui.getByRole("button", { name: "Hiện tất cả" }).click();
    await waitForText(ui, /^Đang hiện tất cả \d+ mục\.$/);
    await pane.screenshot("08-unfiltered");

    expect(pane.errors).toEqual([]);
    expect(pane.foreignRequests).toEqual([]);
  });
});
