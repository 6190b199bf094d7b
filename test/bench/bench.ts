// `npm run bench`: how long the core and the CLI take on large generated templates and on many
// workbooks, with the peak memory (RSS) of each step — each measured step runs in a process of its
// own (this script with --step), so its peak is its own — beside LibreOffice recalculating the same
// files; and a workbook with one stray value at XFD1048576 against the same without it. Numbers
// are printed, never asserted.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildPlanSheet, checkScoreSheet, computeTotals, importTemplateFromGrid, layoutScoreSheet, layoutTemplateTable, parseTemplate, readScoreSheet, validateScores } from "../../src/domain";
import type { Template } from "../../src/domain";
import { run } from "../../src/cli/main";
import { memoryOutput } from "../../src/cli/output";
import { createScoreWorkbook, saveWorkbook } from "../../src/node";
import { generateTemplate, randomScores, seededRandom } from "../helpers/generateTemplate";
import { findSoffice, recalculateWithLibreOffice } from "../helpers/libreOffice";
import { CLI } from "../helpers/runCli";
import { typeScores } from "../helpers/scoreGrid";
import { seed001Template } from "../helpers/seed001";
import { typeScoresInto } from "../helpers/xlsxScores";
import { benchPaneConsolidation } from "./paneRankBench";
import { benchRank } from "./rankBench";

const print = (line = "") => void process.stdout.write(`${line}\n`);
const mb = (kilobytes: number) => `${(kilobytes / 1024).toFixed(0)} MB`;

/** Peak resident memory of this process so far, in KB. */
function peakRss(): number {
  return process.resourceUsage().maxRSS;
}

