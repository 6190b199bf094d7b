// End to end, the plan document: seed 001 scored, its plan built and a remedy typed in the plan
// sheet, then «Tải văn bản kế hoạch (.docx)». On Excel on the web the production pane downloads
// the file (caught by Playwright, unzipped, its document.xml read); the docx chunk is fetched only
// then. On Mac the fake Office reports Mac, the pane asks Office to open the add-in's download page
// in the browser, and that page, opened in Chromium with the URL the pane gave, downloads the very
// bytes the fragment carries. Registered by taskpane.test.ts, so the suite builds the pane once.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import fixture from "../../fixtures/seed001/appraised-scores.json";
import { documentXmlOf, paragraphTexts } from "../../helpers/docxText";
import type { PanePage, OpenPaneOptions } from "./browserPage";
import { paneOf, typeInto } from "./paneSteps";

const UNIT = "Văn phòng UBND tỉnh Sơn La";
const SCORE_SHEET = "VPUB Sơn La 2021";
const PLAN_SHEET = "Kế hoạch khắc phục 2021";
const FILE = `Kế hoạch khắc phục 2021 - ${UNIT}.docx`;
const REMEDY = "Triển khai thực hiện tốt Chỉ thị số 26/CT-TTg; kiểm tra, giám sát việc thực hiện nhiệm vụ của cán bộ, công chức, viên chức";
const STEP_TIMEOUT = 20_000;
/** What document.xml must hold: seed 001's title, total and the numbered part of lĩnh vực 5. */
const SEED_TEXT = ["KẾ HOẠCH", "94,52", "1.2.4. Cải cách công vụ", "tổng điểm trừ là 2,28 điểm"];

export interface PlanDocumentFlowContext {
  open(office?: OpenPaneOptions["office"]): Promise<PanePage>;
  screenshotDir: string;
  /** The local server the built pane is served from. */
  origin(): string;
}

async function waitForText(scope: Locator, text: string | RegExp): Promise<Locator> {
  const found = scope.getByText(text).first();
  await found.waitFor({ state: "visible", timeout: STEP_TIMEOUT });
  return found;
}

async function rowOf(pane: PanePage, sheet: string, column: string, code: string): Promise<number> {
  const rows = await pane.excel("findRows", sheet, column, code);
  if (rows.length !== 1) throw new Error(`expected one row with ${code} in column ${column} of ${sheet}, found ${JSON.stringify(rows)}`);
  return rows[0]!;
}

/** Seed 001 from the bundled template to a built plan with lĩnh vực 5's remedy typed, on the plan step. */
async function seed001WithPlan(pane: PanePage): Promise<void> {
  const ui = paneOf(pane.page);
  await waitForText(ui, "Bước 1. Chọn bộ tiêu chí");
  await typeInto(ui.getByRole("textbox", { name: "Tên đơn vị" }), UNIT);
  await typeInto(ui.getByRole("textbox", { name: "Năm đánh giá" }), "2021");
  await ui.getByRole("radio", { name: /Văn phòng UBND tỉnh Sơn La năm 2021/ }).click();
  await ui.getByRole("button", { name: "Tạo trang chấm điểm" }).click();
  await waitForText(ui, "Bước 2. Nhập điểm");
  for (const [code, score] of Object.entries(fixture.scores)) {
    await pane.excel("setCell", SCORE_SHEET, `G${await rowOf(pane, SCORE_SHEET, "A", code)}`, score);
  }
  await ui.getByRole("button", { name: "5. Kế hoạch" }).click();
  await waitForText(ui, "Bước 5. Kế hoạch khắc phục");
  await ui.getByRole("button", { name: "Lập kế hoạch khắc phục" }).click();
  await waitForText(ui, "Đã thêm trang «Thông tin văn bản 2021»: nhập số, ngày, người ký, nơi nhận… của văn bản ở đó.");
  const remedyCell = `H${await rowOf(pane, PLAN_SHEET, "B", "5")}`;
  await pane.excel("setCell", PLAN_SHEET, remedyCell, REMEDY);
  await pane.excel("select", PLAN_SHEET, remedyCell);
}

/** Scripts the page has fetched so far, by file name. */
async function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname.split("/").pop() ?? "")
      .filter((name) => name.endsWith(".js")),
  );
}

async function expectSeedDocument(bytes: Buffer): Promise<string> {
  const xml = await documentXmlOf(bytes);
  const text = paragraphTexts(xml).join("\n");
  for (const expected of [...SEED_TEXT, REMEDY]) expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
  return xml;
}

