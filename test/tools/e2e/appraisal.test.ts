// End to end, the appraisal rounds in the pane: seed 001's scoring sheet made through the pane,
// the office's self scores typed, then step 8 — submitted with a deadline, withdrawn with its
// reason and submitted again, appraised to seed 001's scores (first refused for a missing note,
// the refusal's link landing on its cell), explained, round 2 giving 4.1 its points back, locked —
// with the history sheet and the very hidden picture in the workbook and the result the rule's;
// then the appraisal notice downloaded from the pane and read back.
// Screenshots: test-output/e2e-appraisal.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator } from "playwright-core";
import { getBundledTemplate, indexTemplate, methodOf } from "../../../src/domain";
import fixture from "../../fixtures/seed001/appraised-scores.json";
import { docxParagraphs } from "../../helpers/docxText";
import { REPO_ROOT } from "./buildPage";
import type { PanePage } from "./browserPage";
import { openPaneSession, type PaneSession } from "./paneSession";
import { paneOf, textWaiter, typeInto } from "./paneSteps";

const OUTPUT_DIR = path.join(REPO_ROOT, "test-output");
const SCREENSHOT_DIR = path.join(OUTPUT_DIR, "e2e-appraisal");
const BUILD_DIR = path.join(OUTPUT_DIR, "e2e-build-appraisal");
const STEP_TIMEOUT = 20_000;
const SCORE_SHEET = "VPUB Sơn La 2021";
const NOTICE_FILE = "Thông báo kết quả thẩm định 2021 - Văn phòng UBND tỉnh Sơn La.docx";
const template = getBundledTemplate("son-la-vpub-2021");
const index = indexTemplate(template);
const selfScored = index.items.filter((item) => item.leaf && methodOf(index, item) === "tu_danh_gia");
const max41 = index.byCode.get("4.1")!.max / 100;

let session: PaneSession | undefined;
let pane: PanePage;

beforeAll(async () => {
  session = await openPaneSession({ buildDir: BUILD_DIR, screenshotDir: SCREENSHOT_DIR });
  pane = session.pane;
}, 300_000);

afterAll(async () => {
  await session?.close();
});

const waitForText = textWaiter(() => pane, SCREENSHOT_DIR, STEP_TIMEOUT);

async function rowOf(code: string): Promise<number> {
  const rows = await pane.excel("findRows", SCORE_SHEET, "A", code);
  if (rows.length !== 1) throw new Error(`expected one row for ${code}, found ${JSON.stringify(rows)}`);
  return rows[0]!;
}

/** Waits until `check` holds (the pane's cell jump is one more workbook action). */
async function until(check: () => Promise<boolean>, timeout = STEP_TIMEOUT): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function move(ui: Locator, button: string | RegExp, arrived: string): Promise<void> {
  await ui.getByRole("button", { name: button }).click();
  await waitForText(ui, arrived);
}