/** Runs `--step name args…` in a fresh process; returns what it printed and its peak RSS. */
function step(name: string, ...args: string[]): { lines: string[]; ms: number; rss: number } {
  const child = spawnSync(process.execPath, ["--import", "tsx", __filename, "--step", name, ...args], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench step ${name} failed: ${child.stderr}`);
  const lines = child.stdout.split("\n").filter((line) => line !== "");
  const result = JSON.parse(lines.pop()!) as { ms: number; rss: number };
  return { lines, ...result };
}

/** The last line a step prints: its own timing and peak RSS. */
function report(ms: number): void {
  print(JSON.stringify({ ms, rss: peakRss() }));
}
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

/** Median time of `runs` calls (after one warm-up), in milliseconds. */
function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  let result = work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    result = work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, result };
}

async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function coreTimings(label: string, template: Template) {
  const leaves = template.areas.flatMap((a) => a.children ?? []).flatMap((c) => (c.children?.length ? c.children : [c])).length;
  const runs = leaves > 5000 ? 3 : 7;
  const table = layoutTemplateTable(template);
  const imported = time(runs, () => importTemplateFromGrid(table, { sheet: "Bộ tiêu chí" }));
  if (!imported.result.ok) throw new Error(`${label}: generated table does not import`);
  const parsed = time(runs, () => parseTemplate(JSON.parse(JSON.stringify(template))));
  const layout = time(runs, () => layoutScoreSheet(template, { year: 2024 }));
  const scores = randomScores(template, seededRandom(7));
  const { values, formulas } = typeScores(layout.result, scores);
  const read = readScoreSheet(template, values, { formulas });
  const validated = time(runs, () => validateScores(template, read.input));
  const totals = time(runs, () => computeTotals(template, validated.result.scores));
  const check = checkScoreSheet(template, values, { formulas });
  const plan = time(runs, () => buildPlanSheet(template, check, { year: 2024 }));
  const wholeCheck = time(runs, () => checkScoreSheet(template, values, { formulas }));
  print(`${label}: ${leaves.toLocaleString("en")} scored items, ${layout.result.cells.length.toLocaleString("en")} sheet rows`);
  print(`  import the template table (importTemplateFromGrid)   ${ms(imported.ms)}`);
  print(`  validate the template (parseTemplate)                ${ms(parsed.ms)}`);
  print(`  lay out the scoring sheet (layoutScoreSheet)         ${ms(layout.ms)}`);
  print(`  validate the scores (validateScores)                 ${ms(validated.ms)}`);
  print(`  total (computeTotals)                                ${ms(totals.ms)}`);
  print(`  read + validate + total (checkScoreSheet)            ${ms(wholeCheck.ms)}`);
  print(`  build the plan and its sheet (buildPlanSheet)        ${ms(plan.ms)}  (${plan.result.plan.sections.length} sections)`);
}

async function runStep(name: string, args: string[]): Promise<void> {
  const started = performance.now();
  if (name === "baseline") {
    // What every step carries before its work: node, tsx, exceljs, zod and the code loaded.
    void run;
  } else if (name === "core") {
    const template = args[0] === "10000" ? generateTemplate(10, 20, 50, { allowNotApplicable: true, adjustments: true }) : generateTemplate(10, 10, 10, { allowNotApplicable: true, adjustments: true });
    coreTimings(`${args[0] === "10000" ? "10 000" : "1 000"}-item template`, template);
  } else if (name === "check") {
    const out = memoryOutput();
    for (const file of args) await run(["check", file, "--json"], out);
  }
  report(performance.now() - started);
}

async function main() {
  const stepAt = process.argv.indexOf("--step");
  if (stepAt >= 0) {
    await runStep(process.argv[stepAt + 1]!, process.argv.slice(stepAt + 2));
    return;
  }
  print(`par-index bench — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`);
  print("Each step runs in a process of its own; «peak» is that process's peak resident memory (RSS).");
  print();
  // `npm run bench -- pane`: only the pane's consolidation in headless Chromium.
  if (process.argv.includes("pane")) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "par-index-bench-pane-"));
    try {
      await benchPaneConsolidation(dir, print);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  // `npm run bench -- rank`: only the ranking of many workbooks.
  if (process.argv.includes("rank")) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "par-index-bench-rank-"));
    try {
      await benchRank(dir, print);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const baseline = step("baseline");
  print(`baseline (node + tsx + exceljs + zod loaded, no work)     peak ${mb(baseline.rss)}`);
  print();
  for (const size of ["1000", "10000"]) {
    const core = step("core", size);
    for (const line of core.lines) print(line);
    print(`  the whole step                                       ${ms(core.ms)}, peak ${mb(core.rss)}`);
    print();
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "par-index-bench-"));
  try {
    // A hundred realistic workbooks: the seed's template with random scores.
    const files: string[] = [];
    const writeTime = await timeAsync(async () => {
      for (let i = 0; i < 100; i += 1) {
        const template = seed001Template();
        const workbook = createScoreWorkbook(template, { unit: `Đơn vị ${i + 1}`, year: 2024 });
        typeScoresInto(workbook, randomScores(template, seededRandom(i + 1)));
        const file = path.join(dir, `don-vi-${String(i + 1).padStart(3, "0")}.xlsx`);
        await saveWorkbook(workbook, file);
        files.push(file);
      }
    });
    const hundred = step("check", ...files);
    const spawns = 5;
    const spawnTime = await timeAsync(async () => {
      for (let i = 0; i < spawns; i += 1) spawnSync(process.execPath, [CLI, "check", files[i]!, "--json"], { encoding: "utf8" });
    });
    const perProcess = spawnTime / spawns;
    const startupTime = await timeAsync(async () => {
      for (let i = 0; i < spawns; i += 1) spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8" });
    });
    const bigFiles: string[] = [];
    const bigWrite: Record<string, number> = {};
    const thousand = generateTemplate(10, 10, 10, { allowNotApplicable: true, adjustments: true });
    const tenThousand = generateTemplate(10, 20, 50, { allowNotApplicable: true, adjustments: true });
    for (const [label, template] of [["1000", thousand], ["10000", tenThousand]] as const) {
      const file = path.join(dir, `lon-${label}.xlsx`);
      bigWrite[label] = await timeAsync(async () => {
        const workbook = createScoreWorkbook(template, { year: 2024 });
        typeScoresInto(workbook, randomScores(template, seededRandom(3)));
        await saveWorkbook(workbook, file);
      });
      bigFiles.push(file);
    }
    const bigCheck = bigFiles.map((file) => step("check", file));

    // The same seed workbook, and with one value at XFD1048576 (the last cell of the sheet).
    const plain = path.join(dir, "seed.xlsx");
    const stray = path.join(dir, "seed-xfd1048576.xlsx");
    for (const [file, far] of [[plain, false], [stray, true]] as const) {
      const template = seed001Template();
      const workbook = createScoreWorkbook(template, { year: 2021 });
      typeScoresInto(workbook, randomScores(template, seededRandom(11)));
      if (far) workbook.worksheets[0]!.getCell("XFD1048576").value = "x";
      await saveWorkbook(workbook, file);
    }
    const plainCheck = step("check", plain);
    const strayCheck = step("check", stray);

    print("100 workbooks (seed 001's template, random scores)");
    print(`  write them (createScoreWorkbook + type scores + save)  ${ms(writeTime)}`);
    print(`  par-index check, in-process, all 100                   ${ms(hundred.ms)}  (${ms(hundred.ms / 100)} each), peak ${mb(hundred.rss)}`);
    print(`  par-index check, one process per file                  ${ms(perProcess)} each (mean of ${spawns}) → ~${ms(perProcess * 100)} for 100`);
    print(`    of which process startup (node + tsx, par-index --help) ${ms(startupTime / spawns)}; loading exceljs and zod and compiling the rest makes up most of the remainder`);
    print("Large workbooks");
    print(`  write 1 000 / 10 000 items                              ${ms(bigWrite["1000"]!)} / ${ms(bigWrite["10000"]!)}`);
    print(`  par-index check, 1 000 items                            ${ms(bigCheck[0]!.ms)}, peak ${mb(bigCheck[0]!.rss)}`);
    print(`  par-index check, 10 000 items                           ${ms(bigCheck[1]!.ms)}, peak ${mb(bigCheck[1]!.rss)}`);
    print("A stray value at XFD1048576 (seed 001's workbook, the same scores)");
    print(`  par-index check without it                              ${ms(plainCheck.ms)}, peak ${mb(plainCheck.rss)}`);
    print(`  par-index check with it                                 ${ms(strayCheck.ms)}, peak ${mb(strayCheck.rss)}`);

    let soffice: string | null = null;
    try {
      soffice = findSoffice();
    } catch {
      print("LibreOffice: not installed (apt-get install libreoffice-calc-nogui) — no side-by-side numbers.");
    }
    if (soffice) {
      const lo100 = recalculateWithLibreOffice(files, path.join(dir, "lo-100"), soffice);
      const big = bigFiles.map((file, i) => recalculateWithLibreOffice([file], path.join(dir, `lo-big-${i}`), soffice!));
      print("LibreOffice headless recalculating the same files (open, recalculate all, save .xlsx; one soffice run each line)");
      print(`  100 workbooks                                          ${ms(lo100.milliseconds)}  → ${(lo100.milliseconds / hundred.ms).toFixed(1)} × par-index check in-process`);
      print(`  1 000 items                                            ${ms(big[0]!.milliseconds)}  → ${(big[0]!.milliseconds / bigCheck[0]!.ms).toFixed(1)} × par-index check`);
      print(`  10 000 items                                           ${ms(big[1]!.milliseconds)}  → ${(big[1]!.milliseconds / bigCheck[1]!.ms).toFixed(1)} × par-index check`);
    }
    print();
    await benchRank(dir, print);
    print();
    await benchPaneConsolidation(dir, print);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
