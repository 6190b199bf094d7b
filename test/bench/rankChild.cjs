// Runs `par-index rank` in a process of its own for the benchmark and reports how long it took
// and the process's peak resident memory, so each size is measured from a fresh process.
"use strict";
require("tsx/cjs/api").register();
const { run } = require("../../src/cli/main.ts");
const { memoryOutput } = require("../../src/cli/output.ts");

const started = performance.now();
const out = memoryOutput();
run(["rank", ...process.argv.slice(2)], out).then((code) => {
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS, heapUsedKb: Math.round(process.memoryUsage().heapUsed / 1024), stderr: out.stderr }));
});