export function describePlanDocument(context: PlanDocumentFlowContext): void {
  describe("the plan document (.docx) from the pane", () => {
    it("downloads seed 001's document on Excel on the web, the docx chunk fetched only then", async () => {
      const pane = await context.open();
      const ui = paneOf(pane.page);
      await seed001WithPlan(pane);
      const button = ui.getByRole("button", { name: "Tải văn bản kế hoạch (.docx)" });
      await button.scrollIntoViewIfNeeded();
      await pane.screenshot("12-plan-step-before-document");
      expect((await loadedScripts(pane.page)).filter((name) => name.startsWith("docx."))).toEqual([]);

      const [download] = await Promise.all([pane.page.waitForEvent("download", { timeout: STEP_TIMEOUT }), button.click()]);
      expect(download.suggestedFilename()).toBe(FILE);
      const saved = path.join(context.screenshotDir, "ke-hoach-seed-001.docx");
      await download.saveAs(saved);
      await expectSeedDocument(readFileSync(saved));

      await waitForText(ui, /^Đã tải «Kế hoạch khắc phục 2021 - Văn phòng UBND tỉnh Sơn La\.docx» \(\d+(,\d)? KB\) về máy/);
      await waitForText(ui, `Nhiệm vụ, giải pháp lấy từ trang «${PLAN_SHEET}»; số, ngày, người ký… từ trang «Thông tin văn bản 2021».`);
      expect((await loadedScripts(pane.page)).filter((name) => name.startsWith("docx."))).toHaveLength(1);
      // The lĩnh vực still without a remedy lead to their cells; lĩnh vực 5 is not among them.
      const gaps = ui.getByRole("list", { name: "Chỗ cần điền trong văn bản" }).getByRole("button");
      const gapTexts = await gaps.allTextContents();
      expect(gapTexts.some((text) => text.includes("Lĩnh vực 1 "))).toBe(true);
      expect(gapTexts.some((text) => text.includes("Lĩnh vực 5 "))).toBe(false);
      await gaps.first().click();
      await pane.page.waitForFunction((sheet) => window.__fakeExcel.selection().sheet === sheet, PLAN_SHEET, { timeout: STEP_TIMEOUT });
      await ui.getByRole("button", { name: "Tải văn bản kế hoạch (.docx)" }).scrollIntoViewIfNeeded();
      await pane.screenshot("13-plan-step-document-downloaded");
    });

    it("on Mac opens the add-in's download page in the browser, which downloads the same bytes", async () => {
      const pane = await context.open({ platform: "Mac" });
      const ui = paneOf(pane.page);
      await seed001WithPlan(pane);
      const downloadsInPane: string[] = [];
      pane.page.on("download", (download) => downloadsInPane.push(download.suggestedFilename()));
      await ui.getByRole("button", { name: "Tải văn bản kế hoạch (.docx)" }).click();
      const said = await waitForText(ui, /^Đã mở trình duyệt để tải «Kế hoạch khắc phục 2021 - Văn phòng UBND tỉnh Sơn La\.docx»/);
      await said.scrollIntoViewIfNeeded();
      await pane.screenshot("14-plan-step-mac-opened-browser");
      expect(downloadsInPane).toEqual([]);

      const opened = await pane.excel("openedBrowserWindows");
      expect(opened).toHaveLength(1);
      const url = opened[0]!;
      expect(url.startsWith(`${context.origin()}/download.html#n=`)).toBe(true);
      const carried = Buffer.from(new URLSearchParams(new URL(url).hash.slice(1)).get("d")!, "base64url");
      await expectSeedDocument(carried);
      writeFileSync(path.join(context.screenshotDir, "download-url-length.txt"), `${url.length} characters for a ${carried.length}-byte document\n`);

      // The default browser: a plain page of the same build, no Office in it.
      const browser = await pane.page.context().newPage();
      const errors: string[] = [];
      browser.on("pageerror", (error) => errors.push(error.message));
      try {
        const [download] = await Promise.all([browser.waitForEvent("download", { timeout: STEP_TIMEOUT }), browser.goto(url)]);
        expect(download.suggestedFilename()).toBe(FILE);
        const saved = path.join(context.screenshotDir, "ke-hoach-seed-001-mac.docx");
        await download.saveAs(saved);
          expect(Buffer.compare(readFileSync(saved), carried)).toBe(0);
        await browser.getByRole("link", { name: "Tải văn bản" }).waitFor({ timeout: STEP_TIMEOUT });
        // The document is taken out of the address bar (and so out of the history).
        expect(new URL(browser.url()).hash).toBe("");
        await browser.setViewportSize({ width: 900, height: 500 });
        await browser.screenshot({ path: path.join(context.screenshotDir, "15-download-page.png") });

        // A damaged link (a fresh load: a new fragment alone would not run the page again).
        await browser.goto("about:blank");
        await browser.goto(`${context.origin()}/download.html#n=x.docx&d=@@`);
        await browser.getByText(/^Trang này không nhận được tệp nào/).waitFor({ timeout: STEP_TIMEOUT });
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  });
}
