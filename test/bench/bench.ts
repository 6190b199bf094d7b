// `npm run bench`: how long the core and the CLI take on large generated templates and on many
// workbooks, beside LibreOffice recalculating the same files. Numbers are printed, never asserted.
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
import { benchRank } from "./rankBench";

const print = (line = "") => void process.stdout.write(`${line}\n`);
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

async function main() {
  print(`par-index bench — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`);
  print();
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
  const thousand = generateTemplate(10, 10, 10, { allowNotApplicable: true, adjustments: true });
  const tenThousand = generateTemplate(10, 20, 50, { allowNotApplicable: true, adjustments: true });
  coreTimings("1 000-item template", thousand);
  print();
  coreTimings("10 000-item template", tenThousand);
  print();

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
    const out = memoryOutput();
    const checkTime = await timeAsync(async () => {
      for (const file of files) await run(["check", file, "--json"], out);
    });
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
    for (const [label, template] of [["1000", thousand], ["10000", tenThousand]] as const) {
      const file = path.join(dir, `lon-${label}.xlsx`);
      bigWrite[label] = await timeAsync(async () => {
        const workbook = createScoreWorkbook(template, { year: 2024 });
        typeScoresInto(workbook, randomScores(template, seededRandom(3)));
        await saveWorkbook(workbook, file);
      });
      bigFiles.push(file);
    }
    const bigCheck: number[] = [];
    for (const file of bigFiles) bigCheck.push(await timeAsync(() => run(["check", file, "--json"], memoryOutput())));

    print("100 workbooks (seed 001's template, random scores)");
    print(`  write them (createScoreWorkbook + type scores + save)  ${ms(writeTime)}`);
    print(`  par-index check, in-process, all 100                   ${ms(checkTime)}  (${ms(checkTime / 100)} each)`);
    print(`  par-index check, one process per file                  ${ms(perProcess)} each (mean of ${spawns}) → ~${ms(perProcess * 100)} for 100`);
    print(`    of which process startup (node + tsx, par-index --help) ${ms(startupTime / spawns)}; loading exceljs and zod and compiling the rest makes up most of the remainder`);
    print("Large workbooks");
    print(`  write 1 000 / 10 000 items                              ${ms(bigWrite["1000"]!)} / ${ms(bigWrite["10000"]!)}`);
    print(`  par-index check, in-process, 1 000 / 10 000 items       ${ms(bigCheck[0]!)} / ${ms(bigCheck[1]!)}`);

    let soffice: string | null = null;
    try {
      soffice = findSoffice();
    } catch {
      print("LibreOffice: not installed (apt-get install libreoffice-calc-nogui) — no side-by-side numbers.");
    }
    if (soffice) {
      const hundred = recalculateWithLibreOffice(files, path.join(dir, "lo-100"), soffice);
      const big = bigFiles.map((file, i) => recalculateWithLibreOffice([file], path.join(dir, `lo-big-${i}`), soffice!));
      print("LibreOffice headless recalculating the same files (open, recalculate all, save .xlsx; one soffice run each line)");
      print(`  100 workbooks                                          ${ms(hundred.milliseconds)}  → ${(hundred.milliseconds / checkTime).toFixed(1)} × par-index check in-process`);
      print(`  1 000 items                                            ${ms(big[0]!.milliseconds)}  → ${(big[0]!.milliseconds / bigCheck[0]!).toFixed(1)} × par-index check`);
      print(`  10 000 items                                           ${ms(big[1]!.milliseconds)}  → ${(big[1]!.milliseconds / bigCheck[1]!).toFixed(1)} × par-index check`);
    }
    print();
    await benchRank(dir, print);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