describe("the appraisal rounds in the pane", () => {
  it("takes the office's workbook from self-assessment to a locked result, with a withdrawal on the way", async () => {
    const { page } = pane;
    const ui = paneOf(page);
    await waitForText(ui, "Bước 1. Chọn bộ tiêu chí");
    await typeInto(ui.getByRole("textbox", { name: "Tên đơn vị" }), "Văn phòng UBND tỉnh Sơn La");
    await typeInto(ui.getByRole("textbox", { name: "Năm đánh giá" }), "2021");
    await ui.getByRole("radio", { name: /Văn phòng UBND tỉnh Sơn La năm 2021/ }).click();
    await ui.getByRole("button", { name: "Tạo trang chấm điểm" }).click();
    await waitForText(ui, "Bước 2. Nhập điểm");
    for (const item of selfScored) await pane.excel("setCell", SCORE_SHEET, `F${await rowOf(item.code)}`, item.max / 100);

    // Step 8: the unit holds its workbook and may submit.
    await ui.getByRole("button", { name: "8. Thẩm định" }).click();
    await waitForText(ui, "Giai đoạn: Đơn vị tự chấm");
    await waitForText(ui, "Đã sẵn sàng.");
    await pane.screenshot("01-self");

    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    const deadline = `${inAWeek.getFullYear()}-${String(inAWeek.getMonth() + 1).padStart(2, "0")}-${String(inAWeek.getDate()).padStart(2, "0")}`;
    await typeInto(ui.getByRole("textbox", { name: "Người thực hiện" }), "Lê Văn C");
    await ui.getByLabel("Hạn cho bên nhận").fill(deadline);
    await move(ui, "Chuyển sang «Đã nộp»", "Giai đoạn: Đã nộp");
    await waitForText(ui, /^Hạn: .* \(còn 7 ngày\)$/);
    const sheets = await pane.excel("sheets");
    expect(sheets).toEqual(expect.arrayContaining([{ name: "Lịch sử chấm điểm", visibility: "Visible" }, { name: "PARINDEX_ROUNDS", visibility: "VeryHidden" }]));
    expect(String((await pane.excel("getCell", "Lịch sử chấm điểm", "D5")).formula)).toBe("Đã nộp");
    await pane.screenshot("02-submitted");

    // Withdrawn to correct: a reason is required.
    await ui.getByRole("button", { name: "Mở lại về «Đơn vị tự chấm»" }).click();
    await waitForText(ui, "Ghi lý do mở lại vào ô «Ghi chú hoặc lý do».");
    await typeInto(ui.getByRole("textbox", { name: "Ghi chú hoặc lý do" }), "Rút lại để bổ sung tài liệu kiểm chứng");
    await move(ui, "Mở lại về «Đơn vị tự chấm»", "Giai đoạn: Đơn vị tự chấm");
    await pane.excel("setCell", SCORE_SHEET, `O${await rowOf("1.1")}`, "Kế hoạch số 12/KH-VP");
    await ui.getByLabel("Hạn cho bên nhận").fill(deadline);
    await move(ui, "Chuyển sang «Đã nộp»", "Giai đoạn: Đã nộp");

    // The council appraises to seed 001's scores but forgets the note on 4.1.
    for (const [code, score] of Object.entries(fixture.scores)) {
      await pane.excel("setCell", SCORE_SHEET, `G${await rowOf(code)}`, score);
      const item = selfScored.find((leaf) => leaf.code === code);
      if (item && score * 100 < item.max && code !== "4.1") await pane.excel("setCell", SCORE_SHEET, `Q${await rowOf(code)}`, `Trừ điểm: chưa đủ tài liệu kiểm chứng mục ${code}`);
    }
    await ui.getByRole("button", { name: "Đọc lại", exact: true }).click();
    const blocking = await waitForText(ui, /Mục 4\.1: điểm thẩm định 3,61 thấp hơn điểm tự đánh giá/);
    await pane.screenshot("03-appraisal-blocked");
    await blocking.click();
    const q41 = `Q${await rowOf("4.1")}`;
    await until(async () => (await pane.excel("selection")).address === q41);
    expect(await pane.excel("selection")).toEqual({ sheet: SCORE_SHEET, address: q41 });
    await pane.excel("setCell", SCORE_SHEET, `Q${await rowOf("4.1")}`, "Chưa công bố đủ thủ tục hành chính");
    await ui.getByLabel("Hạn cho bên nhận").fill(deadline);
    await move(ui, "Chuyển sang «Đã thẩm định lần 1»", "Giai đoạn: Đã thẩm định lần 1");
    await waitForText(ui, /^4\.1: tự đánh giá 4, thẩm định 3,61$/);
    await pane.screenshot("04-appraised");

    // The office explains 4.1; the council gives it back in round 2 and locks the result.
    await pane.excel("setCell", SCORE_SHEET, `R${await rowOf("4.1")}`, "Đã công bố đủ theo Quyết định số 15/QĐ-UBND");
    await move(ui, "Chuyển sang «Đã giải trình»", "Giai đoạn: Đã giải trình");
    await pane.excel("setCell", SCORE_SHEET, `S${await rowOf("4.1")}`, max41);
    await ui.getByRole("button", { name: "Đọc lại", exact: true }).click();
    await waitForText(ui, /Mục 4\.1: điểm thẩm định lần 2 4 khác lần 1 3,61/);
    await pane.excel("setCell", SCORE_SHEET, `T${await rowOf("4.1")}`, "Chấp nhận giải trình");
    await move(ui, "Chuyển sang «Đã chốt»", "Giai đoạn: Đã chốt");
    const [, selfTotal] = fixture.expectedTotal as [number, number, number];
    const result = String(Math.round((selfTotal + max41 - 3.61) * 100) / 100).replace(".", ",");
    await waitForText(ui, `Tự đánh giá 90 · sau thẩm định lần 1 94,52 · kết quả ${result} điểm`);
    await waitForText(ui, "Kết quả đã chốt: không ai sửa được nữa.");
    await waitForText(ui, /Đã giải trình → Đã chốt/);
    await waitForText(ui, "Giải trình: Đã công bố đủ theo Quyết định số 15/QĐ-UBND");
    expect(await ui.getByRole("button", { name: /^Chuyển sang/ }).count()).toBe(0);
    await ui.getByRole("heading", { name: "Lịch sử chấm điểm" }).scrollIntoViewIfNeeded();
    await pane.screenshot("05-final");
    expect(String((await pane.excel("getCell", "Lịch sử chấm điểm", "D10")).formula)).toBe("Đã chốt");

    // The notice to the unit, downloaded from the pane: the renderer the plan document uses.
    const notice = ui.getByRole("button", { name: "Tải thông báo kết quả thẩm định (.docx)" });
    await notice.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([pane.page.waitForEvent("download", { timeout: STEP_TIMEOUT }), notice.click()]);
    expect(download.suggestedFilename()).toBe(NOTICE_FILE);
    const saved = path.join(SCREENSHOT_DIR, "thong-bao-ket-qua-tham-dinh.docx");
    await download.saveAs(saved);
    const text = (await docxParagraphs(readFileSync(saved))).join("\n");
    for (const expected of ["THÔNG BÁO KẾT QUẢ THẨM ĐỊNH", "- Điểm sau thẩm định lần 1: 94,52 điểm.", `- Điểm sau thẩm định lần 2: ${result} điểm.`, "Chấp nhận giải trình"]) {
      expect(text).toContain(expected);
    }
    const told = await waitForText(ui, new RegExp(`^Đã tải «${NOTICE_FILE.replace(/[.()]/g, "\\$&")}» \\(\\d+(,\\d)? KB\\) về máy`));
    await told.scrollIntoViewIfNeeded();
    await pane.screenshot("06-notice-downloaded");
  }, 240_000);
});
