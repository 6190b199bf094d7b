// Bundle budget: prints the gzip size of the JS that dist/taskpane.html loads before its first render and exits 1
// above 150 KB — for a Vietnamese reader the page's scripts, for an English reader those plus the English catalogue
// (chunk "english", fetched before the pane renders) — then the chunks loaded on demand (the .docx writer among
// them), and exits 1 if the docx package or the English catalogue is in the page's own scripts.
// Usage: node src/devserver/bundleReport.cjs [path/to/page.html]   (run after `webpack --mode production`)
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BUDGET_BYTES = 150 * 1024;
/** The chunk src/taskpane/i18n/catalogues.ts loads for readers whose Office is not Vietnamese. */
const ENGLISH_CHUNK = /^english\.([0-9a-f]+\.)?js$/;
/** A label only the English catalogue holds (src/taskpane/i18n/en.ts). */
const ENGLISH_MARK = "Step 6. Consolidate many units";
/** Text only the docx package's code holds (its WordprocessingML namespace): it must load on demand. */
const DOCX_LIBRARY_MARK = "schemas.openxmlformats.org/wordprocessingml/2006/main";
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
  const folder = path.dirname(htmlPath);
  const measure = (file) => {
    const content = fs.readFileSync(file);
    return {
      raw: content.length,
      gzip: zlib.gzipSync(content, { level: 9 }).length,
      docx: content.includes(DOCX_LIBRARY_MARK),
      english: content.includes(ENGLISH_MARK),
    };
  };
  const rows = scripts.map((src) => ({ src, ...measure(path.resolve(folder, src.split(/[?#]/)[0] ?? src)) }));
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const width = Math.max(...rows.map((row) => row.src.length), "total".length);
  const lines = [`Initial JS of ${path.relative(process.cwd(), htmlPath)} (gzip -9):`];
  for (const row of rows) lines.push(`  ${row.src.padEnd(width)}  ${formatKb(row.gzip).padStart(9)}  (${formatKb(row.raw)} raw)`);
  lines.push(`  ${"total".padEnd(width)}  ${formatKb(total).padStart(9)}  budget ${formatKb(BUDGET_BYTES)}`);
  const englishName = fs.readdirSync(folder).find((name) => ENGLISH_CHUNK.test(name));
  if (englishName === undefined) {
    process.stderr.write(`bundleReport: no english chunk in ${path.relative(process.cwd(), folder)}; the pane's English catalogue must load on demand.\n`);
    return 1;
  }
  const english = measure(path.join(folder, englishName));
  const englishTotal = total + english.gzip;
  lines.push(`  + ${englishName} for English readers: ${formatKb(english.gzip)}, so ${formatKb(englishTotal)} before the first render`);
  // Every other script of the build: chunks the pane imports on demand, and other pages' scripts.
  const initial = new Set(rows.map((row) => path.basename(row.src.split(/[?#]/)[0] ?? row.src)));
  const others = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".js") && !initial.has(name))
    .sort()
    .map((name) => ({ src: name, ...measure(path.join(folder, name)) }));
  if (others.length > 0) {
    lines.push("Loaded on demand or by other pages (not in the budget):");
    const otherWidth = Math.max(width, ...others.map((row) => row.src.length));
    for (const row of others) {
      lines.push(`  ${row.src.padEnd(otherWidth)}  ${formatKb(row.gzip).padStart(9)}  (${formatKb(row.raw)} raw)${row.docx ? "  the .docx writer" : ""}`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  const englishUpFront = rows.filter((row) => row.english);
  if (englishUpFront.length > 0) {
    process.stderr.write(`bundleReport: the English catalogue is in the initial JS (${englishUpFront.map((row) => row.src).join(", ")}); it loads on demand.\n`);
    return 1;
  }
  const docxUpFront = rows.filter((row) => row.docx);
  if (docxUpFront.length > 0) {
    process.stderr.write(`bundleReport: the docx package is in the initial JS (${docxUpFront.map((row) => row.src).join(", ")}); import it on demand.\n`);
    return 1;
  }
  if (total > BUDGET_BYTES) {
    process.stderr.write(`bundleReport: initial JS is ${formatKb(total - BUDGET_BYTES)} over the ${formatKb(BUDGET_BYTES)} gzip budget.\n`);
    return 1;
  }
  if (englishTotal > BUDGET_BYTES) {
    process.stderr.write(`bundleReport: for English readers the JS before the first render is ${formatKb(englishTotal - BUDGET_BYTES)} over the ${formatKb(BUDGET_BYTES)} gzip budget.\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
