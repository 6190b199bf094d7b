// The pane's consolidation in headless Chromium: the production task pane against the in-page fake
// Excel, 40 generated units' workbooks (then 200) picked through its file input, read in the browser
// one at a time and ranked into the ranking sheets — the time to read them all and to the ranking written,
// the page's peak JS heap (sampled through the DevTools protocol) and its renderer process's peak
// resident memory; then one large workbook (5 and 20 MB, the pane's limit per file) read the same
// way, to show what one file costs. Each run in a fresh browser, so each peak is its own.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { createScoreWorkbook, saveWorkbook } from "../../src/node";
import { FILE_LIMITS } from "../../src/taskpane/files/pickedFile";
import { bundleFakeOffice, buildTaskPane, officeJsUrl } from "../tools/e2e/buildPage";
import { launchChromium, openPane } from "../tools/e2e/browserPage";
import { serveFolder } from "../tools/e2e/staticServer";
import { seed001Template } from "../helpers/seed001";
import { seededRandom } from "../helpers/generateTemplate";
import { typeScoresInto } from "../helpers/xlsxScores";
import { unitScores, writeUnitWorkbooks } from "../helpers/unitWorkbooks";

interface PaneRun {
  files: number;
  bytes: number;
  readMs: number;
  totalMs: number;
  peakHeapMb: number;
  rendererPeakMb: number;
}

const TIMEOUT = 600_000;

export async function benchPaneConsolidation(dir: string, print: (line?: string) => void): Promise<void> {
  const buildDir = path.join(dir, "pane-build");
  const [fakeOfficeJs] = await Promise.all([bundleFakeOffice(), buildTaskPane(buildDir)]);
  const server = await serveFolder(buildDir);
  try {
    const page = { origin: server.origin, officeJsUrl: officeJsUrl(buildDir), fakeOfficeJs, screenshotDir: path.join(dir, "pane-shots") };
    const many: PaneRun[] = [];
    for (const count of [40, 200]) {
      const units = path.join(dir, `pane-${count}`);
      mkdirSync(units, { recursive: true });
      many.push(await consolidate(page, await writeUnitWorkbooks(units, count, { seed: count })));
    }
    const large: { mb: number; run: PaneRun }[] = [];
    for (const mb of [5, FILE_LIMITS.bytes / (1024 * 1024)]) {
      const file = path.join(dir, `don-vi-${mb}mb.xlsx`);
      await writeLargeUnitWorkbook(file, mb * 1024 * 1024 - 64 * 1024);
      large.push({ mb, run: await consolidate(page, [file]) });
    }
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const size = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
    print("The pane's «Tổng hợp nhiều đơn vị» in headless Chromium (production build, in-page fake Excel; a fresh browser per run)");
    for (const run of many) {
      print(
        `  ${String(run.files).padStart(3)} workbooks (${size(run.bytes).padEnd(7)})      read ${seconds(run.readMs)} (${(run.readMs / run.files).toFixed(0)} ms each), ranking written ${seconds(run.totalMs)}; ` +
          `JS heap ≤ ${run.peakHeapMb.toFixed(0)} MB between tasks, renderer peak RSS ${run.rendererPeakMb.toFixed(0)} MB`,
      );
    }
    for (const { mb, run } of large) {
      print(`  one workbook of ${size(run.bytes).padEnd(8)}         read ${seconds(run.readMs)}, ranking written ${seconds(run.totalMs)}; JS heap ≤ ${run.peakHeapMb.toFixed(0)} MB between tasks, renderer peak RSS ${run.rendererPeakMb.toFixed(0)} MB${mb * 1024 * 1024 === FILE_LIMITS.bytes ? " (the per-file limit)" : ""}`);
    }
  } finally {
    await server.close();
  }
}

/** One consolidation in a browser of its own: pick the files, rank, measure. */
async function consolidate(page: { origin: string; officeJsUrl: string; fakeOfficeJs: string; screenshotDir: string }, files: readonly string[]): Promise<PaneRun> {
  const chromium = await launchChromium();
  try {
    const pane = await openPane({ context: chromium.context, ...page });
    const ui = pane.page.locator("#root");
    const cdp = await chromium.context.newCDPSession(pane.page);
    await cdp.send("Performance.enable");
    let peakHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
        peakHeap = Math.max(peakHeap, metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await ui.getByText("Bước 1. Chọn bộ tiêu chí").waitFor({ timeout: TIMEOUT });
    await ui.getByRole("button", { name: "6. Tổng hợp đơn vị" }).click();
    await ui.getByRole("button", { name: "Chọn tệp của các đơn vị…" }).waitFor({ timeout: TIMEOUT });
    await ui.getByLabel("Tệp chấm điểm của các đơn vị (.xlsx)").setInputFiles([...files]);
    await ui.getByText(`Đã chọn ${files.length} tệp.`).waitFor({ timeout: TIMEOUT });
    const started = performance.now();
    await ui.getByRole("button", { name: "Tổng hợp và xếp hạng" }).click();
    await pane.page.waitForFunction((count) => [...document.querySelectorAll("#root li")].filter((item) => /đã đọc/.test(item.textContent ?? "")).length === count, files.length, {
      timeout: TIMEOUT,
      polling: 50,
    });
    const readMs = performance.now() - started;
    await ui.getByText(/^Đã tạo trang «Xếp hạng/).first().waitFor({ timeout: TIMEOUT });
    const totalMs = performance.now() - started;
    sampling = false;
    await sampler;
    const rendererPeakMb = rendererPeakRss(chromium.userDataDir) / 1024;
    await pane.page.close();
    return { files: files.length, bytes: files.reduce((sum, file) => sum + readFileSync(file).length, 0), readMs, totalMs, peakHeapMb: peakHeap / (1024 * 1024), rendererPeakMb };
  } finally {
    await chromium.close();
  }
}

/** The largest peak resident memory (VmHWM, KB) among this browser's renderer processes. */
function rendererPeakRss(userDataDir: string): number {
  let peak = 0;
  for (const pid of readProcPids()) {
    let cmdline: string;
    let status: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      status = readFileSync(`/proc/${pid}/status`, "utf8");
    } catch {
      continue;
    }
    if (!cmdline.includes("--type=renderer") || !cmdline.includes(`--user-data-dir=${userDataDir}`)) continue;
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb);
  }
  return peak;
}

function readProcPids(): string[] {
  return readdirSync("/proc").filter((name) => /^\d+$/.test(name));
}

/** A unit's scoring workbook (seed 001's template, scored) padded with a sheet of incompressible text up to about `bytes`. */
async function writeLargeUnitWorkbook(file: string, bytes: number): Promise<void> {
  const workbook: ExcelJS.Workbook = createScoreWorkbook(seed001Template(), { unit: "Sở Tài nguyên và Môi trường", year: 2021 });
  typeScoresInto(workbook, unitScores(seed001Template(), seededRandom(5)));
  const filler = workbook.addWorksheet("Tài liệu kèm theo");
  const random = seededRandom(bytes);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  // Random letters compress to about three quarters of their length in the zip.
  const cells = Math.ceil((bytes / 0.76) / 1000);
  for (let i = 0; i < cells; i += 1) {
    let text = "";
    for (let k = 0; k < 1000; k += 1) text += alphabet[Math.floor(random() * alphabet.length)];
    filler.getCell(Math.floor(i / 10) + 1, (i % 10) + 1).value = text;
  }
  await saveWorkbook(workbook, file);
}
