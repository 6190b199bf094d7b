// Bundle budget: prints the gzip size of the JS that dist/taskpane.html loads up front and exits 1 above 250 KB.
// Usage: node src/devserver/bundleReport.cjs [path/to/page.html]   (run after `webpack --mode production`)
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BUDGET_BYTES = 250 * 1024;
const htmlPath = path.resolve(process.argv[2] ?? path.join(__dirname, "../../dist/taskpane.html"));

/** Local scripts of the page, in order; CDN scripts (office.js) are not ours to budget. */
function listLocalScripts(html) {
  const sources = [];
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/gi)) {
    const src = match[1] ?? match[2] ?? match[3] ?? "";
    if (!/^(https?:)?\/\//i.test(src)) sources.push(src);
  }
  return sources;
}

function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main() {
  if (!fs.existsSync(htmlPath)) {
    process.stderr.write(`bundleReport: ${htmlPath} not found; run \`webpack --mode production\` first.\n`);
    return 1;
  }
  const scripts = listLocalScripts(fs.readFileSync(htmlPath, "utf8"));
  if (scripts.length === 0) {
    process.stderr.write(`bundleReport: ${htmlPath} loads no local scripts; the build looks broken.\n`);
    return 1;
  }
  const rows = scripts.map((src) => {
    const file = path.resolve(path.dirname(htmlPath), src.split(/[?#]/)[0] ?? src);
    const content = fs.readFileSync(file);
    return { src, raw: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
  });
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const width = Math.max(...rows.map((row) => row.src.length), "total".length);
  const lines = [`Initial JS of ${path.relative(process.cwd(), htmlPath)} (gzip -9):`];
  for (const row of rows) lines.push(`  ${row.src.padEnd(width)}  ${formatKb(row.gzip).padStart(9)}  (${formatKb(row.raw)} raw)`);
  lines.push(`  ${"total".padEnd(width)}  ${formatKb(total).padStart(9)}  budget ${formatKb(BUDGET_BYTES)}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  process.stdout.write(onDemandReport(path.dirname(htmlPath), new Set(rows.map((row) => path.basename(row.src.split(/[?#]/)[0] ?? row.src)))));
  if (total > BUDGET_BYTES) {
    process.stderr.write(`bundleReport: initial JS is ${formatKb(total - BUDGET_BYTES)} over the ${formatKb(BUDGET_BYTES)} gzip budget.\n`);
    return 1;
  }
  return 0;
}

/** The other scripts of the build: chunks the pane loads on demand (the workbook reader, exceljs, …), outside the budget. */
function onDemandReport(dir, initial) {
  const files = fs.readdirSync(dir).filter((name) => name.endsWith(".js") && !initial.has(name)).sort();
  if (files.length === 0) return "";
  const width = Math.max(...files.map((name) => name.length));
  const lines = ["Loaded on demand (gzip -9, not in the budget):"];
  for (const name of files) {
    const content = fs.readFileSync(path.join(dir, name));
    lines.push(`  ${name.padEnd(width)}  ${formatKb(zlib.gzipSync(content, { level: 9 }).length).padStart(9)}  (${formatKb(content.length)} raw)`);
  }
  return `${lines.join("\n")}\n`;
}

process.exitCode = main();
