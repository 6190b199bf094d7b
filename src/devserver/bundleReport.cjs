// Bundle budget: prints the gzip size of the JS that dist/taskpane.html loads up front and exits 1 above 250 KB,
// then the chunks loaded on demand (the .docx writer among them), and exits 1 if the docx package is in the initial JS.
// Usage: node src/devserver/bundleReport.cjs [path/to/page.html]   (run after `webpack --mode production`)
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BUDGET_BYTES = 250 * 1024;
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
    return { raw: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length, docx: content.includes(DOCX_LIBRARY_MARK) };
  };
  const rows = scripts.map((src) => ({ src, ...measure(path.resolve(folder, src.split(/[?#]/)[0] ?? src)) }));
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const width = Math.max(...rows.map((row) => row.src.length), "total".length);
  const lines = [`Initial JS of ${path.relative(process.cwd(), htmlPath)} (gzip -9):`];
  for (const row of rows) lines.push(`  ${row.src.padEnd(width)}  ${formatKb(row.gzip).padStart(9)}  (${formatKb(row.raw)} raw)`);
  lines.push(`  ${"total".padEnd(width)}  ${formatKb(total).padStart(9)}  budget ${formatKb(BUDGET_BYTES)}`);
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
  const docxUpFront = rows.filter((row) => row.docx);
  if (docxUpFront.length > 0) {
    process.stderr.write(`bundleReport: the docx package is in the initial JS (${docxUpFront.map((row) => row.src).join(", ")}); import it on demand.\n`);
    return 1;
  }
  if (total > BUDGET_BYTES) {
    process.stderr.write(`bundleReport: initial JS is ${formatKb(total - BUDGET_BYTES)} over the ${formatKb(BUDGET_BYTES)} gzip budget.\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
