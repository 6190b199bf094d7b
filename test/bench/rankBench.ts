// `rank` over 10, 100 and 1 000 generated units' workbooks (seed 001's template, plausible
// scores), each size in a fresh process: time, time per workbook and peak RSS; then the 1 000
// again with V8's heap capped at 64 MB, which only works because reading streams (one workbook
// in memory at a time). Time grows with the count, memory barely does.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { writeUnitWorkbooks } from "../helpers/unitWorkbooks";

interface ChildReport {
  code: number;
  ms: number;
  maxRssKb: number;
  heapUsedKb: number;
  stderr: string[];
}

const CHILD = path.join(__dirname, "rankChild.cjs");
const HEAP_CAP_MB = 64;

function rankInChild(units: string, out: string, nodeFlags: readonly string[] = []): ChildReport {
  const child = spawnSync(process.execPath, [...nodeFlags, CHILD, path.join(units, "*.xlsx"), "--out", out], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`rank over ${units} failed: ${child.stderr}`);
  const report = JSON.parse(child.stdout) as ChildReport;
  if (report.code !== 0) throw new Error(`rank over ${units} exited ${report.code}: ${report.stderr.join(" ")}`);
  return report;
}

export async function benchRank(dir: string, print: (line?: string) => void): Promise<void> {
  const results: { count: number; generateMs: number; report: ChildReport }[] = [];
  for (const count of [10, 100, 1000]) {
    const units = path.join(dir, `rank-${count}`);
    mkdirSync(units, { recursive: true });
    const started = performance.now();
    await writeUnitWorkbooks(units, count, { seed: count });
    const generateMs = performance.now() - started;
    results.push({ count, generateMs, report: rankInChild(units, path.join(dir, `xep-hang-${count}.xlsx`)) });
  }
  const capped = rankInChild(path.join(dir, "rank-1000"), path.join(dir, "xep-hang-1000-capped.xlsx"), [`--max-old-space-size=${HEAP_CAP_MB}`]);

  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  const line = (label: string, report: ChildReport, count: number, extra = "") =>
    `  ${label.padEnd(34)} ${seconds(report.ms).padStart(7)}  (${(report.ms / count).toFixed(1)} ms each)  peak RSS ${mb(report.maxRssKb).padStart(6)}  heap at the end ${mb(report.heapUsedKb)}${extra}`;
  print("par-index rank (seed 001's template; one fresh process per run; reading, ranking and writing the ranking workbook with its charts)");
  for (const { count, generateMs, report } of results) {
    print(line(`${count.toLocaleString("en")} workbooks`, report, count, `   [generating them: ${seconds(generateMs)}]`));
  }
  print(line(`1,000 workbooks, heap capped ${HEAP_CAP_MB} MB`, capped, 1000));
  const by = (count: number) => results.find((r) => r.count === count)!.report;
  const marginal = (by(1000).ms - by(100).ms) / 900;
  print(
    `  each workbook beyond the 100th: ${marginal.toFixed(1)} ms (start-up and the first workbooks ≈ ${seconds(by(10).ms)}); ` +
      `×10 workbooks (100 → 1 000): time ×${(by(1000).ms / by(100).ms).toFixed(1)}, peak RSS ×${(by(1000).maxRssKb / by(100).maxRssKb).toFixed(2)}`,
  );
}
